import type { PassBalance } from "../../domain/events.ts";
import type { OccurrenceInfo } from "../../domain/model.ts";
import { passBalance } from "../../domain/notice-facts.ts";
import type { BookingTx } from "../../ports/booking-store.ts";

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

/** Each refunded member's pass balance right after the refunds, for the notices' facts. */
export async function balancesAfterRefunds(
  tx: BookingTx,
  orgId: string,
  refunds: CancelledBooking[],
): Promise<Array<{ personId: string; pass: PassBalance }>> {
  const out: Array<{ personId: string; pass: PassBalance }> = [];
  for (const personId of new Set(refunds.filter((r) => r.passId).map((r) => r.personId))) {
    const passes = await tx.listPassesOf(orgId, personId);
    for (const r of refunds.filter((x) => x.personId === personId && x.passId)) {
      const p = passes.find((x) => x.id === r.passId);
      if (p) out.push({ personId, pass: passBalance(p) });
    }
  }
  return out;
}
