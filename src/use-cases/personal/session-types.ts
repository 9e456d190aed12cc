import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { SessionType, SessionTypeFields } from "../../domain/personal/model.ts";
import { type RawSessionType, validateSessionType } from "../../domain/personal/session-type-rules.ts";
import type { PersonalTx } from "../../ports/personal-store.ts";
import { enabledSettings, type PersonalDeps, requireAdmin, visibleTo } from "./deps.ts";

export interface SessionTypeInput extends RawSessionType {
  /** Which trainers offer it (person ids of trainers or admins); absent on edit = unchanged. */
  trainerIds?: string[];
}

async function checkedTrainers(tx: PersonalTx, orgId: string, ids: string[]): Promise<string[]> {
  const trainers = new Set((await tx.listTrainers(orgId)).map((t) => t.id));
  const unique = [...new Set(ids)];
  if (unique.some((id) => !trainers.has(id)))
    throw new DomainError(ErrorCode.InvalidInput, {
      field: "trainers",
      allowed: "trainers or admins of this studio",
    });
  return unique;
}

function requireTrainerIfActive(f: SessionTypeFields): void {
  if (f.status === "active" && f.trainerIds.length === 0)
    throw new DomainError(ErrorCode.InvalidInput, {
      field: "trainers",
      allowed: "at least one trainer before the type is active",
    });
}

/** Admins create a session type; every field is validated and refused with its allowed values. */
export async function createSessionType(
  deps: PersonalDeps,
  actor: Actor,
  input: SessionTypeInput,
): Promise<SessionType> {
  requireAdmin(actor, "personal_type_create");
  const fields = validateSessionType(input);
  return deps.personal.transaction(async (tx) => {
    const f = { ...fields, trainerIds: await checkedTrainers(tx, actor.orgId, input.trainerIds ?? []) };
    requireTrainerIfActive(f);
    if ((await tx.listSessionTypes(actor.orgId)).some((t) => t.name.toLowerCase() === f.name.toLowerCase()))
      throw new DomainError(ErrorCode.Conflict, { what: "session_type", name: f.name });
    return tx.createSessionType(actor.orgId, f);
  });
}

/** Admins edit a session type: only the given fields change, each validated like on create. */
export async function editSessionType(
  deps: PersonalDeps,
  actor: Actor,
  sessionTypeId: string,
  input: SessionTypeInput,
): Promise<SessionType> {
  requireAdmin(actor, "personal_type_edit");
  return deps.personal.transaction(async (tx) => {
    const cur = await tx.getSessionType(actor.orgId, sessionTypeId);
    if (!cur) throw new DomainError(ErrorCode.NotFound, { what: "session_type", sessionTypeId });
    const fields = validateSessionType(input, cur);
    const trainerIds = input.trainerIds
      ? await checkedTrainers(tx, actor.orgId, input.trainerIds)
      : cur.trainerIds;
    const f = { ...fields, trainerIds };
    requireTrainerIfActive(f);
    const clash = (await tx.listSessionTypes(actor.orgId)).find(
      (t) => t.id !== cur.id && t.name.toLowerCase() === f.name.toLowerCase(),
    );
    if (clash) throw new DomainError(ErrorCode.Conflict, { what: "session_type", name: f.name });
    return tx.updateSessionType(actor.orgId, cur.id, f);
  });
}

/** The types the actor may see: all for staff, Active ones their access level admits for members. */
export async function listSessionTypes(
  deps: PersonalDeps,
  actor: Actor,
): Promise<{ types: SessionType[]; showOnMemberList: boolean; paymentMethods: string[] }> {
  return deps.personal.transaction(async (tx) => {
    const settings = await enabledSettings(tx, actor);
    const pass = await tx.holdsValidPass(actor.orgId, actor.personId, deps.clock.now());
    const types = (await tx.listSessionTypes(actor.orgId)).filter((t) => visibleTo(t, settings, actor, pass));
    return { types, showOnMemberList: settings.showOnMemberList, paymentMethods: settings.paymentMethods };
  });
}
