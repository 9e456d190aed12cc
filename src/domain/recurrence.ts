import { DateTime } from "luxon";
import rrulePkg from "rrule";

const { RRule } = rrulePkg;

/** A weekly pattern in an organization's timezone. Dates are "YYYY-MM-DD", time is "HH:MM". */
export interface WeeklyPattern {
  weekdays: number[]; // ISO: 1 = Monday ... 7 = Sunday
  startTime: string;
  startDate: string;
  endDate: string;
  timezone: string;
}

const RRULE_DAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

/**
 * The UTC start of every session of the pattern, DST-correct. rrule runs on "floating" wall-clock
 * dates (UTC fields standing for local time, the mode its docs recommend), and luxon places each
 * wall-clock time in the zone: 07:00 stays 07:00 local on both sides of a DST change. A time that
 * does not exist locally (inside a spring-forward gap) moves forward by the gap, as luxon does.
 */
export function expandWeekly(p: WeeklyPattern, limit = 1000): Date[] {
  const [h, m] = p.startTime.split(":").map(Number) as [number, number];
  const start = DateTime.fromISO(p.startDate, { zone: "utc" });
  const end = DateTime.fromISO(p.endDate, { zone: "utc" });
  const rule = new RRule({
    freq: RRule.WEEKLY,
    byweekday: p.weekdays.map((d) => {
      const day = RRULE_DAYS[d - 1];
      if (!day) throw new RangeError(`weekday ${d} is not 1 (Monday) to 7 (Sunday)`);
      return day;
    }),
    dtstart: new Date(Date.UTC(start.year, start.month - 1, start.day, h, m)),
    until: new Date(Date.UTC(end.year, end.month - 1, end.day, 23, 59, 59)),
    count: limit,
  });
  return rule.all().map((floating) =>
    DateTime.fromObject(
      {
        year: floating.getUTCFullYear(),
        month: floating.getUTCMonth() + 1,
        day: floating.getUTCDate(),
        hour: floating.getUTCHours(),
        minute: floating.getUTCMinutes(),
      },
      { zone: p.timezone },
    ).toJSDate(),
  );
}
