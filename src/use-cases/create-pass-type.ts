import { DomainError, ErrorCode } from "../domain/errors.ts";
import type { Actor } from "../domain/model.ts";
import type { PassTypeInfo } from "../ports/catalog-store.ts";
import { requireAdmin } from "./access.ts";
import { cleanName, requireInt } from "./catalog-validation.ts";
import type { UseCaseDeps } from "./deps.ts";

/** Admin: a pass type covering training types, optionally linked to closed schedules. */
export async function createPassType(
  deps: UseCaseDeps,
  actor: Actor,
  input: {
    name: string;
    sessions: number;
    validityDays: number;
    trainingTypeIds: string[];
    scheduleIds?: string[];
  },
): Promise<PassTypeInfo> {
  requireAdmin(actor, "create_pass_type");
  const name = cleanName(input.name);
  requireInt(input.sessions, "sessions", 1, 1000);
  requireInt(input.validityDays, "validityDays", 1, 3660);
  return deps.store.transaction(async (tx) => {
    const types = new Set((await tx.listTrainingTypes(actor.orgId)).map((t) => t.id));
    if (input.trainingTypeIds.some((id) => !types.has(id)))
      throw new DomainError(ErrorCode.NotFound, { what: "training_type" });
    for (const id of input.scheduleIds ?? []) {
      if (!(await tx.getSchedule(actor.orgId, id)))
        throw new DomainError(ErrorCode.NotFound, { what: "schedule" });
    }
    return tx.createPassType({
      orgId: actor.orgId,
      name,
      sessions: input.sessions,
      validityDays: input.validityDays,
      trainingTypeIds: input.trainingTypeIds,
      scheduleIds: input.scheduleIds ?? [],
    });
  });
}
