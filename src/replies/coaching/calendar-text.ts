import { DateTime } from "luxon";
import type { EntryInfo } from "../../domain/coaching/model.ts";
import type { ReplySection } from "../../ports/chat.ts";

/** "Tue 1 Dec 2026" for a local date. */
export const formatLocalDate = (date: string): string =>
  DateTime.fromISO(date, { zone: "UTC" }).setLocale("en-GB").toFormat("ccc d LLL yyyy");

/** "Week 1 Day 3 · Wed 25 Nov 2026" (without a date before the client has a start date). */
export const dayHeading = (label: string, date: string | null): string =>
  date ? `${label} · ${formatLocalDate(date)}` : label;

/** A session as the client reads it: its title, then the training with its line breaks kept. */
export function entryLines(e: EntryInfo): string[] {
  return [e.title, ...(e.body ? e.body.split("\n").map((l) => (l.trim() === "" ? " " : `  ${l}`)) : [])];
}

/** One section per day: heading, then each session (or "Rest day" when it has none). */
export function daySections(
  days: Array<{ label: string; date: string | null; entries: EntryInfo[] }>,
  empty = "Rest day",
): ReplySection[] {
  return days.map((d) => ({
    heading: dayHeading(d.label, d.date),
    lines: d.entries.length === 0 ? [empty] : d.entries.flatMap(entryLines),
  }));
}

/** A day of a program named by its number alone ("Day 10"). */
export const dayNumberLabel = (day: number): string => `Day ${day}`;
