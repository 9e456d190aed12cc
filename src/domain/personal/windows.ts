import { zoneTime } from "../time/zone-time.ts";
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

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/**
 * The weekly windows as instants on every local date from `from` to `to` (organization zone),
 * skipping dates off; overlapping windows of one day are merged. Sorted by start. A wall time a
 * spring-forward skips moves forward, so a window over the gap covers the real hours it has.
 */
export function concreteWindows(
  windows: readonly AvailabilityWindow[],
  datesOff: ReadonlySet<string>,
  zone: string,
  from: Date,
  to: Date,
): ConcreteWindow[] {
  const zt = zoneTime(zone);
  const byWeekday = new Map<number, Array<[number, number]>>();
  for (const w of windows) {
    const list = byWeekday.get(w.weekday) ?? [];
    list.push([minutesOf(w.startTime), minutesOf(w.endTime)]);
    byWeekday.set(w.weekday, list);
  }
  for (const list of byWeekday.values()) list.sort((a, b) => a[0] - b[0]);
  const out: ConcreteWindow[] = [];
  const first = zt.local(from.getTime());
  const last = zt.local(to.getTime()).date;
  // Walk local dates as UTC calendar days (no zone arithmetic needed for the date itself).
  for (let day = Date.UTC(first.year, first.month - 1, first.day); ; day += 86_400_000) {
    const d = new Date(day);
    const date = d.toISOString().slice(0, 10);
    if (date > last) break;
    const list = byWeekday.get(((d.getUTCDay() + 6) % 7) + 1);
    if (!list || datesOff.has(date)) continue;
    const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    let open: ConcreteWindow | null = null;
    for (const [s, e] of list) {
      const startMs = zt.instant(y, m, dd, s);
      // 24:00 is the next day's midnight, itself resolved in the zone.
      const endMs = zt.instant(y, m, dd, e);
      if (endMs <= startMs) continue;
      if (open && startMs <= open.endMs) {
        // Sorted by wall time, not by instant: a wall start a spring-forward skips moves forward
        // (02:15 -> 03:15) and can land after a later one (03:00), so the merge keeps the earlier.
        open.startMs = Math.min(open.startMs, startMs);
        open.endMs = Math.max(open.endMs, endMs);
      } else {
        open = { date, startMs, endMs };
        out.push(open);
      }
    }
  }
  return out;
}
