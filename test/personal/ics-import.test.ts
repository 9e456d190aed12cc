import fs from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { IcsParseError, parseIcsBusy } from "../../src/calendar/ics-import.ts";
import { computeFreeSlots } from "../../src/domain/personal/slots.ts";

const ZONE = "Europe/Berlin";
const FILE = fs.readFileSync(path.join(import.meta.dirname, "../data/trainer-busy.ics"), "utf8");
const local = (d: Date) => DateTime.fromJSDate(d, { zone: ZONE }).toFormat("yyyy-MM-dd HH:mm");
const utc = (d: Date) => d.toISOString().slice(0, 16);

describe(".ics import (a Google/Outlook-shaped feed)", () => {
  const events = parseIcsBusy(FILE, {
    zone: ZONE,
    from: new Date("2026-11-20T00:00:00Z"),
    to: new Date("2027-04-01T00:00:00Z"),
  });
  const of = (uid: string) =>
    events.filter((e) => e.uid === uid).map((e) => `${local(e.startsAt)}-${local(e.endsAt).slice(11)}`);

  it("expands a weekly RRULE, drops its EXDATE and moves the RECURRENCE-ID exception", () => {
    expect(of("weekly-physio-7f3a@google.com")).toEqual([
      "2026-11-23 09:00-10:00",
      "2026-11-30 14:00-15:30",
      "2026-12-02 09:00-10:00",
      "2026-12-07 09:00-10:00",
      "2026-12-09 09:00-10:00",
      "2026-12-14 09:00-10:00",
      "2026-12-16 09:00-10:00",
      "2026-12-21 09:00-10:00",
      "2026-12-23 09:00-10:00",
      "2026-12-28 09:00-10:00",
      "2026-12-30 09:00-10:00",
    ]);
  });

  it("reads all-day events as whole local days, several days when DTEND says so", () => {
    const conf = events.find((e) => e.uid === "allday-conference-11@google.com");
    expect(conf && [utc(conf.startsAt), utc(conf.endsAt)]).toEqual(["2026-11-26T23:00", "2026-11-27T23:00"]);
    const hol = events.find((e) => e.uid === "allday-holidays-12@google.com");
    expect(hol && [local(hol.startsAt), local(hol.endsAt)]).toEqual(["2026-12-24 00:00", "2026-12-27 00:00"]);
  });

  it("keeps a cross-midnight event whole", () => {
    const n = events.find((e) => e.uid === "night-shift-13@google.com");
    expect(n && [local(n.startsAt), local(n.endsAt)]).toEqual(["2026-11-28 22:00", "2026-11-29 02:00"]);
  });

  it("reads UTC, floating (in the studio's zone) and Windows-TZID times (through the file's VTIMEZONE)", () => {
    expect(events.filter((e) => e.uid === "utc-lunch-14@google.com").map((e) => utc(e.startsAt))).toEqual([
      "2026-11-26T12:00",
    ]);
    expect(events.filter((e) => e.uid === "floating-15@example.org").map((e) => utc(e.startsAt))).toEqual([
      "2026-11-26T16:00",
    ]);
    expect(of("040000008200E00074C5B7101A82E008-outlook")).toEqual([
      "2026-12-01 07:00-07:45",
      "2026-12-02 07:00-07:45",
      "2026-12-03 07:00-07:45",
    ]);
  });

  it("keeps local time across the DST change inside a recurrence", () => {
    const e = events.filter((x) => x.uid === "dst-evening-18@google.com");
    expect(e.map((x) => utc(x.startsAt))).toEqual([
      "2027-03-25T17:00",
      "2027-03-26T17:00",
      "2027-03-27T17:00",
      "2027-03-28T16:00",
      "2027-03-29T16:00",
    ]);
  });

  it("skips cancelled and free (transparent) events; 24 busy intervals in all", () => {
    expect(events.some((e) => e.uid.startsWith("cancelled") || e.uid.startsWith("free"))).toBe(false);
    expect(events).toHaveLength(24);
  });

  it("expands only the requested window", () => {
    const dec = parseIcsBusy(FILE, {
      zone: ZONE,
      from: new Date("2026-12-10T00:00:00Z"),
      to: new Date("2026-12-20T00:00:00Z"),
    });
    expect(dec.map((e) => local(e.startsAt))).toEqual(["2026-12-14 09:00", "2026-12-16 09:00"]);
  });

  it("refuses text that is not iCalendar", () => {
    expect(() =>
      parseIcsBusy("<html>login</html>", { zone: ZONE, from: new Date(0), to: new Date() }),
    ).toThrow(IcsParseError);
    expect(() =>
      parseIcsBusy("BEGIN:VCARD\r\nEND:VCARD\r\n", { zone: ZONE, from: new Date(0), to: new Date() }),
    ).toThrow(IcsParseError);
  });

  it("busy events from the file remove the slots they cover", () => {
    const slots = computeFreeSlots({
      zone: ZONE,
      now: new Date("2026-11-20T00:00:00Z"),
      from: DateTime.fromISO("2026-11-30T00:00", { zone: ZONE }).toJSDate(),
      to: DateTime.fromISO("2026-12-01T00:00", { zone: ZONE }).toJSDate(),
      type: {
        id: "t",
        durationMinutes: 60,
        bufferMinutes: 0,
        capacity: 1,
        minLeadHours: 0,
        maxLeadDays: null,
        maxPerDay: null,
      },
      windows: [{ weekday: 1, startTime: "08:00", endTime: "17:00" }],
      datesOff: [],
      bookings: [],
      groupSessions: [],
      busy: events,
      stepMinutes: 60,
    });
    // The Monday physio moved from 09:00 to 14:00-15:30: 09:00 is free again, 14:00 and 15:00 are not.
    expect(slots.map((s) => local(s.startsAt).slice(11))).toEqual([
      "08:00",
      "09:00",
      "10:00",
      "11:00",
      "12:00",
      "13:00",
      "16:00",
    ]);
  });
});
