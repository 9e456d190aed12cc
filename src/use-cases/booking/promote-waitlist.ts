import type { OccurrenceInfo, PassInfo } from "../../domain/model.ts";
import { passBalance, sessionFacts } from "../../domain/notice-facts.ts";
import { passUnusableReason, pickPass, usablePasses } from "../../domain/pass-usability.ts";
import type { BookingTx } from "../../ports/booking-store.ts";

export interface PromotionOutcome {
  promoted: Array<{ bookingId: string; personId: string; passId: string }>;
  skipped: Array<{ bookingId: string; personId: string; reason: string }>;
}

/**
 * Fills free spots from the waitlist, first come first served. The promoted member's pass is charged
 * now (the one they chose when joining if still usable, else the one expiring first). A member with
 * no usable pass is skipped: their waitlist entry is cancelled with reason "no_usable_pass" (so they
 * are not skipped again and again) and they are told why. Caller holds the occurrence lock.
 */
export async function promoteFromWaitlist(
  tx: BookingTx,
  occ: OccurrenceInfo,
  now: Date,
): Promise<PromotionOutcome> {
  const outcome: PromotionOutcome = { promoted: [], skipped: [] };
  if (occ.status !== "scheduled") return outcome;
  let { confirmed } = await tx.countBookings(occ.id);
  while (confirmed < occ.capacity) {
    const next = await tx.firstWaitlisted(occ.id);
    if (!next) break;
    const all = await tx.listPassesOf(occ.orgId, next.personId);
    const passes = usablePasses(all, occ);
    let charged: string | null = null;
    let chargedPass: PassInfo | undefined;
    // Try the preferred pass first, then the rest: a pass emptied meanwhile just moves us on.
    const ordered = [pickPass(passes, next.passId), ...passes].filter((p, i, a) => p && a.indexOf(p) === i);
    for (const pass of ordered) {
      if (pass && (await tx.debitPass(pass.id, next.id, "waitlist_promotion"))) {
        charged = pass.id;
        chargedPass = pass;
        break;
      }
    }
    if (charged) {
      await tx.confirmBooking(next.id, charged, now);
      await tx.addOutbox(occ.orgId, {
        kind: "waitlist.promoted",
        payload: {
          occurrenceId: occ.id,
          bookingId: next.id,
          personId: next.personId,
          passId: charged,
          session: sessionFacts(occ),
          ...(chargedPass ? { pass: passBalance(chargedPass, chargedPass.remaining - 1) } : {}),
        },
      });
      outcome.promoted.push({ bookingId: next.id, personId: next.personId, passId: charged });
      confirmed++;
    } else {
      await tx.cancelBooking(next.id, "no_usable_pass", now);
      await tx.addOutbox(occ.orgId, {
        kind: "waitlist.skipped",
        payload: {
          occurrenceId: occ.id,
          bookingId: next.id,
          personId: next.personId,
          reason: "no_usable_pass",
          session: sessionFacts(occ),
          // Each pass and why it could not pay (a usable one emptied meanwhile counts as empty).
          passes: all.map((p) => ({
            name: p.name,
            reason: passUnusableReason(p, occ) ?? "empty",
            validUntil: p.validUntil.toISOString(),
          })),
        },
      });
      outcome.skipped.push({ bookingId: next.id, personId: next.personId, reason: "no_usable_pass" });
    }
  }
  return outcome;
}
