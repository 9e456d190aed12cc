import { DomainError, ErrorCode } from "../domain/errors.ts";
import type { Actor } from "../domain/model.ts";
import { requireAdmin } from "./access.ts";
import { cleanName } from "./catalog-validation.ts";
import type { UseCaseDeps } from "./deps.ts";

/** Admin: a room or area where sessions happen. */
export async function createSpace(deps: UseCaseDeps, actor: Actor, input: { name: string }) {
  requireAdmin(actor, "create_space");
  const name = cleanName(input.name);
  return deps.store.transaction(async (tx) => {
    if ((await tx.listSpaces(actor.orgId)).some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new DomainError(ErrorCode.Conflict, { what: "space", name });
    }
    return tx.createSpace(actor.orgId, name);
  });
}
