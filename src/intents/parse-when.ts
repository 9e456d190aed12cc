import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import type { TimeOfDay } from "./intent.ts";

/** Where and when the text is read: "tomorrow" depends on the organization's clock and calendar. */
export interface TextContext {
  now: Date;
  timezone: string;
  /** BCP 47, e.g. "en-GB" (day/month), "en-US" (month/day), "de-DE", "fr-FR". */
  locale: string;
}

/** A day range (inclusive, local to the organization) and maybe a time of day. */
export interface When {
  fromDay: string;
  toDay: string;
  time?: TimeOfDay;
  /** The text with the date and time words blanked out, for name matching. */
  rest: string;
  /** False when only a time was given and the day was inferred (today, or tomorrow once past). */
  dayGiven: boolean;
}

const WEEK_WORDS: Array<{ re: RegExp; offset: number }> = [
  {
    re: /\b(next week|nächste woche|naechste woche|kommende woche|semaine prochaine|la semaine prochaine|próxima semana|proxima semana|volgende week|prossima settimana)\b/i,
    offset: 1,
  },
  { re: /\b(this week|diese woche|cette semaine|esta semana|deze week|questa settimana)\b/i, offset: 0 },
];

/**
 * chrono's parsers for the organization's locale: its own language and English (day-first unless
 * en-US) are primary; the other languages are a fallback for members who write in their own.
 */
function parsersFor(locale: string): { primary: chrono.Chrono[]; foreign: chrono.Chrono[] } {
  const lang = locale.toLowerCase().split(/[-_]/)[0] ?? "en";
  const english = /^en-(us|ph|ca)$/i.test(locale) ? chrono.en.casual : chrono.en.GB;
  const byLang: Record<string, chrono.Chrono> = {
    de: chrono.de.casual,
    fr: chrono.fr.casual,
    es: chrono.es.casual,
    it: chrono.it.casual,
    nl: chrono.nl.casual,
    pt: chrono.pt.casual,
    sv: chrono.sv.casual,
    fi: chrono.fi.casual,
  };
  const own = byLang[lang];
  return {
    primary: own ? [own, english] : [english],
    foreign: Object.entries(byLang)
      .filter(([l]) => l !== lang)
      .map(([, p]) => p),
  };
}

const isTimeOnly = (r: chrono.ParsedResult): boolean => TIME_ONLY.test(r.text.trim());

/**
 * The first dated match of the primary parsers; other languages only fill a gap (nothing found, or
 * a bare time) with a longer dated match ("morgen 18:00" in an English-speaking studio). Short
 * foreign words are never taken: "sam" is French for Saturday, and a trainer's name here.
 */
function firstResult(text: string, ref: Date, locale: string): chrono.ParsedResult | undefined {
  const { primary, foreign } = parsersFor(locale);
  let best: chrono.ParsedResult | undefined;
  for (const parser of primary) {
    const r = parser.parse(text, ref, { forwardDate: true })[0];
    if (r && !isTimeOnly(r)) return r;
    best ??= r;
  }
  for (const parser of foreign) {
    const r = parser.parse(text, ref, { forwardDate: true })[0];
    if (r && !isTimeOnly(r) && r.text.trim().length >= 5 && (!best || r.text.length > best.text.length))
      return r;
  }
  return best;
}

/**
 * chrono computes "tomorrow" and "friday" in the process's timezone, not the reference timezone
 * (checked: with timezone "Europe/Berlin" at 23:30 UTC it still gave the UTC calendar day). So it gets
 * a floating reference: a Date whose process-local fields equal the organization's wall clock. The
 * components read back are then wall-clock values in the organization's zone, whatever TZ the process
 * runs in. (Constructing a Date from fields is not reading the time: the clock is still injected.)
 */
function floatingReference(now: Date, timezone: string): Date {
  const l = DateTime.fromJSDate(now, { zone: timezone });
  return new Date(l.year, l.month - 1, l.day, l.hour, l.minute, 0, 0);
}

const isoDay = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

// A bare time after the date: "monday 7", "friday at 18", "at 6.30", "19h", "7 uhr".
const BARE_TIME =
  /(?:^|\s)(?:at\s+|um\s+|à\s+|a las\s+|@\s*)?(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|h|uhr)?(?=\s|$|[,.!?])/i;

const TIME_ONLY = /^(at|um|à|a las|@|@ )?\s*\d{1,2}([:.h]\d{2})?\s*(am|pm|a\.m\.|p\.m\.|uhr|h)?$/i;

const blank = (text: string, from: number, to: number): string =>
  text.slice(0, from) + " ".repeat(Math.max(0, to - from)) + text.slice(to);

// "25.11." and "25.11.2026": day-first with dots, common in German-speaking and other countries;
// chrono's parsers miss the short form, so it is read here (always day-month: nobody writes 11.25.).
const DOTTED_DATE = /(?:^|\s)(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?=\s|$|,)/;

/** Reads a date range and time from free text, or null when the text names no date or time. */
export function parseWhen(input: string, ctx: TextContext): When | null {
  let text = input;
  const today = DateTime.fromJSDate(ctx.now, { zone: ctx.timezone }).startOf("day");
  for (const w of WEEK_WORDS) {
    const m = w.re.exec(text);
    if (!m) continue;
    const monday = today.startOf("week").plus({ weeks: w.offset });
    const from = w.offset === 0 ? today : monday;
    const rest = blank(text, m.index, m.index + m[0].length);
    return {
      fromDay: from.toFormat("yyyy-MM-dd"),
      toDay: monday.plus({ days: 6 }).toFormat("yyyy-MM-dd"),
      rest,
      dayGiven: true,
    };
  }

  let day: string | null = null;
  const dotted = DOTTED_DATE.exec(text);
  if (dotted) {
    const d = Number(dotted[1]);
    const mo = Number(dotted[2]);
    const y = dotted[3] ? Number(dotted[3].length === 2 ? `20${dotted[3]}` : dotted[3]) : today.year;
    let dt = DateTime.fromObject({ year: y, month: mo, day: d }, { zone: ctx.timezone });
    if (!dotted[3] && dt.isValid && dt < today) dt = dt.plus({ years: 1 });
    if (dt.isValid) {
      day = dt.toISODate();
      text = blank(text, dotted.index, dotted.index + dotted[0].length);
    }
  }

  const ref = floatingReference(ctx.now, ctx.timezone);
  const result = firstResult(text, ref, ctx.locale);
  let time: TimeOfDay | undefined;
  if (result) {
    const s = result.start;
    text = blank(text, result.index, result.index + result.text.length);
    const parsedDay = isoDay(s.get("year") ?? today.year, s.get("month") ?? 1, s.get("day") ?? 1);
    // A bare time ("at 7") must not take chrono's forwarded day: the day is inferred below. Some
    // locales imply rather than know a named day (German "morgen"), so the matched words decide.
    const dated = !TIME_ONLY.test(result.text.trim());
    if (!day && (dated || !s.isCertain("hour"))) day = parsedDay;
    if (s.isCertain("hour")) {
      const hour = s.get("hour") ?? 0;
      time = {
        hour,
        minute: s.get("minute") ?? 0,
        meridiemKnown: s.isCertain("meridiem") || hour > 12 || hour === 0,
      };
    }
  }
  if (!time && (result || day)) {
    // chrono leaves "next monday 7" at the date; take a bare number after it as the time.
    const after = result ? result.index + result.text.length : dotted ? dotted.index + dotted[0].length : 0;
    const m = BARE_TIME.exec(text.slice(after));
    const hour = m ? Number(m[1]) : Number.NaN;
    const minute = m?.[2] ? Number(m[2]) : 0;
    if (m && hour <= 23 && minute <= 59) {
      const suffix = (m[3] ?? "").toLowerCase().replace(/\./g, "");
      const h = suffix === "pm" && hour < 12 ? hour + 12 : suffix === "am" && hour === 12 ? 0 : hour;
      time = { hour: h, minute, meridiemKnown: suffix === "am" || suffix === "pm" || h > 12 || h === 0 };
      text = blank(text, after + m.index, after + m.index + m[0].length);
    }
  }
  if (!day && !time) return null;
  const dayGiven = day !== null;
  if (!day && time) {
    // A time alone ("at 7") means the next such time from now: today, or tomorrow once it has passed.
    const latest = time.meridiemKnown ? time.hour : time.hour < 12 ? time.hour + 12 : time.hour;
    const nowLocal = DateTime.fromJSDate(ctx.now, { zone: ctx.timezone });
    const passed = nowLocal.hour * 60 + nowLocal.minute > latest * 60 + time.minute;
    day = (passed ? today.plus({ days: 1 }) : today).toFormat("yyyy-MM-dd");
  }
  if (!day) return null;
  return { fromDay: day, toDay: day, ...(time ? { time } : {}), rest: text, dayGiven };
}

/** Today and the next `days - 1` days, as a default range. */
export function defaultRange(ctx: TextContext, days = 7): { fromDay: string; toDay: string } {
  const today = DateTime.fromJSDate(ctx.now, { zone: ctx.timezone }).startOf("day");
  return {
    fromDay: today.toFormat("yyyy-MM-dd"),
    toDay: today.plus({ days: days - 1 }).toFormat("yyyy-MM-dd"),
  };
}

/** The instant range covering local days fromDay..toDay (inclusive) in the zone. */
export function dayRangeToInstants(
  fromDay: string,
  toDay: string,
  timezone: string,
): { from: Date; to: Date } {
  const from = DateTime.fromISO(fromDay, { zone: timezone }).startOf("day");
  const to = DateTime.fromISO(toDay, { zone: timezone }).plus({ days: 1 }).startOf("day");
  return { from: from.toJSDate(), to: to.toJSDate() };
}

/** Does a session start at the typed time? Without am/pm, 7 matches 07:00 and 19:00. */
export function matchesTime(startsAt: Date, timezone: string, t: TimeOfDay): boolean {
  const l = DateTime.fromJSDate(startsAt, { zone: timezone });
  if (l.minute !== t.minute) return false;
  if (t.meridiemKnown) return l.hour === t.hour;
  return l.hour === t.hour || l.hour === (t.hour + 12) % 24;
}
