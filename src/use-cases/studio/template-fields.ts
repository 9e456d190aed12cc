import { DomainError, ErrorCode } from "../../domain/errors.ts";
import { type Actor, hasTrainerRights } from "../../domain/model.ts";
import type { BookingTx } from "../../ports/booking-store.ts";
import type { CatalogTemplate } from "../../ports/studio-store.ts";
import { requirePersonInOrg } from "../access.ts";
import { cleanName, requireDescription, requireInt } from "./catalog-validation.ts";

/** The limits of a template's fields (the refusals quote them). */
export const TEMPLATE_LIMITS = {
  durationMinutes: [5, 24 * 60],
  capacity: [1, 1000],
  bookingDeadlineMinutes: [0, 60 * 24 * 30],
  cancellationDeadlineMinutes: [0, 60 * 24 * 30],
} as const;

/** Every editable field of a template; absent = unchanged (edit) or default (create). */
export interface TemplateFields {
  name?: string;
  description?: string;
  trainingTypeId?: string;
  durationMinutes?: number;
  capacity?: number;
  /** null clears the default. */
  defaultTrainerId?: string | null;
  defaultSpaceId?: string | null;
  bookingDeadlineMinutes?: number;
  cancellationDeadlineMinutes?: number;
  closed?: boolean;
  /** true sets capacity 1 (an individual training). */
  individual?: boolean;
}

type Checked = Partial<Omit<CatalogTemplate, "id" | "orgId">>;

/** Checks the fields without I/O, in form order, so the first bad field is the one named. */
export function checkTemplateFields(f: TemplateFields): Checked {
  const out: Checked = {};
  if (f.name !== undefined) out.name = cleanName(f.name);
  if (f.description !== undefined) out.description = requireDescription(f.description);
  if (f.trainingTypeId !== undefined) out.trainingTypeId = f.trainingTypeId;
  for (const key of [
    "durationMinutes",
    "capacity",
    "bookingDeadlineMinutes",
    "cancellationDeadlineMinutes",
  ] as const) {
    const v = f[key];
    if (v === undefined) continue;
    requireInt(v, key, TEMPLATE_LIMITS[key][0], TEMPLATE_LIMITS[key][1]);
    out[key] = v;
  }
  if (f.individual === true) {
    if (f.capacity !== undefined && f.capacity !== 1)
      throw new DomainError(ErrorCode.InvalidInput, { field: "capacity", reason: "individual_is_one" });
    out.capacity = 1;
  }
  if (f.defaultTrainerId !== undefined) out.defaultTrainerId = f.defaultTrainerId;
  if (f.defaultSpaceId !== undefined) out.defaultSpaceId = f.defaultSpaceId;
  if (f.closed !== undefined) out.closed = f.closed;
  return out;
}

/** Checks the references of the fields against the organization (unarchived types and spaces, trainers). */
export async function checkTemplateRefs(tx: BookingTx, actor: Actor, f: Checked): Promise<void> {
  const catalog = await tx.getCatalog(actor.orgId);
  if (
    f.trainingTypeId !== undefined &&
    !catalog.trainingTypes.some((t) => t.id === f.trainingTypeId && !t.archived)
  )
    throw new DomainError(ErrorCode.NotFound, { what: "training_type" });
  if (f.defaultSpaceId && !catalog.spaces.some((s) => s.id === f.defaultSpaceId && !s.archived))
    throw new DomainError(ErrorCode.NotFound, { what: "space" });
  if (f.defaultTrainerId) {
    const trainer = await requirePersonInOrg(tx, actor, f.defaultTrainerId, "trainer");
    if (!hasTrainerRights(trainer.role)) throw new DomainError(ErrorCode.NotFound, { what: "trainer" });
  }
}
