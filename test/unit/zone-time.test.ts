import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { luxonZone, zoneTime } from "../../src/domain/time/zone-time.ts";

const ZONES = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"];

describe("cached zone conversion agrees with luxon", () => {
  it.each(ZONES)("%s: local fields of 3,000 instants over two years", (zone) => {
    const zt = zoneTime(zone);
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 3000; i++) {
      const ms = start + i * 6 * 3_600_000 + (i % 7) * 60_000 * 13;
      const l = DateTime.fromMillis(ms, { zone });
      expect(zt.local(ms)).toEqual({
        year: l.year,
        month: l.month,
        day: l.day,
        weekday: l.weekday,
        minuteOfDay: l.hour * 60 + l.minute,
        date: l.toISODate(),
      });
    }
  });

  it.each(ZONES)("%s: wall-clock times that exist once map to luxon's instant", (zone) => {
    const zt = zoneTime(zone);
    for (let day = 0; day < 730; day += 3) {
      const d = DateTime.fromObject({ year: 2026, month: 1, day: 1 }, { zone: "utc" }).plus({ days: day });
      for (const minute of [0, 90, 135, 150, 555, 1439]) {
        const l = DateTime.fromObject(
          { year: d.year, month: d.month, day: d.day, hour: Math.floor(minute / 60), minute: minute % 60 },
          { zone },
        );
        // Skip the hour a DST change repeats or skips: there the rule is documented, not luxon's.
        if (
          l.hour * 60 + l.minute !== minute ||
          l.offset !== l.plus({ hours: 1 }).offset ||
          l.offset !== l.minus({ hours: 1 }).offset
        )
          continue;
        expect(zt.instant(d.year, d.month, d.day, minute)).toBe(l.toMillis());
      }
    }
  });

  it("a skipped time moves forward; a repeated time takes the standard-time instant", () => {
    const zt = zoneTime("Europe/Berlin");
    expect(new Date(zt.instant(2027, 3, 28, 150)).toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(new Date(zt.instant(2026, 10, 25, 150)).toISOString()).toBe("2026-10-25T01:30:00.000Z");
  });
});

describe("luxonZone: luxon with cached offsets answers as luxon with the zone's name", () => {
  it.each(ZONES)("%s: instants, wall-clock times, arithmetic and formatting over two years", (zone) => {
    const fast = luxonZone(zone);
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 1500; i++) {
      const ms = start + i * 11 * 3_600_000 + (i % 5) * 60_000 * 7;
      const a = DateTime.fromMillis(ms, { zone });
      const b = DateTime.fromMillis(ms, { zone: fast });
      expect(b.toISO()).toBe(a.toISO());
      expect(b.toFormat("ccc d LLL HH:mm ZZ ZZZZ")).toBe(a.toFormat("ccc d LLL HH:mm ZZ ZZZZ"));
      expect(b.setLocale("en-GB").toLocaleString(DateTime.DATETIME_FULL)).toBe(
        a.setLocale("en-GB").toLocaleString(DateTime.DATETIME_FULL),
      );
      expect(b.startOf("day").plus({ days: 1, hours: 2 }).toMillis()).toBe(
        a.startOf("day").plus({ days: 1, hours: 2 }).toMillis(),
      );
      const wall = { year: a.year, month: a.month, day: a.day, hour: (i * 7) % 24, minute: (i * 13) % 60 };
      expect(DateTime.fromObject(wall, { zone: fast }).toMillis()).toBe(
        DateTime.fromObject(wall, { zone }).toMillis(),
      );
      expect(DateTime.fromISO(a.toISODate() ?? "", { zone: fast }).toMillis()).toBe(
        DateTime.fromISO(a.toISODate() ?? "", { zone }).toMillis(),
      );
      expect(b.zone.equals(a.zone) && a.zone.equals(b.zone)).toBe(true);
    }
  });

  it("is exact across an offset change at an odd minute (Berlin's 1893 switch from local mean time)", () => {
    const fast = luxonZone("Europe/Berlin");
    const change = DateTime.fromISO("1893-04-01T00:00", { zone: "Europe/Berlin" }).toMillis();
    for (let ms = change - 20 * 60_000; ms < change + 20 * 60_000; ms += 17_000)
      expect(DateTime.fromMillis(ms, { zone: fast }).offset).toBe(
        DateTime.fromMillis(ms, { zone: "Europe/Berlin" }).offset,
      );
  });

  it("leaves an unknown zone to luxon (an invalid DateTime, as with the name)", () => {
    expect(luxonZone("Mars/Olympus")).toBe("Mars/Olympus");
    expect(DateTime.fromMillis(0, { zone: luxonZone("Mars/Olympus") }).isValid).toBe(false);
  });
});
