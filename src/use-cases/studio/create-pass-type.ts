import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { CatalogPassType } from "../../ports/studio-store.ts";
import { requireAdmin } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";
import { refuseClash } from "./catalog-validation.ts";
import { checkPassTypeFields, checkPassTypeRefs, type PassTypeFields } from "./pass-type-fields.ts";

export interface CreatePassTypeInput extends PassTypeFields {
  name: string;
  sessions: number;
  validityDays: number;
  trainingTypeIds: string[];
}

/** Admin: a pass type with a price, covering training types, optionally linked to closed schedules. */
export async function createPassType(
  deps: UseCaseDeps,
  actor: Actor,
  input: CreatePassTypeInput,
): Promise<CatalogPassType> {
  requireAdmin(actor, "create_pass_type");
  const f = checkPassTypeFields({
    priceCents: 0,
    currency: "EUR",
    ...input,
    scheduleIds: input.scheduleIds ?? [],
  });
  return deps.store.transaction(async (tx) => {
    const catalog = await tx.getCatalog(actor.orgId);
    checkPassTypeRefs(catalog, f);
    if (!f.name) throw new DomainError(ErrorCode.InvalidInput, { field: "name", format: "text", max: 80 });
    refuseClash(catalog.passTypes, f.name, "pass_type");
    const created = await tx.createPassType({
      orgId: actor.orgId,
      name: f.name,
      sessions: input.sessions,
      validityDays: input.validityDays,
      trainingTypeIds: f.trainingTypeIds ?? [],
      scheduleIds: f.scheduleIds ?? [],
      priceCents: f.priceCents ?? 0,
      currency: f.currency ?? "EUR",
    });
    return { ...created, priceCents: f.priceCents ?? 0, currency: f.currency ?? "EUR" };
  });
}
