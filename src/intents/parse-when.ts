import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import type { Period } from "../domain/time/local-time.ts";
import { luxonZone } from "../domain/time/zone-time.ts";
import type { TimeOfDay } from "./intent.ts";
import { findMonthNameDate } from "./when-problems.ts";
import { findPeriod, findRelativeDay } from "./when-words.ts";

/** Where and when the text is read: "tomorrow" depends on the organization's clock and calendar. */
export interface TextContext {
  now: Date;
  timezone: string;
  /** BCP 47, e.g. "en-GB" (day/month), "en-US" (month/day), "de-DE", "fr-FR". */
  locale: string;
  /**
   * The reader's languages in priority order (their own, the studio's, English: "de", "en"), for
   * parsers that read several; `locale` stays the studio's tag (its date order).
   */
  languages?: readonly string[];
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
  /** "evening", "morgens", "du soir": a part of the day when no exact time narrowed it further. */
  period?: Period;
  /** A weekday named on that weekday: the range is a week long, and only that weekday counts. */
  weekday?: number;
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
  let dated: chrono.ParsedResult | undefined;
  for (const parser of primary) {
    const r = parser.parse(text, ref, { forwardDate: true })[0];
    if (r && !isTimeOnly(r)) {
      dated = r;
      break;
    }
    best ??= r;
  }
  // A longer dated match in another language beats a short one: in "annuler mon spin vendredi"
  // English reads "mon" as Monday, French reads "vendredi".
  for (const parser of foreign) {
    const r = parser.parse(text, ref, { forwardDate: true })[0];
    if (!r || isTimeOnly(r)) continue;
    const len = r.text.trim().length;
    const longer = (x: chrono.ParsedResult | undefined) => !x || len > x.text.trim().length;
    if (len >= 5 && longer(dated) && longer(best)) dated = r;
  }
  return dated ?? best;
}

/**
 * chrono computes "tomorrow" and "friday" in the process's timezone, not the reference timezone
 * (checked: with timezone "Europe/Berlin" at 23:30 UTC it still gave the UTC calendar day). So it gets
 * a floating reference: a Date whose process-local fields equal the organization's wall clock. The
 * components read back are then wall-clock values in the organization's zone, whatever TZ the process
 * runs in. (Constructing a Date from fields is not reading the time: the clock is still injected.)
 */
function floatingReference(now: Date, timezone: string): Date {
  const l = DateTime.fromJSDate(now, { zone: luxonZone(timezone) });
  return new Date(l.year, l.month - 1, l.day, l.hour, l.minute, 0, 0);
}

const isoDay = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

// A bare time after the date: "monday 7", "friday at 18", "at 6.30", "19h", "7 uhr".
const BARE_TIME =
  /(?:^|\s)(?:at\s+|um\s+|à\s+|a las\s+|a la\s+|alle\s+|om\s+|às\s+|kl\.?\s*|klo\s+|@\s*)?(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|h|uhr|uur)?(?=\s|$|[,.!?])/i;

const TIME_ONLY = /^(at|um|à|a las|@|@ )?\s*\d{1,2}([:.h]\d{2})?\s*(am|pm|a\.m\.|p\.m\.|uhr|h)?$/i;

const CLOCK_24 = /\d\s*(uhr|h|uur)(?![\p{L}])|(?<![\p{L}])(kl|klo)\.?\s*\d/iu;

// "the 4th", "on the 22nd": a day of this month (or the next, once it has passed).
const ORDINAL_DAY = /(?<![\p{L}\p{N}])(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)(?![\p{L}\p{N}])/iu;

const blank = (text: string, from: number, to: number): string =>
  text.slice(0, from) + " ".repeat(Math.max(0, to - from)) + text.slice(to);

// "25.11." and "25.11.2026": day-first with dots, common in German-speaking and other countries;
// chrono's parsers miss the short form, so it is read here (always day-month: nobody writes 11.25.).
const DOTTED_DATE = /(?:^|\s)(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?=\s|$|,)/;

/** The first bare time at or after `after` ("7", "at 18", "6.30pm", "19h", "7 uhr"), if it is one. */
function readBareTime(text: string, after: number): { time: TimeOfDay; from: number; to: number } | null {
  const m = BARE_TIME.exec(text.slice(after));
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  if (hour > 23 || minute > 59) return null;
  const suffix = (m[3] ?? "").toLowerCase().replace(/\./g, "");
  if ((suffix === "am" || suffix === "pm") && (hour === 0 || hour > 12)) return null;
  const h = suffix === "pm" && hour < 12 ? hour + 12 : suffix === "am" && hour === 12 ? 0 : hour;
  return {
    // "7 Uhr", "7h", "7 uur" are the 24-hour clock: 07:00.
    time: { hour: h, minute, meridiemKnown: suffix !== "" || h > 12 || h === 0 },
    from: after + m.index,
    to: after + m.index + m[0].length,
  };
}

/** Reads a date range and time from free text, or null when the text names no date or time. */
export function parseWhen(input: string, ctx: TextContext): When | null {
  let text = input;
  const today = DateTime.fromJSDate(ctx.now, { zone: luxonZone(ctx.timezone) }).startOf("day");
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
  let period: Period | undefined;
  let sameWeekdayNextWeek = false;
  // Relative days and parts of the day in every language, before chrono (which misses some).
  const relative = findRelativeDay(text);
  if (relative) {
    day = today.plus({ days: relative.value.offset }).toFormat("yyyy-MM-dd");
    period = relative.value.period;
    text = blank(text, relative.index, relative.index + relative.length);
  }
  const part = findPeriod(text);
  if (part) {
    period ??= part.value;
    text = blank(text, part.index, part.index + part.length);
  }
  const named = day ? null : findMonthNameDate(text, today);
  if (named) {
    day = named.day;
    text = blank(text, named.index, named.index + named.length);
  }
  const ordinal = day ? null : ORDINAL_DAY.exec(text);
  if (ordinal) {
    let dt = today.set({ day: Number(ordinal[1]) });
    if (dt.isValid && dt.day === Number(ordinal[1])) {
      if (dt < today) dt = today.plus({ months: 1 }).set({ day: Number(ordinal[1]) });
      day = dt.toFormat("yyyy-MM-dd");
      text = blank(text, ordinal.index, ordinal.index + ordinal[0].length);
    }
  }
  const dotted = day ? null : DOTTED_DATE.exec(text);
  if (dotted) {
    const d = Number(dotted[1]);
    const mo = Number(dotted[2]);
    const y = dotted[3] ? Number(dotted[3].length === 2 ? `20${dotted[3]}` : dotted[3]) : today.year;
    let dt = DateTime.fromObject({ year: y, month: mo, day: d }, { zone: luxonZone(ctx.timezone) });
    if (!dotted[3] && dt.isValid && dt < today) dt = dt.plus({ years: 1 });
    if (dt.isValid) {
      day = dt.toISODate();
      text = blank(text, dotted.index, dotted.index + dotted[0].length);
    }
  }

  const ref = floatingReference(ctx.now, ctx.timezone);
  let time: TimeOfDay | undefined;
  // With the day read from a relative word only a time is left: read it plainly (chrono's English
  // took "à 18h" for 03:00).
  const plain = day ? readBareTime(text, 0) : null;
  if (plain) {
    time = plain.time;
    text = blank(text, plain.from, plain.to);
  }
  const result = plain ? undefined : firstResult(text, ref, ctx.locale);
  if (result) {
    const s = result.start;
    text = blank(text, result.index, result.index + result.text.length);
    const parsedDay = isoDay(s.get("year") ?? today.year, s.get("month") ?? 1, s.get("day") ?? 1);
    // A bare time ("at 7") must not take chrono's forwarded day: the day is inferred below. Some
    // locales imply rather than know a named day (German "morgen"), so the matched words decide.
    const dated = !TIME_ONLY.test(result.text.trim());
    if (!day && (dated || !s.isCertain("hour"))) {
      day = parsedDay;
      // "monday" said on a Monday: today's, or next Monday's once today's has passed.
      if (parsedDay === today.toFormat("yyyy-MM-dd") && !s.isCertain("day") && s.isCertain("weekday"))
        sameWeekdayNextWeek = true;
    }
    if (s.isCertain("hour")) {
      const hour = s.get("hour") ?? 0;
      time = {
        hour,
        minute: s.get("minute") ?? 0,
        // "7 Uhr", "19h", "om 7 uur", "kl 7": the 24-hour clock says which 7.
        meridiemKnown: s.isCertain("meridiem") || hour > 12 || hour === 0 || CLOCK_24.test(result.text),
      };
    }
  }
  if (!time) {
    // chrono leaves "next monday 7" at the date; take a bare number after it (or alone) as the time.
    const after = result ? result.index + result.text.length : dotted ? dotted.index + dotted[0].length : 0;
    const bare = readBareTime(text, after);
    if (bare) {
      time = bare.time;
      text = blank(text, bare.from, bare.to);
    }
  }
  if (time && period && !time.meridiemKnown) {
    // "7 in the evening", "8 abends", "7 du matin": the part of the day says am or pm.
    const hour = period === "morning" ? time.hour % 12 : time.hour < 12 ? time.hour + 12 : time.hour;
    time = { hour, minute: time.minute, meridiemKnown: true };
    period = undefined;
  } else if (time?.meridiemKnown) period = undefined;
  if (!day && !time) {
    if (!period) return null;
    // A part of the day alone ("evening classes") narrows the time, not the days.
    return {
      fromDay: today.toFormat("yyyy-MM-dd"),
      toDay: today.toFormat("yyyy-MM-dd"),
      rest: text,
      dayGiven: false,
      period,
    };
  }
  const dayGiven = day !== null;
  if (!day && time) {
    // A time alone ("at 7") means the next such time from now: today, or tomorrow once it has passed.
    const latest = time.meridiemKnown ? time.hour : time.hour < 12 ? time.hour + 12 : time.hour;
    const nowLocal = DateTime.fromJSDate(ctx.now, { zone: luxonZone(ctx.timezone) });
    const passed = nowLocal.hour * 60 + nowLocal.minute > latest * 60 + time.minute;
    day = (passed ? today.plus({ days: 1 }) : today).toFormat("yyyy-MM-dd");
  }
  if (!day) return null;
  const toDay = sameWeekdayNextWeek ? DateTime.fromISO(day).plus({ days: 7 }).toFormat("yyyy-MM-dd") : day;
  return {
    fromDay: day,
    toDay,
    ...(time ? { time } : {}),
    ...(period ? { period } : {}),
    ...(sameWeekdayNextWeek ? { weekday: DateTime.fromISO(day).weekday } : {}),
    rest: text,
    dayGiven,
  };
}

/** Today and the next `days - 1` days, as a default range. */
export function defaultRange(ctx: TextContext, days = 7): { fromDay: string; toDay: string } {
  const today = DateTime.fromJSDate(ctx.now, { zone: luxonZone(ctx.timezone) }).startOf("day");
  return {
    fromDay: today.toFormat("yyyy-MM-dd"),
    toDay: today.plus({ days: days - 1 }).toFormat("yyyy-MM-dd"),
  };
}
