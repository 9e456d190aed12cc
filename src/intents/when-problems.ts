import { DateTime } from "luxon";

/**
 * Dates and times that cannot be: "25:00", "18:75", "-1", "31 feb", "2026-02-30", "32.13.". The date
 * parser would skip them and read the rest ("book spin tomorrow 25:00" became tomorrow's 18:00 Spin),
 * so they are found first and named back instead of being dropped.
 */
export interface WhenProblem {
  kind: "time" | "date";
  /** The words as typed (trimmed, at most 40 characters). */
  text: string;
}

const MONTHS: Array<[RegExp, number]> = [
  [/^(jan|janu?ary?|januar|j[äa]nner|janvier|enero|gennaio|januari|janeiro|tammikuu(ta)?)\.?$/, 1],
  [/^(feb|febr?|february|februar|f[ée]vrier|febrero|febbraio|februari|fevereiro|helmikuu(ta)?)\.?$/, 2],
  [/^(mar|march|m[äa]rz|maerz|mars|marzo|maart|mar[çc]o|maaliskuu(ta)?)\.?$/, 3],
  [/^(apr|april|avril|abril|aprile|huhtikuu(ta)?)\.?$/, 4],
  [/^(may|mai|mayo|maggio|mei|maio|maj|toukokuu(ta)?)\.?$/, 5],
  [/^(jun|june|juni|juin|junio|giugno|junho|kes[äa]kuu(ta)?)\.?$/, 6],
  [/^(jul|july|juli|juillet|julio|luglio|julho|hein[äa]kuu(ta)?)\.?$/, 7],
  [/^(aug|august|ao[uû]t|agosto|augustus|augusti|elokuu(ta)?)\.?$/, 8],
  [/^(sep|sept|september|septembre|septiembre|setiembre|settembre|setembro|syyskuu(ta)?)\.?$/, 9],
  [/^(oct|okt|october|oktober|octobre|octubre|ottobre|outubro|lokakuu(ta)?)\.?$/, 10],
  [/^(nov|november|novembre|noviembre|novembro|marraskuu(ta)?)\.?$/, 11],
  [/^(dec|dez|december|dezember|d[ée]cembre|diciembre|dicembre|dezembro|joulukuu(ta)?)\.?$/, 12],
];

const monthOf = (word: string): number | null => {
  const lower = word.toLowerCase();
  return MONTHS.find(([re]) => re.test(lower))?.[1] ?? null;
};

/** Is this day of this month a date in the year, or (no year given) this year or the next? */
function isDate(day: number, month: number, year: number | null, thisYear: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const years = year === null ? [thisYear, thisYear + 1] : [year];
  return years.some((y) => DateTime.fromObject({ year: y, month, day }).isValid);
}

const clip = (s: string): string => s.trim().slice(0, 40);
const EDGE_L = "(?<![\\p{L}\\p{N}:./-])";
const EDGE_R = "(?![\\p{L}\\p{N}]|[:./-]\\d)";
const re = (body: string): RegExp => new RegExp(`${EDGE_L}(?:${body})${EDGE_R}`, "giu");

const ISO = re("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
const DOTTED = re("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?");
const SLASHED = re("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?");
const DAY_MONTH = re(
  "(\\d{1,3})(?:st|nd|rd|th|er|e|º|°|\\.)?\\s+(?:of\\s+|de\\s+)?([\\p{L}]{3,12}\\.?)(?:,?\\s+(?:de\\s+)?(\\d{4}))?",
);
const MONTH_DAY = re("([\\p{L}]{3,12}\\.?)\\s+(\\d{1,3})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");
const CLOCK = re("(\\d{1,3})(?::|h|\\.)(\\d{2,3})");
const MERIDIEM = re("(\\d{1,3})\\s*(am|pm|a\\.m\\.|p\\.m\\.)");
const HOUR_WORD = re("(\\d{1,3})\\s*(?:uhr|h|heures?|horas?|hrs?|o'?clock)");
const AT_HOUR = re("(?:at|um|à|a las|alle|om|às|kl\\.?|klo|@)\\s*(\\d{1,3})");
const NEGATIVE = /(?:^|\s)(-\d+(?:[:.]\d+)?)(?=\s|$|[,!?])/u;

const year4 = (y: string | undefined): number | null =>
  y === undefined ? null : y.length === 2 ? 2000 + Number(y) : Number(y);

/** The first impossible date or time in the text, or null. `dayFirst` = 3/12 is 3 December. */
export function findWhenProblem(text: string, now: DateTime, dayFirst: boolean): WhenProblem | null {
  const thisYear = now.year;
  const dates: WhenProblem[] = [];
  const scan = (r: RegExp, check: (m: RegExpExecArray) => WhenProblem | null) => {
    for (const m of text.matchAll(r)) {
      const p = check(m as RegExpExecArray);
      if (p) dates.push(p);
    }
  };
  scan(ISO, (m) =>
    isDate(Number(m[3]), Number(m[2]), Number(m[1]), thisYear) ? null : { kind: "date", text: clip(m[0]) },
  );
  scan(DOTTED, (m) =>
    isDate(Number(m[1]), Number(m[2]), year4(m[3]), thisYear) ? null : { kind: "date", text: clip(m[0]) },
  );
  scan(SLASHED, (m) => {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [d, mo] = dayFirst ? [a, b] : [b, a];
    return isDate(d, mo, year4(m[3]), thisYear) ? null : { kind: "date", text: clip(m[0]) };
  });
  scan(DAY_MONTH, (m) => {
    const month = monthOf(m[2] ?? "");
    if (month === null) return null;
    return isDate(Number(m[1]), month, year4(m[3]), thisYear) ? null : { kind: "date", text: clip(m[0]) };
  });
  scan(MONTH_DAY, (m) => {
    const month = monthOf(m[1] ?? "");
    if (month === null) return null;
    return isDate(Number(m[2]), month, year4(m[3]), thisYear) ? null : { kind: "date", text: clip(m[0]) };
  });
  if (dates[0]) return dates[0];

  // Times: only where the text is not a date already read above ("25.11." is a date, "18.75" a time).
  const withoutDates = text.replace(ISO, " ").replace(DOTTED, (m) => (/\.\s*$|\.\d{2,4}$/.test(m) ? " " : m));
  const times: WhenProblem[] = [];
  const scanTime = (r: RegExp, bad: (m: RegExpExecArray) => boolean) => {
    for (const m of withoutDates.matchAll(r))
      if (bad(m as RegExpExecArray)) times.push({ kind: "time", text: clip(m[0]) });
  };
  scanTime(
    CLOCK,
    // A day has 00:00-23:59: "24:00" is tomorrow's 00:00, said so rather than guessed.
    (m) => Number(m[1]) > 23 || Number(m[2]) > 59 || (m[2] ?? "").length > 2,
  );
  scanTime(MERIDIEM, (m) => Number(m[1]) === 0 || Number(m[1]) > 12);
  scanTime(HOUR_WORD, (m) => Number(m[1]) > 23);
  scanTime(AT_HOUR, (m) => Number(m[1]) > 23);
  const negative = NEGATIVE.exec(withoutDates);
  if (negative?.[1]) times.push({ kind: "time", text: clip(negative[1]) });
  return times[0] ?? null;
}

/**
 * A date written with a month name, in either order and any parser language: "12 December",
 * "December 12", "dec 14", "4. Dezember", "4 de diciembre", with an optional year. chrono's English
 * read "dec 14" as December 2014 and dropped "December 12 9am" to the next 9am, so these are read
 * here. Without a year: this year's, or next year's once it has passed. Impossible ones are left
 * to findWhenProblem.
 */
export function findMonthNameDate(
  text: string,
  today: DateTime,
): { day: string; index: number; length: number } | null {
  const found: Array<{ day: string; index: number; length: number }> = [];
  const take = (
    m: RegExpMatchArray,
    dayText: string | undefined,
    monthText: string | undefined,
    yearText: string | undefined,
  ) => {
    const month = monthOf(monthText ?? "");
    const d = Number(dayText);
    if (month === null || !(d >= 1 && d <= 31)) return;
    const year = year4(yearText);
    let dt = DateTime.fromObject({ year: year ?? today.year, month, day: d }, { zone: today.zone });
    if (!dt.isValid) return;
    if (year === null && dt < today.startOf("day")) dt = dt.plus({ years: 1 });
    if (!dt.isValid) return;
    found.push({ day: dt.toFormat("yyyy-MM-dd"), index: m.index ?? 0, length: m[0].length });
  };
  for (const m of text.matchAll(DAY_MONTH)) take(m, m[1], m[2], m[3]);
  for (const m of text.matchAll(MONTH_DAY)) take(m, m[2], m[1], m[3]);
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}
