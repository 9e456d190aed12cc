import { DateTime } from "luxon";
import type { OccurrenceInfo } from "../domain/model.ts";
import { luxonZone } from "../domain/time/zone-time.ts";
import type { Inline, Line, Reply, TimeToken } from "../ports/chat.ts";

/** A private answer of plain lines (the shape of most short answers). */
export const privateReply = (...lines: string[]): Reply => ({ visibility: "private", lines });

/**
 * Dates are always spelled with a weekday, day, month name and year ("Sat 21 Nov 2026, 07:00"): no
 * 03/04 that one reader takes for March and another for April. 24-hour clock, in the org's zone.
 */
const DATETIME = "ccc d LLL yyyy, HH:mm";
const DATE = "ccc d LLL yyyy";
const TIME = "HH:mm";

export function formatDateTime(d: Date, timezone: string): string {
  return DateTime.fromJSDate(d, { zone: luxonZone(timezone) })
    .setLocale("en-GB")
    .toFormat(DATETIME);
}
export function formatDate(d: Date, timezone: string): string {
  return DateTime.fromJSDate(d, { zone: luxonZone(timezone) })
    .setLocale("en-GB")
    .toFormat(DATE);
}
export function formatTime(d: Date, timezone: string): string {
  return DateTime.fromJSDate(d, { zone: luxonZone(timezone) })
    .setLocale("en-GB")
    .toFormat(TIME);
}

/** A TimeToken (a platform with native timestamps shows it in the reader's zone; others use the text, in the org's zone). */
export function timeToken(d: Date, timezone: string, style: TimeToken["style"] = "datetime"): TimeToken {
  const text =
    style === "datetime"
      ? formatDateTime(d, timezone)
      : style === "date"
        ? formatDate(d, timezone)
        : formatTime(d, timezone);
  return { time: d, style, text };
}

/** What a session line says: chat replies pass an OccurrenceInfo, notices their SessionView. */
export interface SessionFacts {
  name: string;
  startsAt: Date;
  trainerName: string | null;
  spaceName: string | null;
}

/**
 * The one session line of the house: "Spin, Sat 21 Nov 2026, 07:00 with Anna in Studio A" plus an
 * optional tail, with a time token. Notices that say who and where on a line of their own pass
 * `whoWhere: false` ("Spin, Sat 21 Nov 2026, 07:00 is confirmed for you.").
 */
export function sessionLine(
  s: SessionFacts,
  timezone: string,
  extra = "",
  opts: { whoWhere?: boolean } = {},
): Line {
  const parts: Inline[] = [`${s.name}, `, timeToken(s.startsAt, timezone)];
  const withWhoWhere = opts.whoWhere ?? true;
  const who = withWhoWhere && s.trainerName ? ` with ${s.trainerName}` : "";
  const where = withWhoWhere && s.spaceName ? ` in ${s.spaceName}` : "";
  const tail = `${who}${where}${extra}`;
  if (tail) parts.push(tail);
  return parts;
}

/** A short label for a button: "Spin Sat 21 Nov 07:00" (buttons hold plain text only). */
export function sessionButtonLabel(occ: OccurrenceInfo, timezone: string): string {
  const l = DateTime.fromJSDate(occ.startsAt, { zone: luxonZone(timezone) }).setLocale("en-GB");
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
