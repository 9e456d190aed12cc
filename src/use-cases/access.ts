import { DomainError, ErrorCode } from "../domain/errors.ts";
import { type Actor, hasTrainerRights, type OccurrenceInfo } from "../domain/model.ts";
import type { BookingTx } from "../ports/booking-store.ts";

/** Trainers and admins only. */
export function requireTrainer(actor: Actor, action: string): void {
  if (!hasTrainerRights(actor.role))
    throw new DomainError(ErrorCode.NotAllowed, { action, role: actor.role });
}

/** Admins only. */
export function requireAdmin(actor: Actor, action: string): void {
  if (actor.role !== "admin")
    throw new DomainError(ErrorCode.NotAllowed, { action, role: actor.role, needs: "admin" });
}

/** Locks an occurrence of the actor's organization, or fails with not_found. */
export async function lockOccurrenceOrFail(
  tx: BookingTx,
  actor: Actor,
  occurrenceId: string,
): Promise<OccurrenceInfo> {
  const occ = await tx.lockOccurrence(actor.orgId, occurrenceId);
  if (!occ) throw new DomainError(ErrorCode.NotFound, { what: "session", occurrenceId });
  return occ;
}

/** Rejects a person id that is not a member of the actor's organization (no cross-org reach). */
export async function requirePersonInOrg(tx: BookingTx, actor: Actor, personId: string, what = "member") {
  const person = await tx.getPerson(actor.orgId, personId);
  if (!person) throw new DomainError(ErrorCode.NotFound, { what, personId });
  return person;
}
