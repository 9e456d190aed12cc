import { DateTime } from "luxon";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import { requireDate, requireInt, requireTime, requireWeekdays } from "./catalog-validation.ts";

/** Occurrences are materialised up to this far ahead (overrides then touch one row only). */
export const MAX_SCHEDULE_DAYS = 400;
export const MAX_SCHEDULE_WEEKS = Math.floor(MAX_SCHEDULE_DAYS / 7);

/** A weekly pattern as typed: an end date, or a number of weeks from the start date. */
export interface PatternInput {
  weekdays: number[];
  startTime: string;
  startDate: string;
  endDate?: string;
  weeks?: number;
}

export interface Pattern {
  weekdays: number[];
  startTime: string;
  startDate: string;
  endDate: string;
}

/** Checks a pattern field by field; "N weeks" ends the day before the same weekday N weeks later. */
export function checkPattern(p: PatternInput): Pattern {
  const weekdays = requireWeekdays(p.weekdays);
  const startTime = requireTime(p.startTime);
  const startDate = requireDate(p.startDate, "startDate");
  const start = DateTime.fromISO(startDate, { zone: "utc" });
  let endDate: string;
  if (p.weeks !== undefined) {
    requireInt(p.weeks, "weeks", 1, MAX_SCHEDULE_WEEKS);
    endDate = start.plus({ weeks: p.weeks }).minus({ days: 1 }).toISODate() ?? startDate;
  } else if (p.endDate !== undefined) {
    endDate = requireDate(p.endDate, "endDate");
  } else {
    throw new DomainError(ErrorCode.InvalidInput, { field: "endDate", format: "YYYY-MM-DD" });
  }
  const end = DateTime.fromISO(endDate, { zone: "utc" });
  if (end < start)
    throw new DomainError(ErrorCode.InvalidInput, { field: "endDate", reason: "before_start" });
  if (end.diff(start, "days").days > MAX_SCHEDULE_DAYS)
    throw new DomainError(ErrorCode.InvalidInput, {
      field: "endDate",
      reason: "too_far",
      maxDays: MAX_SCHEDULE_DAYS,
    });
  return { weekdays, startTime, startDate, endDate };
}
