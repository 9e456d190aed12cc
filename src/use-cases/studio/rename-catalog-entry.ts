import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import { requireAdmin } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";
import { cleanName, refuseClash } from "./catalog-validation.ts";

/** Admin: renames a training type or a space (the only field they have). */
export async function renameCatalogEntry(
  deps: UseCaseDeps,
  actor: Actor,
  input: { kind: "training_type" | "space"; id: string; name: string },
): Promise<{ id: string; name: string; previous: string }> {
  requireAdmin(actor, "rename");
  const name = cleanName(input.name);
  return deps.store.transaction(async (tx) => {
    const c = await tx.getCatalog(actor.orgId);
    const list = input.kind === "space" ? c.spaces : c.trainingTypes;
    const current = list.find((e) => e.id === input.id);
    if (!current) throw new DomainError(ErrorCode.NotFound, { what: input.kind });
    refuseClash(list, name, input.kind, current.id);
    if (input.kind === "space") await tx.updateSpace(current.id, { name });
    else await tx.updateTrainingType(current.id, { name });
    return { id: current.id, name, previous: current.name };
  });
}
