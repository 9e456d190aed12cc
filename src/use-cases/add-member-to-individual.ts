import { hasStarted } from "../domain/deadlines.ts";
import { DomainError, ErrorCode } from "../domain/errors.ts";
import type { Actor, BookingRecord, OccurrenceInfo, PassInfo } from "../domain/model.ts";
import { usablePasses } from "../domain/pass-usability.ts";
import { lockOccurrenceOrFail, requirePersonInOrg, requireTrainer } from "./access.ts";
import type { UseCaseDeps } from "./deps.ts";

/**
 * A trainer puts a member into an individual (capacity-1 template) training, charging a usable pass
 * of that member. The booking deadline is for members; a trainer may add until the session starts.
 */
export async function addMemberToIndividual(
  deps: UseCaseDeps,
  actor: Actor,
  input: { occurrenceId: string; personId: string; passId?: string },
): Promise<{ booking: BookingRecord; pass: PassInfo; occurrence: OccurrenceInfo }> {
  requireTrainer(actor, "add_member");
  return deps.store.transaction(async (tx) => {
    const occ = await lockOccurrenceOrFail(tx, actor, input.occurrenceId);
    const now = deps.clock.now(); // read after the lock: timestamps follow the lock order
    if (!occ.individual) throw new DomainError(ErrorCode.NotIndividualTraining, { occurrenceId: occ.id });
    if (occ.status === "cancelled")
      throw new DomainError(ErrorCode.SessionCancelled, { occurrenceId: occ.id });
    if (hasStarted(occ, now)) throw new DomainError(ErrorCode.SessionStarted, { occurrenceId: occ.id });
    const member = await requirePersonInOrg(tx, actor, input.personId);
    if (await tx.findActiveBooking(occ.id, member.id))
      throw new DomainError(ErrorCode.AlreadyBooked, { occurrenceId: occ.id });
    const { confirmed } = await tx.countBookings(occ.id);
    if (confirmed >= occ.capacity) throw new DomainError(ErrorCode.Full, { occurrenceId: occ.id });

    const usable = usablePasses(await tx.listPassesOf(actor.orgId, member.id), occ);
    const pass = input.passId ? usable.find((p) => p.id === input.passId) : usable[0];
    if (!pass) {
      throw new DomainError(input.passId ? ErrorCode.PassNotUsable : ErrorCode.NoUsablePass, {
        personId: member.id,
      });
    }
    const { booking, charged } = await tx.insertBookingAndCharge({
      orgId: actor.orgId,
      occurrenceId: occ.id,
      personId: member.id,
      passId: pass.id,
      status: "confirmed",
      source: "trainer",
      cause: "added_by_trainer",
      now,
    });
    if (!charged) throw new DomainError(ErrorCode.NoUsablePass, { personId: member.id });
    await tx.addOutbox(actor.orgId, {
      kind: "booking.added_by_trainer",
      payload: {
        occurrenceId: occ.id,
        bookingId: booking.id,
        personId: member.id,
        passId: pass.id,
        trainerId: actor.personId,
      },
    });
    return { booking, pass: { ...pass, remaining: pass.remaining - 1 }, occurrence: occ };
  });
}
