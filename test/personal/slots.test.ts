import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { AvailabilityWindow } from "../../src/domain/personal/model.ts";
import {
  type BookedInterval,
  computeFreeSlots,
  type SlotRequest,
  type SlotType,
} from "../../src/domain/personal/slots.ts";

const BERLIN = "Europe/Berlin";
const NY = "America/New_York";
const at = (local: string, zone = BERLIN) => DateTime.fromISO(local, { zone }).toJSDate();
const show = (slots: Array<{ startsAt: Date }>, zone = BERLIN) =>
  slots.map((s) => DateTime.fromJSDate(s.startsAt, { zone }).toFormat("MM-dd HH:mm ZZZZ"));
const hhmm = (slots: Array<{ startsAt: Date }>, zone = BERLIN) =>
  slots.map((s) => DateTime.fromJSDate(s.startsAt, { zone }).toFormat("HH:mm"));

const TYPE: SlotType = {
  id: "t1",
  durationMinutes: 60,
  bufferMinutes: 0,
  capacity: 1,
  minLeadHours: 0,
  maxLeadDays: null,
  maxPerDay: null,
};
const MON: AvailabilityWindow = { weekday: 1, startTime: "08:00", endTime: "13:00" };
const booking = (start: string, end: string, o: Partial<BookedInterval> = {}): BookedInterval => ({
  sessionTypeId: "other",
  startsAt: at(start),
  endsAt: at(end),
  bufferMinutes: 0,
  ...o,
});

/** Monday 23 November 2026 in Berlin, asked the day before. */
function req(o: Partial<Omit<SlotRequest, "type">> & { type?: Partial<SlotType> } = {}): SlotRequest {
  return {
    zone: BERLIN,
    now: at("2026-11-22T12:00"),
    from: at("2026-11-23T00:00"),
    to: at("2026-11-24T00:00"),
    windows: [MON],
    datesOff: [],
    bookings: [],
    groupSessions: [],
    busy: [],
    ...o,
    type: { ...TYPE, ...o.type },
  };
}

const ALL_MORNING = [
  "08:00",
  "08:15",
  "08:30",
  "08:45",
  "09:00",
  "09:15",
  "09:30",
  "09:45",
  "10:00",
  "10:15",
  "10:30",
  "10:45",
  "11:00",
  "11:15",
  "11:30",
  "11:45",
  "12:00",
];

const cases: Array<{ name: string; req: SlotRequest; expected: string[] }> = [
  { name: "an empty morning: every 15 minutes while an hour fits", req: req(), expected: ALL_MORNING },
  {
    name: "a booking 10-11 without buffers: slots may touch it",
    req: req({ bookings: [booking("2026-11-23T10:00", "2026-11-23T11:00")] }),
    expected: ["08:00", "08:15", "08:30", "08:45", "09:00", "11:00", "11:15", "11:30", "11:45", "12:00"],
  },
  {
    name: "the booking's own 15-minute buffer keeps both sides clear",
    req: req({ bookings: [booking("2026-11-23T10:00", "2026-11-23T11:00", { bufferMinutes: 15 })] }),
    expected: ["08:00", "08:15", "08:30", "08:45", "11:15", "11:30", "11:45", "12:00"],
  },
  {
    name: "the type's 30-minute buffer wins over the booking's 15",
    req: req({
      type: { bufferMinutes: 30 },
      bookings: [booking("2026-11-23T10:00", "2026-11-23T11:00", { bufferMinutes: 15 })],
    }),
    expected: ["08:00", "08:15", "08:30", "11:30", "11:45", "12:00"],
  },
  {
    name: "minimum lead time of 2 hours at 08:40",
    req: req({ now: at("2026-11-23T08:40"), type: { minLeadHours: 2 } }),
    expected: ["10:45", "11:00", "11:15", "11:30", "11:45", "12:00"],
  },
  {
    name: "maximum lead time of 1 day from Sunday 09:30",
    req: req({ now: at("2026-11-22T09:30"), type: { maxLeadDays: 1 } }),
    expected: ["08:00", "08:15", "08:30", "08:45", "09:00", "09:15", "09:30"],
  },
  {
    name: "daily maximum of 2 reached by two earlier slots of the type: no new slot that day",
    req: req({
      type: { maxPerDay: 2 },
      windows: [{ weekday: 1, startTime: "08:00", endTime: "18:00" }],
      bookings: [
        booking("2026-11-23T08:00", "2026-11-23T09:00", { sessionTypeId: "t1" }),
        booking("2026-11-23T15:00", "2026-11-23T16:00", { sessionTypeId: "t1" }),
      ],
    }),
    expected: [],
  },
  {
    name: "daily maximum of 2 with one slot taken: still open",
    req: req({
      type: { maxPerDay: 2 },
      bookings: [booking("2026-11-23T08:00", "2026-11-23T12:00", { sessionTypeId: "t1" })],
    }),
    expected: ["12:00"],
  },
  {
    name: "other types' bookings do not count towards the daily maximum",
    req: req({ type: { maxPerDay: 1 }, bookings: [booking("2026-11-23T08:00", "2026-11-23T12:00")] }),
    expected: ["12:00"],
  },
  {
    name: "a group slot with 1 of 3 places taken stays open; nothing else may overlap it",
    req: req({
      type: { capacity: 3 },
      bookings: [booking("2026-11-23T10:00", "2026-11-23T11:00", { sessionTypeId: "t1" })],
    }),
    expected: [
      "08:00",
      "08:15",
      "08:30",
      "08:45",
      "09:00",
      "10:00",
      "11:00",
      "11:15",
      "11:30",
      "11:45",
      "12:00",
    ],
  },
  {
    name: "a full group slot is gone",
    req: req({
      type: { capacity: 2 },
      bookings: [
        booking("2026-11-23T10:00", "2026-11-23T11:00", { sessionTypeId: "t1" }),
        booking("2026-11-23T10:00", "2026-11-23T11:00", { sessionTypeId: "t1" }),
      ],
    }),
    expected: ["08:00", "08:15", "08:30", "08:45", "09:00", "11:00", "11:15", "11:30", "11:45", "12:00"],
  },
  {
    name: "a group session the trainer teaches, with the type's 10-minute buffer",
    req: req({
      type: { bufferMinutes: 10 },
      groupSessions: [{ startsAt: at("2026-11-23T09:30"), endsAt: at("2026-11-23T10:30") }],
    }),
    expected: ["08:00", "08:15", "10:45", "11:00", "11:15", "11:30", "11:45", "12:00"],
  },
  {
    name: "a busy block from an external calendar",
    req: req({ busy: [{ startsAt: at("2026-11-23T08:50"), endsAt: at("2026-11-23T11:05") }] }),
    expected: ["11:15", "11:30", "11:45", "12:00"],
  },
  {
    name: "a date off",
    req: req({ datesOff: ["2026-11-23"] }),
    expected: [],
  },
  {
    name: "two windows in one day, and 45-minute sessions",
    req: req({
      type: { durationMinutes: 45 },
      windows: [
        { weekday: 1, startTime: "09:00", endTime: "10:00" },
        { weekday: 1, startTime: "14:00", endTime: "14:45" },
      ],
    }),
    expected: ["09:00", "09:15", "14:00"],
  },
  {
    name: "a window ending at midnight",
    req: req({ windows: [{ weekday: 1, startTime: "22:30", endTime: "24:00" }] }),
    expected: ["22:30", "22:45", "23:00"],
  },
];

describe("free slots (Europe/Berlin, Monday 23 Nov 2026)", () => {
  it.each(cases)("$name", ({ req: r, expected }) => {
    expect(hhmm(computeFreeSlots(r))).toEqual(expected);
  });

  it("group slot shows the places left", () => {
    const slots = computeFreeSlots(
      req({
        type: { capacity: 4 },
        bookings: [booking("2026-11-23T10:00", "2026-11-23T11:00", { sessionTypeId: "t1" })],
      }),
    );
    expect(slots.find((s) => hhmm([s])[0] === "10:00")?.spotsLeft).toBe(3);
    expect(slots.find((s) => hhmm([s])[0] === "08:00")?.spotsLeft).toBe(4);
  });
});

describe("free slots across DST changes", () => {
  const dstCases: Array<{ name: string; req: SlotRequest; zone: string; expected: string[] }> = [
    {
      name: "Berlin spring forward (Sun 28 Mar 2027): 01:00-04:00 holds two real hours",
      zone: BERLIN,
      req: req({
        now: at("2027-03-20T12:00"),
        from: at("2027-03-28T00:00"),
        to: at("2027-03-29T00:00"),
        windows: [{ weekday: 7, startTime: "01:00", endTime: "04:00" }],
      }),
      expected: [
        "03-28 01:00 GMT+1",
        "03-28 01:15 GMT+1",
        "03-28 01:30 GMT+1",
        "03-28 01:45 GMT+1",
        "03-28 03:00 GMT+2",
      ],
    },
    {
      name: "Berlin fall back (Sun 25 Oct 2026): 09:00 is 08:00 UTC after the change, 07:00 UTC the week before",
      zone: BERLIN,
      req: req({
        now: at("2026-10-10T12:00"),
        from: at("2026-10-18T00:00"),
        to: at("2026-10-26T00:00"),
        windows: [{ weekday: 7, startTime: "09:00", endTime: "10:00" }],
      }),
      expected: ["10-18 09:00 GMT+2", "10-25 09:00 GMT+1"],
    },
    {
      name: "New York fall back (Sun 1 Nov 2026): 00:00-03:00 holds four real hours",
      zone: NY,
      req: req({
        zone: NY,
        now: at("2026-10-30T12:00", NY),
        from: at("2026-11-01T00:00", NY),
        to: at("2026-11-02T00:00", NY),
        windows: [{ weekday: 7, startTime: "00:00", endTime: "03:00" }],
        type: { durationMinutes: 120, bufferMinutes: 0 },
        busy: [{ startsAt: new Date("2026-11-01T04:30:00Z"), endsAt: new Date("2026-11-01T05:00:00Z") }],
      }),
      // Busy 00:30-01:00 EDT; starts from 01:00 EDT, through the repeated 01:xx EST, to 01:00 EST.
      expected: [
        "11-01 01:00 EDT",
        "11-01 01:15 EDT",
        "11-01 01:30 EDT",
        "11-01 01:45 EDT",
        "11-01 01:00 EST",
      ],
    },
    {
      name: "New York spring forward (Sun 14 Mar 2027): a 02:00-03:00 window does not exist",
      zone: NY,
      req: req({
        zone: NY,
        now: at("2027-03-10T12:00", NY),
        from: at("2027-03-14T00:00", NY),
        to: at("2027-03-15T00:00", NY),
        windows: [
          { weekday: 7, startTime: "02:00", endTime: "03:00" },
          { weekday: 7, startTime: "09:00", endTime: "09:30" },
        ],
        type: { durationMinutes: 30 },
      }),
      expected: ["03-14 09:00 EDT"],
    },
  ];
  it.each(dstCases)("$name", ({ req: r, zone, expected }) => {
    expect(show(computeFreeSlots(r), zone)).toEqual(expected);
  });
});
