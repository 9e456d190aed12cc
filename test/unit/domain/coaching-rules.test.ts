import { describe, expect, it } from "vitest";
import {
  dateOfDay,
  dayNumber,
  dayOnDate,
  localDate,
  weekDayLabel,
  weekDayOf,
  weekRange,
} from "../../../src/domain/coaching/calendar-days.ts";
import {
  generateInviteCode,
  hashInviteCode,
  normalizeInviteCode,
} from "../../../src/domain/coaching/invite-code.ts";
import {
  parseEmail,
  parseLocalDate,
  parsePriceCents,
  parseTimeOfDay,
} from "../../../src/domain/coaching/program-input.ts";
import { isDayVisible, lastVisibleDay } from "../../../src/domain/coaching/visibility.ts";

describe("calendar day numbering", () => {
  it("Week N Day M <-> day number, both ways", () => {
    expect(dayNumber(1, 1)).toBe(1);
    expect(dayNumber(2, 1)).toBe(8);
    expect(dayNumber(3, 7)).toBe(21);
    for (let d = 1; d <= 60; d++) {
      const w = weekDayOf(d);
      expect(dayNumber(w.week, w.day)).toBe(d);
    }
    expect(weekDayLabel(10)).toBe("Week 2 Day 3");
    expect(weekRange(3)).toEqual({ from: 15, to: 21 });
  });

  it("days map to local dates from the start date, across month ends and DST", () => {
    expect(dateOfDay("2026-11-23", 1)).toBe("2026-11-23");
    expect(dateOfDay("2026-11-23", 8)).toBe("2026-11-30");
    expect(dateOfDay("2027-03-25", 4)).toBe("2027-03-28"); // Europe's DST change day
    expect(dayOnDate("2026-11-23", "2026-12-01")).toBe(9);
    expect(dayOnDate("2026-11-23", "2026-11-22")).toBe(0);
  });

  it("today is the organization's local date", () => {
    const lateUtc = new Date("2026-11-23T23:30:00Z");
    expect(localDate(lateUtc, "Europe/Berlin")).toBe("2026-11-24");
    expect(localDate(lateUtc, "America/New_York")).toBe("2026-11-23");
  });
});

describe("visibility horizon", () => {
  it("N days ahead, today included; past days stay visible; no start date, nothing visible", () => {
    expect(lastVisibleDay("2026-11-23", "2026-11-23", 7)).toBe(7);
    expect(lastVisibleDay("2026-11-23", "2026-11-24", 7)).toBe(8);
    expect(lastVisibleDay("2026-11-23", "2026-11-23", 28)).toBe(28);
    expect(isDayVisible(1, "2026-11-23", "2026-12-20", 1)).toBe(true);
    expect(isDayVisible(8, "2026-11-23", "2026-11-23", 7)).toBe(false);
    expect(lastVisibleDay(null, "2026-11-23", 7)).toBeNull();
    expect(isDayVisible(1, null, "2026-11-23", 7)).toBe(false);
    // A start date next week: only days within the horizon from today.
    expect(lastVisibleDay("2026-11-30", "2026-11-23", 7)).toBe(0);
    expect(lastVisibleDay("2026-11-30", "2026-11-23", 10)).toBe(3);
  });
});

describe("invite codes", () => {
  it("are 10 unambiguous characters, typed forgivingly, hashed one-way", () => {
    const c = generateInviteCode();
    expect(c).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    expect(normalizeInviteCode(` ${c.slice(0, 5).toLowerCase()}-${c.slice(5)} `)).toBe(c);
    for (const bad of ["", "short", "O0O0O0O0O0", "ABCDEFGHJK1", "abc def gh!"])
      expect(normalizeInviteCode(bad)).toBeNull();
    expect(hashInviteCode(c)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInviteCode(c)).not.toContain(c);
    expect(new Set(Array.from({ length: 500 }, generateInviteCode)).size).toBe(500);
  });
});

describe("program input", () => {
  it("prices, times, dates and e-mails", () => {
    expect(parsePriceCents("200")).toBe(20000);
    expect(parsePriceCents("149,5")).toBe(14950);
    expect(parsePriceCents(0)).toBe(0);
    expect(() => parsePriceCents("1.234")).toThrow();
    expect(parseTimeOfDay("07:30")).toBe(450);
    expect(parseTimeOfDay("7.05")).toBe(425);
    expect(() => parseTimeOfDay("24:00")).toThrow();
    expect(parseLocalDate("2028-02-29")).toBe("2028-02-29");
    expect(() => parseLocalDate("2027-02-29")).toThrow();
    expect(parseEmail(" Ann@Example.COM ")).toBe("ann@example.com");
    expect(() => parseEmail("ann@example")).toThrow();
  });
});
