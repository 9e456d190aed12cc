import { DomainError, ErrorCode } from "../domain/errors.ts";
import { type Actor, hasTrainerRights } from "../domain/model.ts";
import type { TemplateInfo } from "../ports/catalog-store.ts";
import { requireAdmin, requirePersonInOrg } from "./access.ts";
import { cleanName, requireInt } from "./catalog-validation.ts";
import type { UseCaseDeps } from "./deps.ts";

export interface CreateTemplateInput {
  name: string;
  description?: string;
  trainingTypeId: string;
  durationMinutes: number;
  capacity: number;
  defaultTrainerId?: string;
  defaultSpaceId?: string;
  bookingDeadlineMinutes?: number;
  cancellationDeadlineMinutes?: number;
  closed?: boolean;
}

/** Admin: a training template. Capacity 1 makes it an individual training. */
export async function createTemplate(
  deps: UseCaseDeps,
  actor: Actor,
  input: CreateTemplateInput,
): Promise<TemplateInfo> {
  requireAdmin(actor, "create_template");
  const name = cleanName(input.name);
  requireInt(input.durationMinutes, "durationMinutes", 5, 24 * 60);
  requireInt(input.capacity, "capacity", 1, 1000);
  requireInt(input.bookingDeadlineMinutes ?? 0, "bookingDeadlineMinutes", 0, 60 * 24 * 30);
  requireInt(input.cancellationDeadlineMinutes ?? 0, "cancellationDeadlineMinutes", 0, 60 * 24 * 30);
  if ((input.description ?? "").length > 2000)
    throw new DomainError(ErrorCode.InvalidInput, { field: "description", max: 2000 });
  return deps.store.transaction(async (tx) => {
    if (!(await tx.listTrainingTypes(actor.orgId)).some((t) => t.id === input.trainingTypeId)) {
      throw new DomainError(ErrorCode.NotFound, { what: "training_type" });
    }
    if (input.defaultSpaceId && !(await tx.getSpace(actor.orgId, input.defaultSpaceId))) {
      throw new DomainError(ErrorCode.NotFound, { what: "space" });
    }
    if (input.defaultTrainerId) {
      const trainer = await requirePersonInOrg(tx, actor, input.defaultTrainerId, "trainer");
      if (!hasTrainerRights(trainer.role)) throw new DomainError(ErrorCode.NotFound, { what: "trainer" });
    }
    return tx.createTemplate({
      orgId: actor.orgId,
      name,
      description: input.description?.trim() ?? "",
      trainingTypeId: input.trainingTypeId,
      durationMinutes: input.durationMinutes,
      capacity: input.capacity,
      defaultTrainerId: input.defaultTrainerId ?? null,
      defaultSpaceId: input.defaultSpaceId ?? null,
      bookingDeadlineMinutes: input.bookingDeadlineMinutes ?? 0,
      cancellationDeadlineMinutes: input.cancellationDeadlineMinutes ?? 0,
      closed: input.closed ?? false,
    });
  });
}
