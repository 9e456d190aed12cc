import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { CatalogPassType } from "../../ports/studio-store.ts";
import { requireAdmin } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";
import { refuseClash } from "./catalog-validation.ts";
import { checkPassTypeFields, checkPassTypeRefs, type PassTypeFields } from "./pass-type-fields.ts";

/**
 * Admin: changes a pass type. Passes already held keep their sessions and validity (they were granted
 * on those terms); what the type covers and links applies to every pass of it from now on.
 */
export async function editPassType(
  deps: UseCaseDeps,
  actor: Actor,
  input: { passTypeId: string; fields: PassTypeFields },
): Promise<CatalogPassType> {
  requireAdmin(actor, "edit_pass_type");
  const f = checkPassTypeFields(input.fields);
  if (Object.keys(f).length === 0)
    throw new DomainError(ErrorCode.InvalidInput, { field: "pass_type", reason: "nothing_to_change" });
  return deps.store.transaction(async (tx) => {
    const catalog = await tx.getCatalog(actor.orgId);
    const current = catalog.passTypes.find((p) => p.id === input.passTypeId);
    if (!current) throw new DomainError(ErrorCode.NotFound, { what: "pass_type" });
    checkPassTypeRefs(catalog, f);
    if (f.name !== undefined) refuseClash(catalog.passTypes, f.name, "pass_type", current.id);
    await tx.updatePassType(current.id, f);
    return { ...current, ...f, scheduleIds: f.scheduleIds ?? current.scheduleIds };
  });
}
