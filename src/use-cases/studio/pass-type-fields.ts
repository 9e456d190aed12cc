import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Catalog, CatalogPassType } from "../../ports/studio-store.ts";
import { cleanName, requireCurrency, requireInt } from "./catalog-validation.ts";

export const PASS_TYPE_LIMITS = {
  sessions: [1, 1000],
  validityDays: [1, 3660],
  priceCents: [0, 100_000_000],
} as const;

/** Every editable field of a pass type; absent = unchanged (edit) or default (create). */
export interface PassTypeFields {
  name?: string;
  sessions?: number;
  validityDays?: number;
  /** Minor units (cents). */
  priceCents?: number;
  currency?: string;
  trainingTypeIds?: string[];
  /** Closed schedules whose members this pass enrols. */
  scheduleIds?: string[];
}

export type CheckedPassType = Partial<
  Pick<CatalogPassType, "name" | "sessions" | "validityDays" | "priceCents" | "currency" | "trainingTypeIds">
> & { scheduleIds?: string[] };

/** Field by field, in form order; nothing is clamped. */
export function checkPassTypeFields(f: PassTypeFields): CheckedPassType {
  const out: CheckedPassType = {};
  if (f.name !== undefined) out.name = cleanName(f.name);
  for (const key of ["sessions", "validityDays", "priceCents"] as const) {
    const v = f[key];
    if (v === undefined) continue;
    requireInt(v, key, PASS_TYPE_LIMITS[key][0], PASS_TYPE_LIMITS[key][1]);
    out[key] = v;
  }
  if (f.currency !== undefined) out.currency = requireCurrency(f.currency);
  if (f.trainingTypeIds !== undefined) out.trainingTypeIds = [...new Set(f.trainingTypeIds)];
  if (f.scheduleIds !== undefined) out.scheduleIds = [...new Set(f.scheduleIds)];
  return out;
}

/** Covered types must be live types of the organization; linked schedules live closed schedules. */
// A pass type may cover nothing yet and be linked to a closed schedule afterwards (/linkpass).
export function checkPassTypeRefs(c: Catalog, f: CheckedPassType): void {
  for (const id of f.trainingTypeIds ?? [])
    if (!c.trainingTypes.some((t) => t.id === id && !t.archived))
      throw new DomainError(ErrorCode.NotFound, { what: "training_type" });
  for (const id of f.scheduleIds ?? []) {
    const s = c.schedules.find((x) => x.id === id && !x.archived);
    if (!s) throw new DomainError(ErrorCode.NotFound, { what: "schedule" });
    if (!s.closed)
      throw new DomainError(ErrorCode.InvalidInput, { field: "schedules", reason: "not_closed" });
  }
}
