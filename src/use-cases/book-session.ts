import { bookingOpen, hasStarted } from "../domain/deadlines.ts";
import { DomainError, ErrorCode } from "../domain/errors.ts";
import type { Actor, BookingRecord, OccurrenceInfo, PassInfo } from "../domain/model.ts";
import { usablePasses } from "../domain/pass-usability.ts";
import { bookingClosed, noUsablePass, refuse, sessionCancelled } from "../domain/refusals.ts";
import type { UseCaseDeps } from "./deps.ts";
import { promoteFromWaitlist } from "./promote-waitlist.ts";

export interface BookSessionInput {
  occurrenceId: string;
  /** The pass the member chose; without it a single usable pass is used, several ask for a choice. */
  passId?: string;
  /** Take the default (expiring first) instead of asking when several passes are usable. */
  useDefaultPass?: boolean;
}

/** Everything the reply needs, read inside the booking transaction: nothing is re-read after commit. */
export interface BookSessionResult {
  booking: BookingRecord;
  /** The session as it was locked (name, start, trainer, space). */
  occurrence: OccurrenceInfo;
  status: "confirmed" | "waitlisted";
  /** Charged now (confirmed) or to be charged at promotion (waitlisted). */
  pass: PassInfo;
  /** 1-based place in the waitlist, when waitlisted. */
  waitlistPosition: number | null;
}

/** A member books a group session with a usable pass: confirmed and charged, or waitlisted uncharged. */
export async function bookSession(
  deps: UseCaseDeps,
  actor: Actor,
  input: BookSessionInput,
): Promise<BookSessionResult> {
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const ctx = await tx.lockOccurrenceForBooking(actor.orgId, input.occurrenceId, actor.personId);
    if (!ctx)
      throw new DomainError(ErrorCode.NotFound, { what: "session", occurrenceId: input.occurrenceId });
    const occ = ctx.occurrence;
    if (occ.individual) throw refuse(ErrorCode.IndividualTraining, occ);
    if (occ.closed) throw refuse(ErrorCode.ClosedSchedule, occ);
    if (occ.status === "cancelled") throw sessionCancelled(occ);
    if (hasStarted(occ, now)) throw refuse(ErrorCode.SessionStarted, occ);
    if (!bookingOpen(occ, now)) throw bookingClosed(occ);

    if (ctx.existing) throw refuse(ErrorCode.AlreadyBooked, occ, { status: ctx.existing.status });

    const usable = usablePasses(ctx.passes, occ);
    if (usable.length === 0) throw noUsablePass(occ, ctx.passes);
    let pass: PassInfo | undefined;
    if (input.passId) {
      pass = usable.find((p) => p.id === input.passId);
      if (!pass)
        throw new DomainError(ErrorCode.PassNotUsable, { occurrenceId: occ.id, passId: input.passId });
    } else if (usable.length > 1 && !input.useDefaultPass) {
      // The question needs the session and the usable passes (expiring first): they travel along.
      throw new DomainError(ErrorCode.PassChoiceNeeded, {
        occurrenceId: occ.id,
        occurrence: occ,
        passes: usable,
      });
    } else {
      pass = usable[0];
    }
    if (!pass) throw noUsablePass(occ, ctx.passes);

    let counts = ctx.counts;
    if (counts.confirmed < occ.capacity && counts.waitlisted > 0) {
      // Free spots with people waiting should not exist; if they do, those who came first go first.
      await promoteFromWaitlist(tx, occ, now);
      counts = await tx.countBookings(occ.id);
    }
    const status = counts.confirmed < occ.capacity ? "confirmed" : "waitlisted";
    const { booking, charged } = await tx.insertBookingAndCharge({
      orgId: actor.orgId,
      occurrenceId: occ.id,
      personId: actor.personId,
      passId: pass.id,
      status,
      source: "self",
      cause: "booking",
      now,
    });
    // The pass was read before the debit; a concurrent booking elsewhere may have emptied it.
    if (status === "confirmed" && !charged) throw noUsablePass(occ, [{ ...pass, remaining: 0 }]);
    return status === "confirmed"
      ? {
          booking,
          occurrence: occ,
          status,
          pass: { ...pass, remaining: pass.remaining - 1 },
          waitlistPosition: null,
        }
      : { booking, occurrence: occ, status, pass, waitlistPosition: counts.waitlisted + 1 };
  });
}
