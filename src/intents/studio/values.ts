/**
 * Typed values of studio fields, read forgivingly but never guessed: what cannot be read becomes NaN
 * (or an empty list), so the use case refuses it naming the field and its allowed values.
 */

/** "60", "60m", "90 min", "1h", "1h30", "1.5h", "2 days", "none" -> minutes. */
export function readMinutes(text: string): number {
  const t = text.trim().toLowerCase();
  if (/^(none|no|0|off)$/.test(t)) return 0;
  const m =
    /^(\d+(?:[.,]\d+)?)\s*(m|min|mins|minutes?|h|hrs?|hours?|d|days?)?\s*(?:(\d{1,2})\s*(?:m|min|mins|minutes?)?)?$/.exec(
      t,
    );
  if (!m) return Number.NaN;
  const n = Number((m[1] ?? "").replace(",", "."));
  const unit = (m[2] ?? "m")[0];
  const extra = m[3] ? Number(m[3]) : 0;
  const minutes = unit === "h" ? n * 60 + extra : unit === "d" ? n * 1440 : n;
  return extra > 0 && unit !== "h" ? Number.NaN : minutes;
}

/** A whole number as typed ("12"); anything else is NaN. */
export function readWhole(text: string): number {
  const t = text.trim();
  return /^-?\d{1,9}$/.test(t) ? Number(t) : Number.NaN;
}

const DAYS: Array<[RegExp, number]> = [
  [/^mo/, 1],
  [/^tu/, 2],
  [/^we/, 3],
  [/^th/, 4],
  [/^fr/, 5],
  [/^sa/, 6],
  [/^su/, 7],
];

/** "mon, wed, fri", "tue thu", "weekdays", "daily" -> ISO weekdays; a word that is no day gives []. */
export function readWeekdays(text: string): number[] {
  const t = text.trim().toLowerCase();
  if (t === "daily" || t === "every day") return [1, 2, 3, 4, 5, 6, 7];
  if (t === "weekdays") return [1, 2, 3, 4, 5];
  if (t === "weekends" || t === "weekend") return [6, 7];
  const words = t.split(/[\s,;/&+]+|\band\b/).filter(Boolean);
  const days = words.map((w) => DAYS.find(([re]) => re.test(w))?.[1]);
  if (days.length === 0 || days.some((d) => d === undefined)) return [];
  return [...new Set(days as number[])].sort((a, b) => a - b);
}

/** "7:00", "07.00", "7h30", "7pm", "19:30" -> "HH:MM"; otherwise the text as typed (refused later). */
export function readTime(text: string): string {
  const t = text.trim().toLowerCase();
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?$/.exec(t);
  if (!m) return t;
  let h = Number(m[1]);
  const min = m[2] ?? "00";
  if (m[3] === "pm" && h < 12) h += 12;
  if (m[3] === "am" && h === 12) h = 0;
  if (!m[2] && !m[3]) return t;
  return `${String(h).padStart(2, "0")}:${min}`;
}

/** yes/no words; undefined when it is neither. */
export function readYesNo(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (["yes", "y", "true", "on", "closed", "1"].includes(t)) return true;
  if (["no", "n", "false", "off", "open", "0"].includes(t)) return false;
  return undefined;
}

const SYMBOLS: Record<string, string> = { "€": "EUR", "£": "GBP", $: "USD" };

/** "90", "90 EUR", "€12.50", "EUR 12,50", "free" -> cents and currency (when named). */
export function readPrice(text: string): { cents: number; currency?: string } {
  const t = text.trim();
  if (/^free$/i.test(t)) return { cents: 0 };
  const m = /^([€£$]|[A-Za-z]{3})?\s*(\d{1,9}(?:[.,]\d{1,2})?)\s*([€£$]|[A-Za-z]{3})?$/.exec(t);
  if (!m) return { cents: Number.NaN };
  const cur = m[1] ?? m[3];
  const amount = Number((m[2] ?? "").replace(",", "."));
  const currency = cur ? (SYMBOLS[cur] ?? cur.toUpperCase()) : undefined;
  return { cents: Math.round(amount * 100), ...(currency ? { currency } : {}) };
}

/** "Yoga, Spin and Pilates" -> ["Yoga", "Spin", "Pilates"]. */
export const readList = (text: string): string[] =>
  text
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
