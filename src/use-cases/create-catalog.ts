import { DomainError, ErrorCode } from "../domain/errors.ts";
import { type Actor, hasTrainerRights } from "../domain/model.ts";
import type { PassTypeInfo } from "../ports/booking-store.ts";
import type { TemplateInfo } from "../ports/catalog-store.ts";
import { requireAdmin, requirePersonInOrg } from "./access.ts";
import type { UseCaseDeps } from "./deps.ts";

const NAME_MAX = 80;

export function cleanName(raw: string, field = "name"): string {
  const name = raw.replace(/\s+/g, " ").trim();
  if (name.length === 0 || name.length > NAME_MAX)
    throw new DomainError(ErrorCode.InvalidInput, { field, max: NAME_MAX });
  return name;
}

function requireInt(value: number, field: string, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new DomainError(ErrorCode.InvalidInput, { field, min, max });
}

/** Admin: a training type (what passes apply to). Names are unique per organization, case-insensitively. */
export async function createTrainingType(deps: UseCaseDeps, actor: Actor, input: { name: string }) {
  requireAdmin(actor, "create_training_type");
  const name = cleanName(input.name);
  return deps.store.transaction(async (tx) => {
    if (await tx.findTrainingTypeByName(actor.orgId, name))
      throw new DomainError(ErrorCode.Conflict, { what: "training_type", name });
    return tx.createTrainingType(actor.orgId, name);
  });
}

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

/** Admin: a pass type covering training types, optionally linked to closed schedules. */
export async function createPassType(
  deps: UseCaseDeps,
  actor: Actor,
  input: {
    name: string;
    sessions: number;
    validityDays: number;
    trainingTypeIds: string[];
    scheduleIds?: string[];
  },
): Promise<PassTypeInfo> {
  requireAdmin(actor, "create_pass_type");
  const name = cleanName(input.name);
  requireInt(input.sessions, "sessions", 1, 1000);
  requireInt(input.validityDays, "validityDays", 1, 3660);
  return deps.store.transaction(async (tx) => {
    const types = new Set((await tx.listTrainingTypes(actor.orgId)).map((t) => t.id));
    if (input.trainingTypeIds.some((id) => !types.has(id)))
      throw new DomainError(ErrorCode.NotFound, { what: "training_type" });
    for (const id of input.scheduleIds ?? []) {
      if (!(await tx.getSchedule(actor.orgId, id)))
        throw new DomainError(ErrorCode.NotFound, { what: "schedule" });
    }
    return tx.createPassType({
      orgId: actor.orgId,
      name,
      sessions: input.sessions,
      validityDays: input.validityDays,
      trainingTypeIds: input.trainingTypeIds,
      scheduleIds: input.scheduleIds ?? [],
    });
  });
}
