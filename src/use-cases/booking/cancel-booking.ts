import { cancellationOpen, hasStarted } from "../../domain/deadlines.ts";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor, BookingRecord, OccurrenceInfo } from "../../domain/model.ts";
import { refuse, tooLateToCancel } from "../../domain/refusals.ts";
import { lockOccurrenceOrFail } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";
import { type PromotionOutcome, promoteFromWaitlist } from "./promote-waitlist.ts";

export interface CancelBookingResult {
  booking: BookingRecord;
  /** The session the booking was for, as locked (for the reply; nothing is re-read). */
  occurrence: OccurrenceInfo;
  /** The session went back to the pass (a confirmed booking). */
  refunded: boolean;
  promotion: PromotionOutcome;
}

/**
 * A member cancels their own booking. A confirmed booking can be cancelled until the cancellation
 * deadline, is refunded, and its spot goes to the waitlist. Leaving the waitlist costs nothing and is
 * allowed until the session starts.
 */
export async function cancelBooking(
  deps: UseCaseDeps,
  actor: Actor,
  input: { bookingId: string },
): Promise<CancelBookingResult> {
  return deps.store.transaction(async (tx) => {
    const seen = await tx.getBooking(actor.orgId, input.bookingId);
    // Someone else's booking is "not found": its existence is not the caller's business.
    if (!seen || seen.personId !== actor.personId)
      throw new DomainError(ErrorCode.NotFound, { what: "booking" });
    const occ = await lockOccurrenceOrFail(tx, actor, seen.occurrenceId);
    // Read after the lock: a booking confirmed by whoever held it before is never cancelled "earlier".
    const now = deps.clock.now();
    const booking = await tx.getBooking(actor.orgId, input.bookingId); // re-read under the lock
    if (!booking || booking.status === "cancelled")
      throw new DomainError(ErrorCode.NotBooked, { bookingId: input.bookingId });
    if (hasStarted(occ, now)) throw refuse(ErrorCode.SessionStarted, occ);
    if (booking.status === "confirmed" && !cancellationOpen(occ, now)) throw tooLateToCancel(occ);
    await tx.cancelBooking(booking.id, "member_cancelled", now);
    const refunded = booking.status === "confirmed" && booking.passId !== null;
    if (refunded && booking.passId) await tx.refundPass(booking.passId, booking.id, "member_cancelled");
    const promotion = await promoteFromWaitlist(tx, occ, now);
    return {
      booking: { ...booking, status: "cancelled", cancelReason: "member_cancelled", cancelledAt: now },
      occurrence: occ,
      refunded,
      promotion,
    };
  });
}
