import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import { requireAdmin } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";

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
