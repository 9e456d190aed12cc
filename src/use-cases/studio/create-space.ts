import type { Actor } from "../../domain/model.ts";
import { requireAdmin } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";
import { cleanName, refuseClash } from "./catalog-validation.ts";

/** Admin: a room or area where sessions happen. Names are unique per organization, case-insensitively. */
export async function createSpace(deps: UseCaseDeps, actor: Actor, input: { name: string }) {
  requireAdmin(actor, "create_space");
  const name = cleanName(input.name);
  return deps.store.transaction(async (tx) => {
    refuseClash((await tx.getCatalog(actor.orgId)).spaces, name, "space");
    return tx.createSpace(actor.orgId, name);
  });
}
