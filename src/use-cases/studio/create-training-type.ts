import type { Actor } from "../../domain/model.ts";
import { requireAdmin } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";
import { cleanName, refuseClash } from "./catalog-validation.ts";

/** Admin: a training type (what passes apply to). Names are unique per organization, case-insensitively. */
export async function createTrainingType(deps: UseCaseDeps, actor: Actor, input: { name: string }) {
  requireAdmin(actor, "create_training_type");
  const name = cleanName(input.name);
  return deps.store.transaction(async (tx) => {
    refuseClash((await tx.getCatalog(actor.orgId)).trainingTypes, name, "training_type");
    return tx.createTrainingType(actor.orgId, name);
  });
}
