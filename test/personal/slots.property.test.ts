import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { naiveFreeSlots } from "../../bench/slots-naive.ts";
import { computeFreeSlots, type SlotRequest } from "../../src/domain/personal/slots.ts";

const MIN = 60_000;
/** Weeks around DST changes in both zones, and a plain one. */
const STARTS = [Date.UTC(2027, 2, 22), Date.UTC(2026, 9, 19), Date.UTC(2027, 2, 8), Date.UTC(2026, 10, 23)];

const time = fc
  .integer({ min: 0, max: 95 })
  .map((q) => `${String(Math.floor(q / 4)).padStart(2, "0")}:${String((q % 4) * 15).padStart(2, "0")}`);

const request = fc
  .record({
    zone: fc.constantFrom("Europe/Berlin", "America/New_York"),
    start: fc.constantFrom(...STARTS),
    nowOffsetH: fc.integer({ min: -48, max: 48 }),
    duration: fc.constantFrom(15, 30, 45, 60, 90),
    buffer: fc.constantFrom(0, 5, 10, 15, 30),
    capacity: fc.integer({ min: 1, max: 3 }),
    minLead: fc.integer({ min: 0, max: 30 }),
    maxLead: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
    maxPerDay: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    windows: fc.array(fc.record({ weekday: fc.integer({ min: 1, max: 7 }), a: time, b: time }), {
      maxLength: 10,
    }),
    datesOff: fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 2 }),
    bookings: fc.array(
      fc.record({
        own: fc.boolean(),
        at: fc.integer({ min: 0, max: 8 * 96 }),
        len: fc.constantFrom(15, 30, 60),
        buf: fc.constantFrom(0, 10, 15),
        copies: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 25 },
    ),
    busy: fc.array(
      fc.record({ at: fc.integer({ min: -96, max: 8 * 288 }), len: fc.integer({ min: 1, max: 600 }) }),
      { maxLength: 30 },
    ),
  })
  .map((r): SlotRequest => {
    const from = new Date(r.start);
    return {
      zone: r.zone,
      now: new Date(r.start + r.nowOffsetH * 3_600_000),
      from,
      to: new Date(r.start + 7 * 86_400_000),
      type: {
        id: "t",
        durationMinutes: r.duration,
        bufferMinutes: r.buffer,
        capacity: r.capacity,
        minLeadHours: r.minLead,
        maxLeadDays: r.maxLead,
        maxPerDay: r.maxPerDay,
      },
      windows: r.windows.map((w) =>
        w.a < w.b
          ? { weekday: w.weekday, startTime: w.a, endTime: w.b }
          : { weekday: w.weekday, startTime: w.b, endTime: w.a === w.b ? "24:00" : w.a },
      ),
      datesOff: r.datesOff.map((d) => new Date(r.start + d * 86_400_000).toISOString().slice(0, 10)),
      bookings: r.bookings.flatMap((b) =>
        Array.from({ length: b.own ? b.copies : 1 }, () => ({
          sessionTypeId: b.own ? "t" : "other",
          startsAt: new Date(r.start + b.at * 15 * MIN),
          endsAt: new Date(r.start + b.at * 15 * MIN + (b.own ? r.duration : b.len) * MIN),
          bufferMinutes: b.own ? r.buffer : b.buf,
        })),
      ),
      groupSessions: [],
      busy: r.busy.map((b) => ({
        startsAt: new Date(r.start + b.at * 5 * MIN),
        endsAt: new Date(r.start + b.at * 5 * MIN + b.len * MIN),
      })),
    };
  });

describe("free slots agree with the naive every-5-minutes check", () => {
  it("on random calendars around DST changes", () => {
    fc.assert(
      fc.property(request, (req) => {
        const key = (s: Array<{ startsAt: Date; endsAt: Date; spotsLeft: number }>) =>
          s.map((x) => `${x.startsAt.toISOString()}/${x.endsAt.toISOString()}/${x.spotsLeft}`);
        expect(key(computeFreeSlots(req))).toEqual(key(naiveFreeSlots(req)));
      }),
      { numRuns: 200 },
    );
  });

  it("two windows over New York's spring-forward: 02:15 (moved to 03:15) and 03:00 merge from 03:00 (found by CI)", () => {
    const req: SlotRequest = {
      zone: "America/New_York",
      now: new Date("2027-03-08T00:00:00Z"),
      from: new Date("2027-03-08T00:00:00Z"),
      to: new Date("2027-03-15T00:00:00Z"),
      type: {
        id: "t",
        durationMinutes: 15,
        bufferMinutes: 0,
        capacity: 1,
        minLeadHours: 0,
        maxLeadDays: null,
        maxPerDay: null,
      },
      windows: [
        { weekday: 7, startTime: "02:15", endTime: "24:00" },
        { weekday: 7, startTime: "03:00", endTime: "24:00" },
      ],
      datesOff: [],
      bookings: [],
      groupSessions: [],
      busy: [],
    };
    const starts = (slots: { startsAt: Date }[]) => slots.map((x) => x.startsAt.toISOString());
    expect(starts(computeFreeSlots(req))).toContain("2027-03-14T07:00:00.000Z");
    expect(starts(computeFreeSlots(req))).toEqual(starts(naiveFreeSlots(req)));
  });
});
