import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import { requireAdmin } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";

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
