import { dateOfDay, weekDayLabel, weekRange } from "../../domain/coaching/calendar-days.ts";
import type { EntryInfo } from "../../domain/coaching/model.ts";

/** One day of a calendar as replies show it. */
export interface CalendarDayView {
  day: number;
  /** "Week 2 Day 3". */
  label: string;
  /** The local date, once the client has a start date. */
  date: string | null;
  entries: EntryInfo[];
}

/** Days `from..to` with their sessions (days without sessions included, so a week reads as a week). */
export function daysView(
  entries: EntryInfo[],
  startDate: string | null,
  from: number,
  to: number,
): CalendarDayView[] {
  const days: CalendarDayView[] = [];
  for (let d = from; d <= to; d++)
    days.push({
      day: d,
      label: weekDayLabel(d),
      date: startDate ? dateOfDay(startDate, d) : null,
      entries: entries.filter((e) => e.day === d),
    });
  return days;
}

export const weekOfDay = (day: number): number => Math.floor((Math.max(1, day) - 1) / 7) + 1;

export { weekRange };
