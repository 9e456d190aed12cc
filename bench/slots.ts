/**
 * npm run bench:slots: a month of free slots for one trainer with 500 existing bookings and
 * 1,000 busy events (an .ics feed with single and recurring events, expanded by ical.js once, as
 * the refresh job stores them), by computeFreeSlots, beside the naive baseline (every 5-minute
 * step against every booking and busy event) in the same run, alternating. Both answers are
 * checked equal first. Env: BENCH_SECONDS (default 10).
 * Last line: RESULT slots value=<months/s> baseline=<months/s> ratio=<speed-up> target=20 unit=months_per_s
 */
import { DateTime } from "luxon";
import { parseIcsBusy } from "../src/calendar/ics-import.ts";
import { type BookedInterval, computeFreeSlots, type SlotRequest } from "../src/domain/personal/slots.ts";
import { naiveFreeSlots } from "./slots-naive.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TARGET = 20;
const ZONE = "Europe/Berlin";

/** A deterministic pseudo-random sequence, so every run measures the same calendar. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const from = DateTime.fromISO("2027-03-01T00:00", { zone: ZONE }); // the month holds a DST change
const to = from.plus({ months: 1 });
const rand = rng(42);
const at = (d: DateTime) => d.toFormat("yyyyMMdd'T'HHmmss");

function buildIcs(): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN"];
  let n = 0;
  // 50 recurring series (weekly, 4 occurrences in the month each, one EXDATE in ten) = ~195 events.
  for (let i = 0; i < 50; i++) {
    const start = from.plus({
      days: Math.floor(rand() * 7),
      hours: 7 + Math.floor(rand() * 13),
      minutes: 15 * Math.floor(rand() * 4),
    });
    lines.push(
      "BEGIN:VEVENT",
      `UID:series-${i}`,
      `DTSTART;TZID=${ZONE}:${at(start)}`,
      `DTEND;TZID=${ZONE}:${at(start.plus({ minutes: 30 + 15 * Math.floor(rand() * 4) }))}`,
      "RRULE:FREQ=WEEKLY;COUNT=4",
    );
    if (i % 10 === 0) lines.push(`EXDATE;TZID=${ZONE}:${at(start.plus({ weeks: 1 }))}`);
    lines.push("END:VEVENT");
    n += i % 10 === 0 ? 3 : 4;
  }
  // Single events (a few all-day) up to 1,000 busy events in all.
  for (let i = 0; n < 1000; i++, n++) {
    const day = from.plus({ days: Math.floor(rand() * 30) });
    if (i % 100 === 0) {
      lines.push(
        "BEGIN:VEVENT",
        `UID:allday-${i}`,
        `DTSTART;VALUE=DATE:${day.toFormat("yyyyMMdd")}`,
        `DTEND;VALUE=DATE:${day.plus({ days: 1 }).toFormat("yyyyMMdd")}`,
        "END:VEVENT",
      );
      continue;
    }
    const start = day.set({ hour: 6 + Math.floor(rand() * 15), minute: 5 * Math.floor(rand() * 12) });
    lines.push(
      "BEGIN:VEVENT",
      `UID:single-${i}`,
      `DTSTART;TZID=${ZONE}:${at(start)}`,
      `DTEND;TZID=${ZONE}:${at(start.plus({ minutes: 10 + 5 * Math.floor(rand() * 5) }))}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.join("\r\n");
}

const busy = parseIcsBusy(buildIcs(), { zone: ZONE, from: from.toJSDate(), to: to.toJSDate() });
const bookings: BookedInterval[] = [];
for (let i = 0; i < 500; i++) {
  const start = from
    .plus({ days: Math.floor(rand() * 30) })
    .set({ hour: 7 + Math.floor(rand() * 13), minute: 15 * Math.floor(rand() * 4) });
  const lesson = i % 3 === 0;
  const minutes = lesson ? 45 : ([30, 45, 60][Math.floor(rand() * 3)] ?? 60);
  bookings.push({
    sessionTypeId: lesson ? "lesson" : `other-${i % 5}`,
    startsAt: start.toJSDate(),
    endsAt: start.plus({ minutes }).toJSDate(),
    bufferMinutes: [0, 5, 10, 15][i % 4] ?? 0,
  });
}

const req: SlotRequest = {
  zone: ZONE,
  now: from.minus({ days: 1 }).toJSDate(),
  from: from.toJSDate(),
  to: to.toJSDate(),
  type: {
    id: "lesson",
    durationMinutes: 45,
    bufferMinutes: 10,
    capacity: 1,
    minLeadHours: 12,
    maxLeadDays: 60,
    maxPerDay: 12,
  },
  windows: [1, 2, 3, 4, 5, 6].flatMap((weekday) => [
    { weekday, startTime: "07:00", endTime: "12:30" },
    { weekday, startTime: "14:00", endTime: "21:00" },
  ]),
  datesOff: ["2027-03-19"],
  bookings,
  groupSessions: Array.from({ length: 20 }, (_, i) => {
    const s = from.plus({ days: i + 1 }).set({ hour: 18 });
    return { startsAt: s.toJSDate(), endsAt: s.plus({ hours: 1 }).toJSDate() };
  }),
  busy,
};

const key = (slots: ReturnType<typeof computeFreeSlots>) =>
  slots.map((s) => `${s.startsAt.getTime()}/${s.endsAt.getTime()}/${s.spotsLeft}`).join(",");
const fast = computeFreeSlots(req);
const slow = naiveFreeSlots(req);
if (key(fast) !== key(slow)) {
  const a = new Set(key(fast).split(","));
  const b = new Set(key(slow).split(","));
  console.error(
    `MISMATCH: project ${fast.length} slots, baseline ${slow.length} slots; only project: ${[...a].filter((x) => !b.has(x)).map((x) => new Date(Number(x.split("/")[0])).toISOString())}; only baseline: ${[...b].filter((x) => !a.has(x)).map((x) => new Date(Number(x.split("/")[0])).toISOString())}`,
  );
  process.exit(1);
}
console.log(
  `calendar: ${bookings.length} bookings, ${busy.length} busy events from the .ics (50 recurring series), ${fast.length} free slots in March 2027; both agree`,
);

function runFor(ms: number, fn: () => unknown): { runs: number; ms: number } {
  const t0 = performance.now();
  let runs = 0;
  do {
    fn();
    runs++;
  } while (performance.now() - t0 < ms);
  return { runs, ms: performance.now() - t0 };
}

const rounds = 5;
const per = (SECONDS * 1000) / rounds / 2;
let pRuns = 0;
let pMs = 0;
let bRuns = 0;
let bMs = 0;
for (let r = 0; r < rounds; r++) {
  const p = runFor(per, () => computeFreeSlots(req));
  const b = runFor(per, () => naiveFreeSlots(req));
  pRuns += p.runs;
  pMs += p.ms;
  bRuns += b.runs;
  bMs += b.ms;
}
const value = (pRuns * 1000) / pMs;
const baseline = (bRuns * 1000) / bMs;
console.log(
  `project: ${pRuns} months in ${pMs.toFixed(0)} ms; baseline: ${bRuns} months in ${bMs.toFixed(0)} ms`,
);
console.log(
  `RESULT slots value=${value.toFixed(2)} baseline=${baseline.toFixed(3)} ratio=${(value / baseline).toFixed(1)} target=${TARGET} unit=months_per_s`,
);
