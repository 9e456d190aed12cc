import { DateTime } from "luxon";
import type { OccurrenceInfo } from "../domain/model.ts";
import { luxonZone } from "../domain/zone-time.ts";
import type { SessionQuery } from "../intents/intent.ts";
import { matchesTime } from "../intents/parse-when.ts";
import { inPeriod } from "../intents/when-words.ts";

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
