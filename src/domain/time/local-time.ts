import { DateTime } from "luxon";
import { luxonZone } from "./zone-time.ts";

/**
 * Time arithmetic on what a person typed, once it is parsed: local days and times of day in an
 * organization's zone to instants, and back. Pure (luxon only): the parser and the handlers share it.
 */

/** A time of day as typed; without am/pm an hour of 1-12 may mean morning or evening. */
export interface TimeOfDay {
  hour: number;
  minute: number;
  meridiemKnown: boolean;
}

export type Period = "morning" | "afternoon" | "evening";

/** Local hours [from, to) of a part of the day. Evening and afternoon overlap at 17:00. */
export const PERIOD_HOURS: Record<Period, [number, number]> = {
  morning: [5, 12],
  afternoon: [12, 18],
  evening: [17, 24],
};

/** Does a local hour lie in the part of the day? */
export const inPeriod = (hour: number, period: Period): boolean =>
  hour >= PERIOD_HOURS[period][0] && hour < PERIOD_HOURS[period][1];

/** The instant range covering local days fromDay..toDay (inclusive) in the zone. */
export function dayRangeToInstants(
  fromDay: string,
  toDay: string,
  timezone: string,
): { from: Date; to: Date } {
  const from = DateTime.fromISO(fromDay, { zone: luxonZone(timezone) }).startOf("day");
  const to = DateTime.fromISO(toDay, { zone: luxonZone(timezone) })
    .plus({ days: 1 })
    .startOf("day");
  return { from: from.toJSDate(), to: to.toJSDate() };
}

/**
 * Every instant on the days fromDay..toDay (in the zone) whose local time is `t`: exactly the starts
 * that matchesTime accepts there, for a listing to select by. An autumn time that happens twice
 * gives both instants; one a spring-forward skips gives none.
 */
export function timeInstants(fromDay: string, toDay: string, timezone: string, t: TimeOfDay): Date[] {
  const zone = luxonZone(timezone);
  const hours = t.meridiemKnown ? [t.hour] : [...new Set([t.hour, (t.hour + 12) % 24])];
  const last = DateTime.fromISO(toDay, { zone }).startOf("day");
  const found = new Set<number>();
  let day = DateTime.fromISO(fromDay, { zone }).startOf("day");
  // A typed range is at most a few months (listings refuse more than 92 days): 400 bounds a bad one.
  for (let n = 0; day.isValid && day <= last && n < 400; n++) {
    const next = day.plus({ days: 1 }).startOf("day");
    // A start at local h:m that day is that wall time less the offset in force then: one of the
    // day's offsets (its start, its middle, its end), whatever change the day has.
    const offsets = new Set([day.offset, day.set({ hour: 12 }).offset, next.offset]);
    const date = day.toISODate();
    for (const hour of hours)
      for (const offset of offsets) {
        const ms = Date.UTC(day.year, day.month - 1, day.day, hour, t.minute) - offset * 60_000;
        const at = DateTime.fromMillis(ms, { zone });
        if (at.toISODate() === date && at.hour === hour && at.minute === t.minute) found.add(ms);
      }
    day = next;
  }
  return [...found].sort((a, b) => a - b).map((ms) => new Date(ms));
}

/** Does a session start at the typed time? Without am/pm, 7 matches 07:00 and 19:00. */
export function matchesTime(startsAt: Date, timezone: string, t: TimeOfDay): boolean {
  const l = DateTime.fromJSDate(startsAt, { zone: luxonZone(timezone) });
  if (l.minute !== t.minute) return false;
  if (t.meridiemKnown) return l.hour === t.hour;
  return l.hour === t.hour || l.hour === (t.hour + 12) % 24;
}
