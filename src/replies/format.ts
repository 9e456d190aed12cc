import { DateTime } from "luxon";
import type { OccurrenceInfo } from "../domain/model.ts";
import type { Inline, Line, TimeToken } from "./reply.ts";

/**
 * Dates are always spelled with a weekday, day, month name and year ("Sat 21 Nov 2026, 07:00"): no
 * 03/04 that one reader takes for March and another for April. 24-hour clock, in the org's zone.
 */
const DATETIME = "ccc d LLL yyyy, HH:mm";
const DATE = "ccc d LLL yyyy";
const TIME = "HH:mm";

export function formatDateTime(d: Date, timezone: string): string {
  return DateTime.fromJSDate(d, { zone: timezone }).setLocale("en-GB").toFormat(DATETIME);
}
export function formatDate(d: Date, timezone: string): string {
  return DateTime.fromJSDate(d, { zone: timezone }).setLocale("en-GB").toFormat(DATE);
}
export function formatTime(d: Date, timezone: string): string {
  return DateTime.fromJSDate(d, { zone: timezone }).setLocale("en-GB").toFormat(TIME);
}

/** A TimeToken (Discord shows it in the reader's zone; others use the text, in the org's zone). */
export function timeToken(d: Date, timezone: string, style: TimeToken["style"] = "datetime"): TimeToken {
  const text =
    style === "datetime"
      ? formatDateTime(d, timezone)
      : style === "date"
        ? formatDate(d, timezone)
        : formatTime(d, timezone);
  return { time: d, style, text };
}

/** "Spin, Sat 21 Nov 2026, 07:00 with Anna in Studio A" as a line with a time token. */
export function sessionLine(occ: OccurrenceInfo, timezone: string, extra = ""): Line {
  const parts: Inline[] = [`${occ.name}, `, timeToken(occ.startsAt, timezone)];
  const who = occ.trainerName ? ` with ${occ.trainerName}` : "";
  const where = occ.spaceName ? ` in ${occ.spaceName}` : "";
  parts.push(`${who}${where}${extra}`);
  return parts;
}

/** A short label for a button: "Spin Sat 21 Nov 07:00" (buttons hold plain text only). */
export function sessionButtonLabel(occ: OccurrenceInfo, timezone: string): string {
  const l = DateTime.fromJSDate(occ.startsAt, { zone: timezone }).setLocale("en-GB");
  return truncate(`${occ.name} ${l.toFormat("ccc d LLL HH:mm")}`, 60);
}

export const truncate = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Spots as a member reads them. */
export function spotsText(spotsLeft: number, waitlisted: number): string {
  if (spotsLeft > 0) return `${plural(spotsLeft, "spot")} left`;
  return waitlisted > 0 ? `full, ${waitlisted} waiting` : "full (waitlist open)";
}

/** Splits a list into pages; page is clamped into range. */
export function paginate<T>(
  items: T[],
  page: number,
  size: number,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(p * size, p * size + size), page: p, pages };
}
