import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { TemplateInfo } from "../../ports/catalog-store.ts";
import { requireAdmin } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";
import { refuseClash } from "./catalog-validation.ts";
import { checkTemplateFields, checkTemplateRefs, type TemplateFields } from "./template-fields.ts";

export interface CreateTemplateInput extends TemplateFields {
  name: string;
  trainingTypeId: string;
  durationMinutes: number;
  /** Required unless individual (capacity 1). */
  capacity?: number;
}

/** Admin: a training template. Capacity 1 (or individual) makes it an individual training. */
export async function createTemplate(
  deps: UseCaseDeps,
  actor: Actor,
  input: CreateTemplateInput,
): Promise<TemplateInfo> {
  requireAdmin(actor, "create_template");
  const f = checkTemplateFields(input);
  if (f.capacity === undefined)
    throw new DomainError(ErrorCode.InvalidInput, { field: "capacity", min: 1, max: 1000 });
  return deps.store.transaction(async (tx) => {
    await checkTemplateRefs(tx, actor, f);
    const name = f.name ?? input.name;
    refuseClash((await tx.getCatalog(actor.orgId)).templates, name, "template");
    return tx.createTemplate({
      orgId: actor.orgId,
      name,
      description: f.description ?? "",
      trainingTypeId: input.trainingTypeId,
      durationMinutes: input.durationMinutes,
      capacity: f.capacity ?? 1,
      defaultTrainerId: f.defaultTrainerId ?? null,
      defaultSpaceId: f.defaultSpaceId ?? null,
      bookingDeadlineMinutes: f.bookingDeadlineMinutes ?? 0,
      cancellationDeadlineMinutes: f.cancellationDeadlineMinutes ?? 0,
      closed: f.closed ?? false,
    });
  });
}
