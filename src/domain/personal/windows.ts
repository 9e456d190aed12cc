import { DateTime } from "luxon";
import type { AvailabilityWindow } from "./model.ts";

/** One availability window made concrete: UTC milliseconds, on a local date of the organization. */
export interface ConcreteWindow {
  date: string;
  startMs: number;
  endMs: number;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export function isTimeOfDay(s: string): boolean {
  return HHMM.test(s);
}

function at(day: DateTime, hhmm: string): DateTime {
  if (hhmm === "24:00") return day.plus({ days: 1 }).startOf("day");
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  // A wall-clock time that a spring-forward skips is moved forward by luxon (02:30 -> 03:30),
  // an ambiguous autumn one takes the earlier offset: the window then covers the real hours.
  return DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour: h, minute: m },
    { zone: day.zone },
  );
}

/**
 * The weekly windows as instants on every local date from `from` to `to` (organization zone),
 * skipping dates off; overlapping windows of one day are merged. Sorted by start.
 */
export function concreteWindows(
  windows: readonly AvailabilityWindow[],
  datesOff: ReadonlySet<string>,
  zone: string,
  from: Date,
  to: Date,
): ConcreteWindow[] {
  const byWeekday = new Map<number, AvailabilityWindow[]>();
  for (const w of windows) {
    const list = byWeekday.get(w.weekday) ?? [];
    list.push(w);
    byWeekday.set(w.weekday, list);
  }
  for (const list of byWeekday.values()) list.sort((a, b) => a.startTime.localeCompare(b.startTime));
  const out: ConcreteWindow[] = [];
  let day = DateTime.fromJSDate(from, { zone }).startOf("day");
  const last = DateTime.fromJSDate(to, { zone }).startOf("day");
  while (day <= last) {
    const date = day.toISODate() ?? "";
    const list = byWeekday.get(day.weekday);
    if (list && !datesOff.has(date)) {
      let open: ConcreteWindow | null = null;
      for (const w of list) {
        const startMs = at(day, w.startTime).toMillis();
        const endMs = at(day, w.endTime).toMillis();
        if (endMs <= startMs) continue;
        if (open && startMs <= open.endMs) open.endMs = Math.max(open.endMs, endMs);
        else {
          open = { date, startMs, endMs };
          out.push(open);
        }
      }
    }
    day = day.plus({ days: 1 }).startOf("day");
  }
  return out;
}
