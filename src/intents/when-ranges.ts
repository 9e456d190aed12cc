import { DateTime } from "luxon";
import { findMonthNameDate } from "./when-problems.ts";

/**
 * Spans of days typed in English, German, French or Spanish: "14.12. to 16.12.", "friday to sunday",
 * "between monday and wednesday", "until friday", "next 3 days", "this weekend", "vom 14.12. bis
 * 16.12.", "nächste 3 Tage", "dieses Wochenende", "de vendredi à dimanche", "ce week-end", "de viernes
 * a domingo", "este fin de semana". Read before single days, so "14.12. to 16.12." is never the 14th at
 * 16:12. Each end is one day word or one date; a weekday is the next such day from today (today
 * included), and an end that would fall before the start is the same weekday a week later.
 */
export interface DaySpan {
  fromDay: string;
  toDay: string;
  index: number;
  length: number;
}

const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";

const WEEKDAYS: Array<[string, number]> = [
  ["monday|mon|montag|lundi|lunes", 1],
  ["tuesday|tues|tue|dienstag|mardi|martes", 2],
  ["wednesday|wed|mittwoch|mercredi|mi[ée]rcoles", 3],
  ["thursday|thurs|thur|thu|donnerstag|jeudi|jueves", 4],
  ["friday|fri|freitag|vendredi|viernes", 5],
  ["saturday|sat|samstag|sonnabend|samedi|s[áa]bado", 6],
  ["sunday|sun|sonntag|dimanche|domingo", 7],
];
const WEEKDAY = WEEKDAYS.map(([w]) => w).join("|");
const WEEKDAY_NAMES = WEEKDAY;
const TODAY = "today|heute|aujourd[' ]?hui|hoy";
const TOMORROW = "tomorrow|tmrw|morgen|demain|ma[ñn]ana";
// "14.12.", "14.12.2026", "14/12", "2026-12-14"; a second end may drop the last dot ("bis 16.12").
// "7 dec", "7. Dezember", "7 de diciembre", "dec 7" (a weekday may come first: "monday 7 dec").
const MONTH =
  "jan(?:uary|uar|vier)?|janv|ene(?:ro)?|feb(?:ruary|ruar|rero)?|f[ée]v(?:rier)?|m[äa]r(?:ch|z|s|zo)?|apr(?:il)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|jun[ei]?|juin|junio|jul[iy]?|juil(?:let)?|julio|aug(?:ust)?|ao[uû]t|ago(?:sto)?|sep(?:t|tember|tembre|tiembre)?|o[ck]t(?:ober|obre|ubre)?|nov(?:ember|embre|iembre)?|de[cz](?:ember|embre)?|d[ée]c(?:embre)?|dic(?:iembre)?";
const NAMED = `\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+|de\\s+)?(?:${MONTH})\\.?|(?:${MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?`;
const DATE = `(?:(?:${WEEKDAY_NAMES}),?\\s+)?(?:${NAMED})|\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}`;
const DATE_END = `${DATE}|\\d{1,2}\\.\\d{1,2}`;
// Words a day may carry: "on friday", "am Freitag", "le vendredi", "el viernes", "this friday".
const ART = "(?:(?:on|this|am|le|el|este|diesen|ce)\\s+)?";
const DAY = `${ART}(?:${WEEKDAY}|${TODAY}|${TOMORROW}|${DATE})`;
const DAY_END = `${ART}(?:${WEEKDAY}|${TODAY}|${TOMORROW}|${DATE_END})`;

const re = (body: string): RegExp => new RegExp(`${L}(?:${body})${R}`, "iu");

/** "A to B" with the words each language puts around it; A and B are capture groups 1 and 2. */
const SPANS: RegExp[] = [
  re(`(?:between|zwischen|entre)\\s+(${DAY})\\s+(?:and|und|et|y|e)\\s+(${DAY_END})`),
  re(
    `(?:from\\s+|vom\\s+|von\\s+|du\\s+|del\\s+|desde\\s+(?:el\\s+)?)?(${DAY})\\s*(?:to|till|until|through|thru|bis|au|jusqu['’ ]au|al|hasta\\s+el|hasta|[-–])\\s*(${DAY_END})`,
  ),
  re(`(?:de|del)\\s+(${DAY})\\s+(?:[àa]|al)\\s+(${DAY_END})`),
];
const UNTIL = re(`(?:until|till|through|bis|jusqu['’ ]?(?:au|à|a)|hasta(?:\\s+el)?)\\s+(${DAY_END})`);

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  ten: 10,
  fourteen: 14,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  funf: 5,
  sechs: 6,
  sieben: 7,
  zehn: 10,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  dix: 10,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  diez: 10,
};
const NUM = `\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")}`;
const NEXT_DAYS = [
  re(`(?:the\\s+)?(?:next|coming)\\s+(${NUM})\\s+days`),
  re(`(?:(?:in\\s+)?(?:den|die)\\s+)?(?:n[äa]chsten?|naechsten?|kommenden?)\\s+(${NUM})\\s+tagen?`),
  re(`(?:les\\s+)?(${NUM})\\s+prochains\\s+jours|(?:les\\s+)?prochains\\s+(${NUM})\\s+jours`),
  re(`(?:los\\s+)?pr[óo]ximos\\s+(${NUM})\\s+d[íi]as`),
];
const WEEKEND = [
  {
    re: re(
      "next weekend|n[äa]chstes wochenende|naechstes wochenende|le week-?end prochain|week-?end prochain|el pr[óo]ximo fin de semana|pr[óo]ximo fin de semana|el fin de semana que viene",
    ),
    weeks: 1,
  },
  {
    re: re(
      "(?:this|the)?\\s*weekend|(?:dieses|am|das)?\\s*wochenende|(?:ce|le)?\\s*week-?end|(?:este|el)?\\s*fin de semana",
    ),
    weeks: 0,
  },
];

const numberOf = (s: string): number => (/^\d+$/.test(s) ? Number(s) : (NUMBER_WORDS[s.toLowerCase()] ?? 0));

/** One end of a span as a day; `after` is the start, for an end that must not lie before it. */
function dayOf(word: string, today: DateTime, after?: DateTime): DateTime | null {
  const w = word
    .trim()
    .replace(/^(?:on|this|am|le|el|este|diesen|ce)\s+/iu, "")
    .toLowerCase();
  const weekday = WEEKDAYS.find(([names]) => new RegExp(`^(?:${names})$`, "iu").test(w))?.[1];
  if (weekday) {
    const from = after ?? today;
    return from.plus({ days: (weekday - from.weekday + 7) % 7 });
  }
  const named = new RegExp(`^(?:(?:${WEEKDAY}),?\\s+)?(${NAMED})$`, "iu").exec(w);
  if (named) {
    const found = findMonthNameDate(named[1] ?? "", after ?? today);
    return found ? DateTime.fromISO(found.day, { zone: today.zone }) : null;
  }
  if (new RegExp(`^(?:${TODAY})$`, "iu").test(w)) return today;
  if (new RegExp(`^(?:${TOMORROW})$`, "iu").test(w)) return today.plus({ days: 1 });
  let m =
    /^(\d{1,2})\.(\d{1,2})\.?(\d{4}|\d{2})?$/.exec(w) ?? /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/.exec(w);
  if (m) {
    const year = m[3] ? Number(m[3].length === 2 ? `20${m[3]}` : m[3]) : null;
    let dt = DateTime.fromObject(
      { year: year ?? today.year, month: Number(m[2]), day: Number(m[1]) },
      { zone: today.zone },
    );
    if (!dt.isValid) return null;
    if (year === null && dt < (after ?? today)) dt = dt.plus({ years: 1 });
    return dt;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(w);
  if (m) {
    const dt = DateTime.fromObject(
      { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) },
      { zone: today.zone },
    );
    return dt.isValid ? dt : null;
  }
  return null;
}

const iso = (d: DateTime): string => d.toFormat("yyyy-MM-dd");

/** The first span of days in the text, or null. `today` is the start of today in the studio's zone. */
export function findDaySpan(text: string, today: DateTime): DaySpan | null {
  for (const r of SPANS) {
    const m = r.exec(text);
    if (!m) continue;
    const from = dayOf(m[1] ?? "", today);
    const to = from ? dayOf(m[2] ?? "", today, from) : null;
    if (from && to && to >= from)
      return { fromDay: iso(from), toDay: iso(to), index: m.index, length: m[0].length };
  }
  const until = UNTIL.exec(text);
  if (until) {
    const to = dayOf(until[1] ?? "", today, today);
    if (to) return { fromDay: iso(today), toDay: iso(to), index: until.index, length: until[0].length };
  }
  for (const r of NEXT_DAYS) {
    const m = r.exec(text);
    const n = m ? numberOf(m[1] ?? m[2] ?? "") : 0;
    if (m && n >= 1 && n <= 31)
      return {
        fromDay: iso(today),
        toDay: iso(today.plus({ days: n - 1 })),
        index: m.index,
        length: m[0].length,
      };
  }
  for (const w of WEEKEND) {
    const m = w.re.exec(text);
    if (!m) continue;
    const saturday = today.startOf("week").plus({ days: 5, weeks: w.weeks });
    const from = saturday < today ? today : saturday;
    const lead = m[0].length - m[0].trimStart().length;
    return {
      fromDay: iso(from),
      toDay: iso(saturday.plus({ days: 1 })),
      index: m.index + lead,
      length: m[0].trim().length,
    };
  }
  return null;
}
