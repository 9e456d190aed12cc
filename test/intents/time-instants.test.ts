import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { dayRangeToInstants, matchesTime, timeInstants } from "../../src/domain/time/local-time.ts";

// Zones with an hour's change, a half hour's change (Lord Howe), odd offsets and none.
const ZONES = ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"];
// Days of 2026 with a change in one of them, and ordinary days.
const DAYS = [
  "2026-03-08", // New York springs forward
  "2026-03-29", // London springs forward
  "2026-04-05", // Lord Howe falls back half an hour
  "2026-10-04", // Lord Howe springs forward half an hour
  "2026-10-25", // London falls back
  "2026-11-01", // New York falls back
  "2026-01-15",
  "2026-07-01",
];

/** The instants of the days whose local time matchesTime accepts, found minute by minute. */
function bruteForce(fromDay: string, toDay: string, zone: string, t: Parameters<typeof matchesTime>[2]) {
  const { from, to } = dayRangeToInstants(fromDay, toDay, zone);
  const found: number[] = [];
  for (let ms = from.getTime(); ms < to.getTime(); ms += 60_000)
    if (matchesTime(new Date(ms), zone, t)) found.push(ms);
  return found;
}

describe("timeInstants: the instants a typed time falls on, for the listing to select by", () => {
  it("gives exactly the starts matchesTime accepts in the days, across offset changes", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...DAYS),
        fc.integer({ min: -1, max: 1 }),
        fc.integer({ min: 0, max: 2 }),
        fc.record({
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.constantFrom(0, 15, 30, 45, 59),
          meridiemKnown: fc.boolean(),
        }),
        (zone, day, shift, span, t) => {
          const from = DateTime.fromISO(day).plus({ days: shift });
          const fromDay = from.toISODate()!;
          const toDay = from.plus({ days: span }).toISODate()!;
          const got = timeInstants(fromDay, toDay, zone, t).map((d) => d.getTime());
          expect(got).toEqual(bruteForce(fromDay, toDay, zone, t));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("gives both instants of an autumn time that happens twice, and none of a skipped one", () => {
    const twice = timeInstants("2026-11-01", "2026-11-01", "America/New_York", {
      hour: 1,
      minute: 30,
      meridiemKnown: true,
    });
    expect(twice.map((d) => d.toISOString())).toEqual([
      "2026-11-01T05:30:00.000Z",
      "2026-11-01T06:30:00.000Z",
    ]);
    const skipped = timeInstants("2026-03-29", "2026-03-29", "Europe/London", {
      hour: 1,
      minute: 30,
      meridiemKnown: true,
    });
    expect(skipped).toEqual([]);
  });

  it("without am or pm, 7 is 07:00 and 19:00 of each day", () => {
    const got = timeInstants("2026-07-01", "2026-07-02", "Europe/London", {
      hour: 7,
      minute: 0,
      meridiemKnown: false,
    });
    expect(got.map((d) => d.toISOString())).toEqual([
      "2026-07-01T06:00:00.000Z",
      "2026-07-01T18:00:00.000Z",
      "2026-07-02T06:00:00.000Z",
      "2026-07-02T18:00:00.000Z",
    ]);
  });
});
