import { DateTime } from "luxon";
import type { OccurrenceInfo } from "../domain/model.ts";
import { luxonZone } from "../domain/time/zone-time.ts";
import type { Inline, Reply, TimeToken } from "../ports/chat.ts";
import { t, tLine } from "./i18n/catalogue.ts";
import { speaker } from "./i18n/speaker.ts";

/** A private answer of plain lines (the shape of most short answers). */
export const privateReply = (...lines: string[]): Reply => ({ visibility: "private", lines });

/**
 * Dates are always spelled with a weekday, day, month name and year ("Sat 21 Nov 2026, 07:00"): no
 * 03/04 that one reader takes for March and another for April. In the org's zone, in the reader's
 * locale (src/replies/i18n/speaker.ts): British English keeps the house's own pattern, every other
 * locale Intl's (12-hour where the locale reads it, "Mo., 21. Nov. 2026, 07:00" in German).
 */
const DATETIME = "ccc d LLL yyyy, HH:mm";
const DATE = "ccc d LLL yyyy";
const TIME = "HH:mm";
const BRITISH = "en-GB";

const DATE_PARTS: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
};
/** Hours as each language writes them on a timetable: "07:00" (de, fr, es), "7:00 AM" (en-US). */
const TIME_PARTS: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit" };

function localized(d: Date, timezone: string, pattern: string, parts: Intl.DateTimeFormatOptions): string {
  const { locale } = speaker();
  const zoned = DateTime.fromJSDate(d, { zone: luxonZone(timezone) });
  if (locale === BRITISH) return zoned.setLocale(BRITISH).toFormat(pattern);
  const hour = parts.hour && locale.startsWith("en") ? { hour: "numeric" as const } : {};
  return new Intl.DateTimeFormat(locale, { ...parts, ...hour, timeZone: zoned.zoneName ?? "UTC" }).format(d);
}

export function formatDateTime(d: Date, timezone: string): string {
  return localized(d, timezone, DATETIME, { ...DATE_PARTS, ...TIME_PARTS });
}
export function formatDate(d: Date, timezone: string): string {
  return localized(d, timezone, DATE, DATE_PARTS);
}
export function formatTime(d: Date, timezone: string): string {
  return localized(d, timezone, TIME, TIME_PARTS);
}
/** A day heading: "Monday 21 Dec 2026" ("Montag, 21. Dez. 2026"). */
export function formatDayHeading(d: Date, timezone: string): string {
  return localized(d, timezone, "cccc d LLL yyyy", { ...DATE_PARTS, weekday: "long" });
}
/** A day without its weekday: "21 Dec 2026" ("21. Dez. 2026"). */
export function formatDayMonthYear(d: Date, timezone: string): string {
  return localized(d, timezone, "d LLL yyyy", { day: "numeric", month: "short", year: "numeric" });
}
/** A day and time without the year, for buttons and short lines: "Fri 4 Dec, 10:00" ("Fr., 4. Dez., 10:00"). */
export function formatShortDateTime(d: Date, timezone: string): string {
  return localized(d, timezone, "ccc d LLL, HH:mm", {
    weekday: "short",
    day: "numeric",
    month: "short",
    ...TIME_PARTS,
  });
}
/** A calendar date (YYYY-MM-DD, no zone) with its weekday: "Fri 4 Dec" ("Fr., 4. Dez."), with the year when asked. */
export function formatCalendarDay(iso: string, withYear = false): string {
  const d = DateTime.fromISO(iso, { zone: "utc" }).toJSDate();
  return withYear
    ? localized(d, "UTC", DATE, DATE_PARTS)
    : localized(d, "UTC", "ccc d LLL", { weekday: "short", day: "numeric", month: "short" });
}
/** A calendar date and a wall-clock time (no zone): "Fri 4 Dec 10:00". */
export function formatCalendarDayTime(iso: string, hour: number, minute: number): string {
  const d = DateTime.fromISO(iso, { zone: "utc" }).set({ hour, minute }).toJSDate();
  return localized(d, "UTC", "ccc d LLL HH:mm", {
    weekday: "short",
    day: "numeric",
    month: "short",
    ...TIME_PARTS,
  });
}
/** A time of day given in minutes after midnight (a wall-clock time, no zone): "07:30" ("7:30 AM" in en-US). */
export function formatMinuteOfDay(minute: number): string {
  const d = new Date(Date.UTC(2024, 0, 1, Math.floor(minute / 60), minute % 60));
  return localized(d, "UTC", TIME, TIME_PARTS);
}
/** A weekday's short name ("Mon", "Mo.", "lun.") for an ISO weekday 1..7. */
export function weekdayName(isoWeekday: number): string {
  const { locale } = speaker();
  // 2024-01-01 was a Monday.
  const d = new Date(Date.UTC(2024, 0, isoWeekday));
  if (locale === BRITISH) return DateTime.fromJSDate(d, { zone: "utc" }).setLocale(BRITISH).toFormat("ccc");
  return new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(d);
}

/**
 * The one price format: minor units of an ISO 4217 currency in the reader's locale ("€90", "€12.50",
 * "90 €", "12,50 €"); whole amounts without decimals; 0 is "free".
 */
export function formatMoney(cents: number, currency: string): string {
  if (cents === 0) return t("format.free");
  const whole = cents % 100 === 0;
  try {
    return new Intl.NumberFormat(speaker().locale, {
      style: "currency",
      currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(whole ? 0 : 2)} ${currency}`;
  }
}

/** "1 h", "45 min", "1 h 30 min", "2 days" (in the reader's language) for a duration in minutes. */
export function formatDuration(m: number): string {
  if (m === 0) return t("format.durationNone");
  if (m % 1440 === 0) return t("format.durationDays", { n: m / 1440 });
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return t("format.durationMinutes", { m: rest });
  return rest === 0 ? t("format.durationHours", { h }) : t("format.durationHoursMinutes", { h, m: rest });
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
): Inline[] {
  const withWhoWhere = opts.whoWhere ?? true;
  const line = tLine("format.sessionLine", {
    name: s.name,
    when: timeToken(s.startsAt, timezone),
    who: withWhoWhere && s.trainerName ? "yes" : "no",
    trainer: s.trainerName ?? "",
    where: withWhoWhere && s.spaceName ? "yes" : "no",
    space: s.spaceName ?? "",
    extra,
  });
  return typeof line === "string" ? [line] : line;
}

/** A short label for a button: "Spin Sat 21 Nov 07:00" (buttons hold plain text only). */
export function sessionButtonLabel(occ: OccurrenceInfo, timezone: string): string {
  const { locale } = speaker();
  const zoned = DateTime.fromJSDate(occ.startsAt, { zone: luxonZone(timezone) });
  const when =
    locale === BRITISH
      ? zoned.setLocale(BRITISH).toFormat("ccc d LLL HH:mm")
      : new Intl.DateTimeFormat(locale, {
          weekday: "short",
          day: "numeric",
          month: "short",
          ...TIME_PARTS,
          ...(locale.startsWith("en") ? { hour: "numeric" as const } : {}),
          timeZone: zoned.zoneName ?? "UTC",
        }).format(occ.startsAt);
  return truncate(t("format.sessionButton", { name: occ.name, when }), 60);
}

export const truncate = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Spots as a member reads them. */
export function spotsText(spotsLeft: number, waitlisted: number): string {
  if (spotsLeft > 0) return t("format.spotsLeft", { n: spotsLeft });
  return waitlisted > 0 ? t("format.fullWaiting", { n: waitlisted }) : t("format.fullOpen");
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
