import { dayOnDate } from "./calendar-days.ts";

/** How far ahead a client sees by default: today and the next six days. */
export const DEFAULT_VISIBLE_DAYS = 7;
export const MAX_VISIBLE_DAYS = 366;

export const isValidHorizon = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= MAX_VISIBLE_DAYS;

/**
 * The last day number a client may see today: N days ahead, today included (N = 7 on the start date
 * shows days 1 to 7). Past days stay visible. Null while the calendar has no start date: then the
 * client sees nothing (and a client without a start date has not joined anyway).
 */
export function lastVisibleDay(startDate: string | null, today: string, visibleDays: number): number | null {
  if (!startDate) return null;
  return dayOnDate(startDate, today) + visibleDays - 1;
}

/** Whether the client may see this day today. The coach always sees everything. */
export function isDayVisible(
  day: number,
  startDate: string | null,
  today: string,
  visibleDays: number,
): boolean {
  const last = lastVisibleDay(startDate, today, visibleDays);
  return last !== null && day <= last;
}
