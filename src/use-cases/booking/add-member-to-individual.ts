import { hasStarted } from "../../domain/deadlines.ts";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor, BookingRecord, OccurrenceInfo, PassInfo } from "../../domain/model.ts";
import { passBalance, sessionFacts } from "../../domain/notice-facts.ts";
import { usablePasses } from "../../domain/pass-usability.ts";
import { noUsablePass, refuse, sessionCancelled } from "../../domain/refusals.ts";
import { lockOccurrenceOrFail, requirePersonInOrg, requireTrainer } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";

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
    if (occ.status === "cancelled") throw sessionCancelled(occ);
    if (hasStarted(occ, now)) throw refuse(ErrorCode.SessionStarted, occ);
    const member = await requirePersonInOrg(tx, actor, input.personId);
    if (await tx.findActiveBooking(occ.id, member.id))
      throw refuse(ErrorCode.AlreadyBooked, occ, { memberName: member.displayName });
    const { confirmed } = await tx.countBookings(occ.id);
    if (confirmed >= occ.capacity) throw new DomainError(ErrorCode.Full, { occurrenceId: occ.id });

    const passes = await tx.listPassesOf(actor.orgId, member.id);
    const usable = usablePasses(passes, occ);
    const pass = input.passId ? usable.find((p) => p.id === input.passId) : usable[0];
    if (!pass && input.passId)
      throw new DomainError(ErrorCode.PassNotUsable, { personId: member.id, memberName: member.displayName });
    if (!pass) throw noUsablePass(occ, passes, member.displayName);
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
    if (!charged) throw noUsablePass(occ, [{ ...pass, remaining: 0 }], member.displayName);
    await tx.addOutbox(actor.orgId, {
      kind: "booking.added_by_trainer",
      payload: {
        occurrenceId: occ.id,
        bookingId: booking.id,
        personId: member.id,
        passId: pass.id,
        trainerId: actor.personId,
        session: sessionFacts(occ),
        pass: passBalance(pass, pass.remaining - 1),
      },
    });
    return { booking, pass: { ...pass, remaining: pass.remaining - 1 }, occurrence: occ };
  });
}
