import { DateTime } from "luxon";
import { DomainError, ErrorCode } from "../domain/errors.ts";
import type { Actor } from "../domain/model.ts";
import { expandWeekly } from "../domain/recurrence.ts";
import type { ScheduleInfo } from "../ports/catalog-store.ts";
import { requireAdmin } from "./access.ts";
import type { UseCaseDeps } from "./deps.ts";

/** Occurrences are materialised up to this far ahead (overrides then touch one row only). */
const MAX_SCHEDULE_DAYS = 400;

export interface CreateScheduleInput {
  templateId: string;
  weekdays: number[];
  startTime: string;
  startDate: string;
  endDate: string;
}

/**
 * Admin: a weekly schedule of a template, expanded into sessions in the organization's timezone
 * (DST-correct). A closed schedule created with no linked pass type raises the "No pass linked" warning.
 */
export async function createSchedule(
  deps: UseCaseDeps,
  actor: Actor,
  input: CreateScheduleInput,
): Promise<{ schedule: ScheduleInfo; occurrences: number }> {
  requireAdmin(actor, "create_schedule");
  validate(input);
  return deps.store.transaction(async (tx) => {
    const org = await tx.getOrganization(actor.orgId);
    const template = await tx.getTemplate(actor.orgId, input.templateId);
    if (!org || !template) throw new DomainError(ErrorCode.NotFound, { what: "template" });
    const schedule = await tx.createSchedule({
      orgId: actor.orgId,
      ...input,
      weekdays: [...new Set(input.weekdays)].sort(),
    });
    const starts = expandWeekly({ ...input, timezone: org.timezone });
    const inserted = await tx.insertOccurrences(
      starts.map((startsAt) => ({
        orgId: actor.orgId,
        templateId: template.id,
        scheduleId: schedule.id,
        slotStartsAt: startsAt,
        startsAt,
        durationMinutes: template.durationMinutes,
        capacity: template.capacity,
        trainerId: template.defaultTrainerId,
        spaceId: template.defaultSpaceId,
      })),
    );
    if (template.closed) {
      await tx.addOutbox(actor.orgId, {
        kind: "schedule.no_pass_linked",
        payload: { scheduleId: schedule.id },
      });
    }
    return { schedule, occurrences: inserted };
  });
}

function validate(input: CreateScheduleInput): void {
  const bad = (field: string, reason: string) => new DomainError(ErrorCode.InvalidInput, { field, reason });
  if (input.weekdays.length === 0 || input.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
    throw bad("weekdays", "1_to_7");
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(input.startTime)) throw bad("startTime", "HH:MM");
  const start = DateTime.fromISO(input.startDate, { zone: "utc" });
  const end = DateTime.fromISO(input.endDate, { zone: "utc" });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.startDate) || !start.isValid) throw bad("startDate", "YYYY-MM-DD");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.endDate) || !end.isValid) throw bad("endDate", "YYYY-MM-DD");
  if (end < start) throw bad("endDate", "before_start");
  if (end.diff(start, "days").days > MAX_SCHEDULE_DAYS) throw bad("endDate", "too_far");
}
