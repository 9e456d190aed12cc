import { DomainError, ErrorCode } from "../../domain/errors.ts";
import { type Actor, hasTrainerRights } from "../../domain/model.ts";
import { effectiveAccess, type PersonalSettings, type SessionType } from "../../domain/personal/model.ts";
import type { Clock } from "../../ports/clock.ts";
import type { CalendarFeedFetcher, PersonalStore, PersonalTx } from "../../ports/personal-store.ts";

/** What the personal-session use cases need: their store, the clock, and (feeds) a fetcher. */
export interface PersonalDeps {
  personal: PersonalStore;
  clock: Clock;
  fetcher?: CalendarFeedFetcher;
}

export function requireAdmin(actor: Actor, action: string): void {
  if (actor.role !== "admin") throw new DomainError(ErrorCode.NotAllowed, { action, role: actor.role });
}

export function requireTrainer(actor: Actor, action: string): void {
  if (!hasTrainerRights(actor.role))
    throw new DomainError(ErrorCode.NotAllowed, { action, role: actor.role });
}

/** Settings of the actor's organization; members get personal_not_enabled while it is off. */
export async function enabledSettings(tx: PersonalTx, actor: Actor): Promise<PersonalSettings> {
  const s = await tx.getSettings(actor.orgId);
  if (!s.enabled && !hasTrainerRights(actor.role)) throw new DomainError(ErrorCode.PersonalNotEnabled, {});
  return s;
}

/**
 * Whether the actor may see (and book) a type: staff see every type; members see Active types
 * whose access level admits them (public: anyone; members: a valid pass; private: nobody).
 */
export function visibleTo(
  type: SessionType,
  settings: PersonalSettings,
  actor: Actor,
  holdsPass: boolean,
): boolean {
  if (hasTrainerRights(actor.role)) return true;
  if (type.status !== "active") return false;
  const access = effectiveAccess(type, settings);
  return access === "public" || (access === "members" && holdsPass);
}

/** A type of the organization that the actor may see, or not_found (no hint that a hidden one exists). */
export async function visibleTypeOrFail(
  tx: PersonalTx,
  actor: Actor,
  settings: PersonalSettings,
  sessionTypeId: string,
  now: Date,
): Promise<SessionType> {
  const type = await tx.getSessionType(actor.orgId, sessionTypeId);
  const pass = type ? await tx.holdsValidPass(actor.orgId, actor.personId, now) : false;
  if (!type || !visibleTo(type, settings, actor, pass))
    throw new DomainError(ErrorCode.NotFound, { what: "session_type", sessionTypeId });
  return type;
}
