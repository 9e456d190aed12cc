import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import { expandWeekly } from "../../domain/recurrence.ts";
import type { ScheduleInfo } from "../../ports/catalog-store.ts";
import { requireAdmin } from "../access.ts";
import { guardClashes } from "../booking/calendar-clashes.ts";
import type { UseCaseDeps } from "../deps.ts";
import { checkPattern, type PatternInput } from "./schedule-pattern.ts";

export interface CreateScheduleInput extends PatternInput {
  templateId: string;
  /** Make the sessions although some clash with another session's trainer or space (recorded). */
  bookAnyway?: boolean;
}

/**
 * Admin: a weekly schedule of a template, expanded into sessions in the organization's timezone
 * (DST-correct). Sessions that would already have begun are not made: a schedule created today starts
 * with its first session still ahead. A closed schedule created with no linked pass type raises the
 * "No pass linked" warning.
 */
export async function createSchedule(
  deps: UseCaseDeps,
  actor: Actor,
  input: CreateScheduleInput,
): Promise<{ schedule: ScheduleInfo; occurrences: number; firstStartsAt: Date | null }> {
  requireAdmin(actor, "create_schedule");
  const pattern = checkPattern(input);
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const org = await tx.getOrganization(actor.orgId);
    const template = (await tx.getCatalog(actor.orgId)).templates.find((t) => t.id === input.templateId);
    if (!org || !template || template.archived)
      throw new DomainError(ErrorCode.NotFound, { what: "template" });
    const starts = expandWeekly({ ...pattern, timezone: org.timezone }).filter((s) => s > now);
    // No double-booking: every clash is reported (which dates, who or what) before anything is made.
    const slot = (startsAt: Date) => ({
      startsAt,
      durationMinutes: template.durationMinutes,
      trainerId: template.defaultTrainerId,
      spaceId: template.defaultSpaceId,
    });
    await guardClashes(tx, actor, starts.map(slot), { bookAnyway: input.bookAnyway });
    const schedule = await tx.createSchedule({ orgId: actor.orgId, templateId: template.id, ...pattern });
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
    return { schedule, occurrences: inserted, firstStartsAt: starts[0] ?? null };
  });
}
