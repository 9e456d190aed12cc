import { bookingOpen, hasStarted } from "../domain/deadlines.ts";
import { DomainError, ErrorCode } from "../domain/errors.ts";
import type { Actor, BookingRecord, PassInfo } from "../domain/model.ts";
import { usablePasses } from "../domain/pass-usability.ts";
import { lockOccurrenceOrFail } from "./access.ts";
import type { UseCaseDeps } from "./deps.ts";
import { promoteFromWaitlist } from "./promote-waitlist.ts";

export interface BookSessionInput {
  occurrenceId: string;
  /** The pass the member chose; without it a single usable pass is used, several ask for a choice. */
  passId?: string;
  /** Take the default (expiring first) instead of asking when several passes are usable. */
  useDefaultPass?: boolean;
}

export interface BookSessionResult {
  booking: BookingRecord;
  status: "confirmed" | "waitlisted";
  /** Charged now (confirmed) or to be charged at promotion (waitlisted). */
  pass: PassInfo;
  /** 1-based place in the waitlist, when waitlisted. */
  waitlistPosition: number | null;
}

/** A member books a group session with a usable pass: confirmed and charged, or waitlisted uncharged. */
export async function bookSession(deps: UseCaseDeps, actor: Actor, input: BookSessionInput): Promise<BookSessionResult> {
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const occ = await lockOccurrenceOrFail(tx, actor, input.occurrenceId);
    if (occ.individual) throw new DomainError(ErrorCode.IndividualTraining, { occurrenceId: occ.id });
    if (occ.closed) throw new DomainError(ErrorCode.ClosedSchedule, { occurrenceId: occ.id });
    if (occ.status === "cancelled") throw new DomainError(ErrorCode.SessionCancelled, { occurrenceId: occ.id });
    if (hasStarted(occ, now)) throw new DomainError(ErrorCode.SessionStarted, { occurrenceId: occ.id });
    if (!bookingOpen(occ, now)) throw new DomainError(ErrorCode.BookingDeadlinePassed, { occurrenceId: occ.id });

    const existing = await tx.findActiveBooking(occ.id, actor.personId);
    if (existing) throw new DomainError(ErrorCode.AlreadyBooked, { occurrenceId: occ.id, status: existing.status });

    const usable = usablePasses(await tx.listPassesOf(actor.orgId, actor.personId), occ);
    if (usable.length === 0) throw new DomainError(ErrorCode.NoUsablePass, { occurrenceId: occ.id });
    let pass: PassInfo | undefined;
    if (input.passId) {
      pass = usable.find((p) => p.id === input.passId);
      if (!pass) throw new DomainError(ErrorCode.PassNotUsable, { occurrenceId: occ.id, passId: input.passId });
    } else if (usable.length > 1 && !input.useDefaultPass) {
      throw new DomainError(ErrorCode.PassChoiceNeeded, { occurrenceId: occ.id, passes: usable });
    } else {
      pass = usable[0];
    }
    if (!pass) throw new DomainError(ErrorCode.NoUsablePass, { occurrenceId: occ.id });

    let counts = await tx.countBookings(occ.id);
    if (counts.confirmed < occ.capacity && counts.waitlisted > 0) {
      // Free spots with people waiting should not exist; if they do, those who came first go first.
      await promoteFromWaitlist(tx, occ, now);
      counts = await tx.countBookings(occ.id);
    }
    const { confirmed, waitlisted } = counts;
    if (confirmed < occ.capacity) {
      const booking = await tx.insertBooking({ ...base(actor, occ.id, pass.id, now), status: "confirmed" });
      // The pass was read before the debit; a concurrent booking elsewhere may have emptied it.
      if (!(await tx.debitPass(pass.id, booking.id, "booking"))) {
        throw new DomainError(ErrorCode.NoUsablePass, { occurrenceId: occ.id, passId: pass.id });
      }
      return { booking, status: "confirmed", pass: { ...pass, remaining: pass.remaining - 1 }, waitlistPosition: null };
    }
    const booking = await tx.insertBooking({ ...base(actor, occ.id, pass.id, now), status: "waitlisted" });
    return { booking, status: "waitlisted", pass, waitlistPosition: waitlisted + 1 };
  });
}

const base = (actor: Actor, occurrenceId: string, passId: string, now: Date) => ({
  orgId: actor.orgId,
  occurrenceId,
  personId: actor.personId,
  passId,
  source: "self" as const,
  now,
});
