import { DateTime } from "luxon";
import type { TimeToken } from "../../replies/reply.ts";

// en-US month and weekday names are fixed three-letter forms ("Sep", not en-GB's "Sept"), and the
// day-month-year order spells the date out unambiguously for every reader.
const FORMATS = {
  datetime: "ccc d LLL yyyy, HH:mm",
  date: "ccc d LLL yyyy",
  time: "HH:mm",
} as const;

/** A time inside a notice line, formatted in the organization's timezone ("Sat 21 Nov 2026, 07:00"). */
export function timeToken(time: Date, timezone: string, style: TimeToken["style"] = "datetime"): TimeToken {
  const text = DateTime.fromJSDate(time, { zone: timezone }).setLocale("en-US").toFormat(FORMATS[style]);
  return { time, style, text };
}
