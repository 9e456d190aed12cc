import type { Period } from "../domain/time/local-time.ts";

/**
 * Relative days ("the day after tomorrow") and parts of the day ("evening") in every language the
 * date parser reads (en, de, fr, es, it, nl, pt, sv, fi). chrono knows some of these in some
 * languages only (it read "après-demain" as tomorrow and "overmorgen" not at all), so they are read
 * here first, the same way whatever verb comes before them.
 */

interface DayWord {
  re: RegExp;
  offset: number;
  period?: Period;
}

// Longest phrases first: "day after tomorrow" before "tomorrow", "übermorgen" before "morgen".
// (?<![\p{L}]) and (?![\p{L}]) are word edges that also hold next to accented letters.
const w = (alternatives: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "iu");

const DAY_WORDS: DayWord[] = [
  {
    re: w(
      "(?:the )?day after tomorrow|(?:the )?day after tmrw|overmorrow|übermorgen|uebermorgen|ubermorgen|apr[eè]s[- ]demain|pasado ma[nñ]ana|dopodomani|overmorgen|depois de amanh[aã]|(?:i )?[öo]vermorgon|ylihuomenna",
    ),
    offset: 2,
  },
  {
    re: w(
      "tonight|tonite|heute ?abend|ce soir|esta noche|stasera|vanavond|hoje [àa] noite|ikv[äa]ll|t[äa]n[äa] iltana",
    ),
    offset: 0,
    period: "evening",
  },
  {
    re: w(
      "this morning|heute morgen|heute fr[üu]h|ce matin|esta ma[nñ]ana|stamattina|vanochtend|i morse|t[äa]n[äa] aamuna",
    ),
    offset: 0,
    period: "morning",
  },
  {
    re: w(
      "this afternoon|heute nachmittag|cet apr[eè]s-midi|esta tarde|oggi pomeriggio|vanmiddag|i eftermiddag",
    ),
    offset: 0,
    period: "afternoon",
  },
  {
    re: w(
      "morgen fr[üu]h|demain matin|ma[nñ]ana por la ma[nñ]ana|domani mattina|morgenochtend|amanh[aã] de manh[aã]|imorgon bitti",
    ),
    offset: 1,
    period: "morning",
  },
  {
    re: w(
      "morgen abend|demain soir|ma[nñ]ana por la noche|domani sera|morgenavond|amanh[aã] [àa] noite|imorgon kv[äa]ll",
    ),
    offset: 1,
    period: "evening",
  },
  {
    re: w("today|tdy|2day|heute|aujourd ?hui|aujourd'hui|hoy|oggi|vandaag|hoje|idag|i dag|t[äa]n[äa][äa]n"),
    offset: 0,
  },
  {
    re: w(
      "tomorrow|tomorow|tommorow|tommorrow|tomorrw|tmrw|tmrow|tmr|tmw|2moro|2morrow|morgen|demain|ma[nñ]ana|domani|amanh[aã]|imorgon|i morgon|huomenna",
    ),
    offset: 1,
  },
];

// "am Morgen", "por la mañana": the same words as "tomorrow" that mean the morning instead.
const MORNING_NOT_TOMORROW =
  /(?<![\p{L}])(?:am|jeden|guten|des|por la|de la|la|cada)\s+(?:morgen|ma[nñ]ana)(?![\p{L}])/iu;

const PERIOD_WORDS: Array<{ re: RegExp; period: Period }> = [
  {
    re: w(
      "in the morning|mornings?|morn|am morgen|morgens|vormittags?|fr[üu]h|le matin|du matin|matin|matin[ée]e|por la ma[nñ]ana|de la ma[nñ]ana|mattina|di mattina|ochtend|'?s ochtends|de manh[aã]|manh[aã]|p[åa] morgonen|morgon|f[öo]rmiddag|aamulla|aamup[äa]iv[äa]ll[äa]|aamu",
    ),
    period: "morning",
  },
  {
    re: w(
      "in the afternoon|afternoons?|nachmittags?|l'apr[eè]s-midi|apr[eè]s-midi|apr[eè]s midi|por la tarde|de la tarde|tarde|pomeriggio|di pomeriggio|'?s middags|middag|[àa] tarde|p[åa] eftermiddagen|eftermiddag|iltap[äa]iv[äa]ll[äa]|iltap[äa]iv[äa]",
    ),
    period: "afternoon",
  },
  {
    re: w(
      "in the evening|evenings?|eve|at night|night|abends?|am abend|le soir|du soir|soir[ée]e|soir|por la noche|de la noche|noche|di sera|sera|'?s avonds|avond|[àa] noite|noite|p[åa] kv[äa]llen|kv[äa]ll|illalla|ilta",
    ),
    period: "evening",
  },
];

export interface Found<T> {
  value: T;
  index: number;
  length: number;
}

/** "tomorrow", "übermorgen", "ce soir": the day offset from today (and a part of the day if said). */
export function findRelativeDay(text: string): Found<{ offset: number; period?: Period }> | null {
  const guarded = text.replace(MORNING_NOT_TOMORROW, (m) => m.replace(/\S/g, "_"));
  for (const d of DAY_WORDS) {
    const m = d.re.exec(guarded);
    if (m)
      return {
        value: { offset: d.offset, ...(d.period ? { period: d.period } : {}) },
        index: m.index,
        length: m[0].length,
      };
  }
  return null;
}

/** "evening", "abends", "du matin": a part of the day, which narrows the time. */
export function findPeriod(text: string): Found<Period> | null {
  let best: Found<Period> | null = null;
  for (const p of PERIOD_WORDS) {
    const m = p.re.exec(text);
    if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length)))
      best = { value: p.period, index: m.index, length: m[0].length };
  }
  return best;
}

// Noon is a time, not a part of the day: "pilates tuesday noon", "mardi midi", "mittags", "a mediodía".
const NOON = w(
  "at noon|noon|midday|12 noon|at lunchtime|lunchtime|at lunch|mittags?|zu mittag|um mittag|[àa] midi|midi|al mediod[íi]a|a mediod[íi]a|mediod[íi]a|a mezzogiorno|mezzogiorno|om 12 uur 's middags",
);

/** "noon", "midi", "mittags", "mediodía": 12:00. */
export function findNoon(text: string): Found<true> | null {
  const m = NOON.exec(text);
  return m ? { value: true, index: m.index, length: m[0].length } : null;
}
