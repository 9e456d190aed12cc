import { DateTime } from "luxon";

/**
 * A client's calendar is counted in days from their own Week 1 Day 1 (the start date): day 1 is
 * Week 1 Day 1, day 8 is Week 2 Day 1. Sessions are stored by day number, so a calendar written
 * before the client joins lines up with whatever start date joining gives them.
 */
export const DAYS_PER_WEEK = 7;
/** The furthest day a coach can write (about three years). */
export const MAX_DAY = 1100;

export interface WeekDay {
  week: number;
  day: number;
}

/** Week N Day M -> day number (both 1-based; M is 1..7). */
export function dayNumber(week: number, dayOfWeek: number): number {
  return (week - 1) * DAYS_PER_WEEK + dayOfWeek;
}

/** Day number -> Week N Day M. */
export function weekDayOf(day: number): WeekDay {
  return { week: Math.floor((day - 1) / DAYS_PER_WEEK) + 1, day: ((day - 1) % DAYS_PER_WEEK) + 1 };
}

/** The days of week N: first and last day number. */
export function weekRange(week: number): { from: number; to: number } {
  return { from: dayNumber(week, 1), to: dayNumber(week, DAYS_PER_WEEK) };
}

export const isValidDay = (day: number): boolean => Number.isInteger(day) && day >= 1 && day <= MAX_DAY;

/** "Week 2 Day 3". */
export const weekDayLabel = (day: number): string => {
  const w = weekDayOf(day);
  return `Week ${w.week} Day ${w.day}`;
};

/** The local date (YYYY-MM-DD) of a day number, given the start date. */
export function dateOfDay(startDate: string, day: number): string {
  return DateTime.fromISO(startDate, { zone: "UTC" })
    .plus({ days: day - 1 })
    .toISODate() as string;
}

/** The day number a local date falls on (0 or less: before the start date). */
export function dayOnDate(startDate: string, date: string): number {
  const a = DateTime.fromISO(startDate, { zone: "UTC" });
  const b = DateTime.fromISO(date, { zone: "UTC" });
  return Math.round(b.diff(a, "days").days) + 1;
}

/** Today's local date (YYYY-MM-DD) in the organization's timezone. */
export function localDate(now: Date, timezone: string): string {
  return DateTime.fromJSDate(now, { zone: timezone }).toISODate() as string;
}

/** Minutes after local midnight, in the organization's timezone. */
export function localMinuteOfDay(now: Date, timezone: string): number {
  const t = DateTime.fromJSDate(now, { zone: timezone });
  return t.hour * 60 + t.minute;
}
