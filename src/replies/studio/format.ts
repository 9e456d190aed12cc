import { DateTime } from "luxon";
import { formatMoney } from "../format.ts";

const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** "Mon, Wed" for ISO weekdays [1, 3]. */
export const weekdaysText = (days: number[]): string => days.map((d) => DAY_NAMES[d - 1] ?? "?").join(", ");

/** "Sun 31 Jan 2027" for "2027-01-31" (a calendar date, no zone). */
export const calendarDateText = (iso: string): string =>
  DateTime.fromISO(iso, { zone: "utc" }).setLocale("en-GB").toFormat("ccc d LLL yyyy");

/** A price as people read it: the one price format (formatMoney, src/replies/format.ts). */
export const moneyText = formatMoney;

/**
 * A price as a form's initial value ("90 EUR", "12.50 EUR"): plain digits and the currency code,
 * never the display format, because the form's answer is read back by readPrice
 * (src/intents/studio/values.ts), which takes neither "gratis" nor "1.234,50 €".
 */
export function priceInputText(cents: number, currency: string): string {
  return `${(cents / 100).toFixed(cents % 100 === 0 ? 0 : 2)} ${currency}`;
}

/** "1 h", "45 min", "1 h 30 min", "2 days" for a duration in minutes. */
export function minutesText(m: number): string {
  if (m === 0) return "none";
  if (m % 1440 === 0) return `${m / 1440} ${m === 1440 ? "day" : "days"}`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} min`;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}
