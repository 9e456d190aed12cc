import { DateTime } from "luxon";
import type { OccurrenceInfo } from "../../domain/model.ts";
import { inPeriod, matchesTime, timeInstants } from "../../domain/time/local-time.ts";
import { luxonZone } from "../../domain/time/zone-time.ts";
import type { SessionQuery } from "../../intents/intent.ts";
import type { SessionMatch } from "../../ports/booking-store.ts";

/** Does a session fit the names and time in a query? (The date range was applied by the listing.) */
export function fitsQuery(o: OccurrenceInfo, q: SessionQuery, timezone: string): boolean {
  const named = q.trainingTypeIds.length + q.templateIds.length > 0;
  if (named && !q.trainingTypeIds.includes(o.trainingTypeId) && !q.templateIds.includes(o.templateId))
    return false;
  if (q.trainerIds.length > 0 && (!o.trainerId || !q.trainerIds.includes(o.trainerId))) return false;
  if (q.time && !matchesTime(o.startsAt, timezone, q.time)) return false;
  const local = DateTime.fromJSDate(o.startsAt, { zone: luxonZone(timezone) });
  if (q.period && !inPeriod(local.hour, q.period)) return false;
  if (q.weekday && local.weekday !== q.weekday) return false;
  return true;
}

/**
 * What of a query the listing selects by itself: its names, and with a typed time the instants that
 * time falls on in its days. A session the listing returns still goes through fitsQuery (period,
 * weekday), so this only saves reading sessions that cannot fit: a busy day's other fifteen.
 */
export function matchOf(q: SessionQuery, timezone: string): SessionMatch {
  return {
    trainingTypeIds: q.trainingTypeIds,
    templateIds: q.templateIds,
    trainerIds: q.trainerIds,
    ...(q.time ? { startsAtIn: timeInstants(q.fromDay, q.toDay, timezone, q.time) } : {}),
  };
}
