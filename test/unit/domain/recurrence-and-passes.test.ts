import { describe, expect, it } from "vitest";
import type { OccurrenceInfo, PassInfo } from "../../../src/domain/model.ts";
import { passUnusableReason, usablePasses } from "../../../src/domain/pass-usability.ts";
import { expandWeekly } from "../../../src/domain/recurrence.ts";

describe("weekly recurrence in a timezone", () => {
  it("keeps the local wall-clock time across spring-forward and fall-back", () => {
    const spring = expandWeekly({
      weekdays: [7],
      startTime: "07:00",
      startDate: "2026-03-22",
      endDate: "2026-04-05",
      timezone: "Europe/Berlin",
    });
    expect(spring.map((d) => d.toISOString())).toEqual([
      "2026-03-22T06:00:00.000Z",
      "2026-03-29T05:00:00.000Z",
      "2026-04-05T05:00:00.000Z",
    ]);
    const fall = expandWeekly({
      weekdays: [7],
      startTime: "18:30",
      startDate: "2026-10-25",
      endDate: "2026-11-08",
      timezone: "America/New_York",
    });
    expect(fall.map((d) => d.toISOString())).toEqual([
      "2026-10-25T22:30:00.000Z",
      "2026-11-01T23:30:00.000Z",
      "2026-11-08T23:30:00.000Z",
    ]);
  });

  it("moves a time inside the spring-forward gap forward by the gap instead of dropping the session", () => {
    const gap = expandWeekly({
      weekdays: [7],
      startTime: "02:30",
      startDate: "2026-03-29",
      endDate: "2026-03-29",
      timezone: "Europe/Berlin",
    });
    expect(gap.map((d) => d.toISOString())).toEqual(["2026-03-29T01:30:00.000Z"]); // 03:30 CEST
  });

  it("produces only the chosen weekdays between the start and end dates, inclusive", () => {
    const d = expandWeekly({
      weekdays: [1, 3, 5],
      startTime: "12:00",
      startDate: "2026-11-23",
      endDate: "2026-11-30",
      timezone: "UTC",
    });
    expect(d.map((x) => x.toISOString().slice(0, 10))).toEqual([
      "2026-11-23",
      "2026-11-25",
      "2026-11-27",
      "2026-11-30",
    ]);
  });
});

describe("pass usability", () => {
  const occ = {
    id: "o",
    orgId: "org",
    scheduleId: "s1",
    trainingTypeId: "yoga",
    closed: false,
    startsAt: new Date("2026-11-24T08:00:00Z"),
  } as OccurrenceInfo;
  const pass = (p: Partial<PassInfo>): PassInfo => ({
    id: "p",
    personId: "m",
    passTypeId: "t",
    name: "Yoga",
    remaining: 5,
    validFrom: new Date("2026-11-01T00:00:00Z"),
    validUntil: new Date("2026-12-01T00:00:00Z"),
    trainingTypeIds: ["yoga"],
    scheduleIds: [],
    ...p,
  });

  it("is judged at the session's start: active, not empty, and of the session's training type", () => {
    expect(passUnusableReason(pass({}), occ)).toBeNull();
    expect(passUnusableReason(pass({ remaining: 0 }), occ)).toBe("empty");
    expect(passUnusableReason(pass({ validUntil: occ.startsAt }), occ)).toBe("expired");
    expect(passUnusableReason(pass({ validFrom: new Date(occ.startsAt.getTime() + 1) }), occ)).toBe(
      "not_yet_valid",
    );
    expect(passUnusableReason(pass({ trainingTypeIds: ["spin"] }), occ)).toBe("wrong_type");
  });

  it("a closed session takes only passes linked to its schedule", () => {
    const closed = { ...occ, closed: true };
    expect(passUnusableReason(pass({}), closed)).toBe("not_linked");
    expect(passUnusableReason(pass({ trainingTypeIds: [], scheduleIds: ["s1"] }), closed)).toBeNull();
  });

  it("orders usable passes with the one expiring first first", () => {
    const a = pass({ id: "a", validUntil: new Date("2026-12-20T00:00:00Z") });
    const b = pass({ id: "b", validUntil: new Date("2026-11-30T00:00:00Z") });
    const c = pass({ id: "c", remaining: 0 });
    expect(usablePasses([a, b, c], occ).map((p) => p.id)).toEqual(["b", "a"]);
  });
});
