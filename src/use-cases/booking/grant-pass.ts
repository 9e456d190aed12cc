import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { SessionFacts } from "../../domain/events.ts";
import type { Actor, PassInfo } from "../../domain/model.ts";
import { passBalance, sessionFacts } from "../../domain/notice-facts.ts";
import { passUnusableReason } from "../../domain/pass-usability.ts";
import type { BookingTx } from "../../ports/booking-store.ts";
import { requirePersonInOrg, requireTrainer } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";

const DAY = 86_400_000;

export interface GrantPassResult {
  pass: PassInfo;
  /** Bookings made in closed schedules the pass type is linked to. */
  enrolledBookingIds: string[];
  /** Upcoming closed-schedule sessions skipped because they were full. */
  skippedFull: string[];
}

/**
 * A trainer or admin (as the studio's pass-grant setting allows) gives a member, or themselves, a pass;
 * who granted it is recorded on the pass and its ledger entry. A trainer or admin gives a member a pass of a pass type. If the type is linked to closed schedules,
 * the member is enrolled in their upcoming sessions, soonest first, as far as the pass's sessions and
 * validity reach; a full session is skipped (the member is not waitlisted into a closed course).
 */
export async function grantPass(
  deps: UseCaseDeps,
  actor: Actor,
  input: { personId: string; passTypeId: string; validFrom?: Date },
): Promise<GrantPassResult> {
  requireTrainer(actor, "grant_pass");
  return deps.store.transaction(async (tx) => {
    // Who may grant (to anyone, themselves included) is the studio's setting; read in the transaction.
    const settings = await tx.getSettings(actor.orgId);
    if (actor.role !== "admin" && settings?.passGrantPolicy !== "staff")
      throw new DomainError(ErrorCode.NotAllowed, {
        action: "grant_pass",
        role: actor.role,
        policy: "admins",
      });
    const now = deps.clock.now();
    const member = await requirePersonInOrg(tx, actor, input.personId);
    const type = await tx.getPassType(actor.orgId, input.passTypeId);
    if (!type || type.archived) throw new DomainError(ErrorCode.NotFound, { what: "pass_type" });
    const validFrom = input.validFrom ?? now;
    const pass = await tx.createPass({
      orgId: actor.orgId,
      personId: member.id,
      passTypeId: type.id,
      sessions: type.sessions,
      validFrom,
      validUntil: new Date(validFrom.getTime() + type.validityDays * DAY),
      cause: `granted_by:${actor.personId}`,
      grantedById: actor.personId,
    });
    const { enrolled, skippedFull, sessions } = await enrolInClosedSchedules(tx, pass, now, () =>
      deps.clock.now(),
    );
    await tx.addOutbox(actor.orgId, {
      kind: "pass.granted",
      payload: {
        passId: pass.id,
        personId: member.id,
        enrolledBookingIds: enrolled,
        pass: passBalance(pass, pass.remaining - enrolled.length),
        sessions,
      },
    });
    return {
      pass: { ...pass, remaining: pass.remaining - enrolled.length },
      enrolledBookingIds: enrolled,
      skippedFull,
    };
  });
}

/** Auto-enrolment of a closed-schedule pass; locks occurrences soonest first (a consistent lock order). */
async function enrolInClosedSchedules(tx: BookingTx, pass: PassInfo, now: Date, clock: () => Date) {
  const enrolled: string[] = [];
  const skippedFull: string[] = [];
  const sessions: SessionFacts[] = [];
  const upcoming = await tx.listUpcomingOfSchedules(pass.scheduleIds, now, pass.validUntil);
  let remaining = pass.remaining;
  for (const candidate of upcoming) {
    if (remaining <= 0) break;
    const occ = await tx.lockOccurrence(candidate.orgId, candidate.id);
    if (!occ?.closed || occ.status !== "scheduled") continue;
    if (passUnusableReason({ ...pass, remaining }, occ) !== null) continue;
    if (await tx.findActiveBooking(occ.id, pass.personId)) continue;
    const { confirmed } = await tx.countBookings(occ.id);
    if (confirmed >= occ.capacity) {
      skippedFull.push(occ.id);
      continue;
    }
    const { booking, charged } = await tx.insertBookingAndCharge({
      orgId: occ.orgId,
      occurrenceId: occ.id,
      personId: pass.personId,
      passId: pass.id,
      status: "confirmed",
      source: "auto_enrol",
      cause: "auto_enrol",
      now: clock(), // read after this session's lock
    });
    if (!charged) throw new DomainError(ErrorCode.Conflict, { passId: pass.id });
    enrolled.push(booking.id);
    sessions.push(sessionFacts(occ));
    remaining--;
  }
  return { enrolled, skippedFull, sessions };
}
