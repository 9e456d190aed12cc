import { DomainError, ErrorCode } from "../domain/errors.ts";
import type { Actor } from "../domain/model.ts";
import type { ScheduleInfo } from "../ports/booking-store.ts";
import { requireAdmin, requireTrainer } from "./access.ts";
import type { UseCaseDeps } from "./deps.ts";

/** Admin: links a pass type to a closed schedule (its holders can then be enrolled). */
export async function linkPassTypeToSchedule(
  deps: UseCaseDeps,
  actor: Actor,
  input: { passTypeId: string; scheduleId: string },
) {
  requireAdmin(actor, "link_pass_type");
  return deps.store.transaction(async (tx) => {
    const type = await tx.getPassType(actor.orgId, input.passTypeId);
    const schedule = await tx.getSchedule(actor.orgId, input.scheduleId);
    if (!type || !schedule)
      throw new DomainError(ErrorCode.NotFound, { what: type ? "schedule" : "pass_type" });
    await tx.linkPassTypeToSchedule(type.id, schedule.id);
  });
}

/** Admin: removes a link; a closed schedule left with no linked pass type raises the warning again. */
export async function unlinkPassTypeFromSchedule(
  deps: UseCaseDeps,
  actor: Actor,
  input: { passTypeId: string; scheduleId: string },
) {
  requireAdmin(actor, "unlink_pass_type");
  return deps.store.transaction(async (tx) => {
    const schedule = await tx.getSchedule(actor.orgId, input.scheduleId);
    if (!schedule) throw new DomainError(ErrorCode.NotFound, { what: "schedule" });
    await tx.unlinkPassTypeFromSchedule(input.passTypeId, schedule.id);
    const orphaned = (await tx.listClosedSchedulesWithoutPass(actor.orgId)).some((s) => s.id === schedule.id);
    if (orphaned)
      await tx.addOutbox(actor.orgId, {
        kind: "schedule.no_pass_linked",
        payload: { scheduleId: schedule.id },
      });
    return { orphaned };
  });
}

/** Trainers and admins: closed schedules that no pass type is linked to ("No pass linked"). */
export async function closedSchedulesWithoutPass(deps: UseCaseDeps, actor: Actor): Promise<ScheduleInfo[]> {
  requireTrainer(actor, "closed_schedules_without_pass");
  return deps.store.transaction((tx) => tx.listClosedSchedulesWithoutPass(actor.orgId));
}
