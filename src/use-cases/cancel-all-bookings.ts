import type { OccurrenceInfo } from "../domain/model.ts";
import type { BookingTx } from "../ports/booking-store.ts";

export type CancelledBooking = { bookingId: string; personId: string; passId: string | null };

/**
 * Cancels every active booking of a locked occurrence; confirmed ones are refunded to their pass.
 * passId in the result is the refunded pass, or null for a waitlist entry (nothing was charged).
 */
export async function cancelAllBookings(
  tx: BookingTx,
  occ: OccurrenceInfo,
  reason: string,
  now: Date,
): Promise<CancelledBooking[]> {
  const result: CancelledBooking[] = [];
  const active = await tx.listActiveBookings(occ.id);
  // Refund in pass-id order so concurrent multi-pass transactions take row locks in one order.
  for (const b of [...active].sort((a, c) => (a.passId ?? "").localeCompare(c.passId ?? ""))) {
    await tx.cancelBooking(b.id, reason, now);
    const refund = b.status === "confirmed" && b.passId !== null;
    if (refund && b.passId) await tx.refundPass(b.passId, b.id, reason);
    result.push({ bookingId: b.id, personId: b.personId, passId: refund ? b.passId : null });
  }
  return result;
}
