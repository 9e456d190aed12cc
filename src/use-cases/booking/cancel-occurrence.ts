import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor, OccurrenceInfo } from "../../domain/model.ts";
import { sessionFacts } from "../../domain/notice-facts.ts";
import { lockOccurrenceOrFail, requireTrainer } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";
import { balancesAfterRefunds, type CancelledBooking, cancelAllBookings } from "./cancel-all-bookings.ts";

const MAX_REASON_LENGTH = 500;

/** Cancels one session: every booking cancelled and refunded, members told why; the schedule goes on. */
export async function cancelOccurrence(
  deps: UseCaseDeps,
  actor: Actor,
  input: { occurrenceId: string; reason?: string },
): Promise<{ cancelled: CancelledBooking[]; occurrence: OccurrenceInfo }> {
  requireTrainer(actor, "cancel_occurrence");
  const reason = input.reason?.trim() || null;
  if (reason && reason.length > MAX_REASON_LENGTH) {
    throw new DomainError(ErrorCode.InvalidInput, { field: "reason", max: MAX_REASON_LENGTH });
  }
  return deps.store.transaction(async (tx) => {
    const occ = await lockOccurrenceOrFail(tx, actor, input.occurrenceId);
    const now = deps.clock.now(); // read after the lock: timestamps follow the lock order
    if (occ.status === "cancelled")
      throw new DomainError(ErrorCode.SessionCancelled, { occurrenceId: occ.id });
    const cancelled = await cancelAllBookings(tx, occ, "occurrence_cancelled", now);
    await tx.updateOccurrence(occ.id, { status: "cancelled", cancelReason: reason, overriddenAt: now });
    await tx.addOutbox(actor.orgId, {
      kind: "occurrence.cancelled",
      payload: {
        occurrenceId: occ.id,
        reason,
        refunds: cancelled,
        session: sessionFacts(occ),
        balances: await balancesAfterRefunds(tx, actor.orgId, cancelled),
      },
    });
    return { cancelled, occurrence: { ...occ, status: "cancelled", cancelReason: reason } };
  });
}
