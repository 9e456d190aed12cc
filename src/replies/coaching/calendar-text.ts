import { weekDayLabel, weekDayOf } from "../../domain/coaching/calendar-days.ts";
import type { EntryInfo } from "../../domain/coaching/model.ts";
import type { ReplySection } from "../../ports/chat.ts";
import { formatCalendarDay } from "../format.ts";
import { t } from "../i18n/catalogue.ts";

/** "Tue 1 Dec 2026" for a local date, in the reader's language. */
export const formatLocalDate = (date: string): string => formatCalendarDay(date, true);

/** "Week 2 Day 3" ("Woche 2 Tag 3") for a day number of a program. */
export const weekDayText = (day: number): string => {
  const w = weekDayOf(day);
  return t("coaching.weekDay", { week: w.week, day: w.day });
};

/** A day of a program named by its number alone ("Day 10"). */
export const dayNumberLabel = (day: number): string => t("coaching.dayNumber", { day });

/**
 * A day's label in the reader's language: the calendar views carry the domain's English "Week 2
 * Day 3" (src/use-cases/coaching/calendar-view.ts), which is said again here; any other label (a
 * day named by its number, already from the catalogue) is kept.
 */
export const dayLabelText = (day: number, label: string): string =>
  label === weekDayLabel(day) ? weekDayText(day) : label;

/** "Week 1 Day 3 · Wed 25 Nov 2026" (without a date before the client has a start date). */
export const dayHeading = (day: number, label: string, date: string | null): string =>
  date
    ? t("coaching.dayHeading", { label: dayLabelText(day, label), date: formatLocalDate(date) })
    : dayLabelText(day, label);

/** A session as the client reads it: its title, then the training with its line breaks kept. */
export function entryLines(e: EntryInfo): string[] {
  return [e.title, ...(e.body ? e.body.split("\n").map((l) => (l.trim() === "" ? " " : `  ${l}`)) : [])];
}

/** One section per day: heading, then each session (or "Rest day" when it has none). */
export function daySections(
  days: Array<{ day: number; label: string; date: string | null; entries: EntryInfo[] }>,
): ReplySection[] {
  return days.map((d) => ({
    heading: dayHeading(d.day, d.label, d.date),
    lines: d.entries.length === 0 ? [t("coaching.restDay")] : d.entries.flatMap(entryLines),
  }));
}
