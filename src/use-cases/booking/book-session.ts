import { bookingOpen, hasStarted } from "../../domain/deadlines.ts";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor, BookingRecord, OccurrenceInfo, PassInfo } from "../../domain/model.ts";
import { usablePasses } from "../../domain/pass-usability.ts";
import { bookingClosed, noUsablePass, refuse, sessionCancelled } from "../../domain/refusals.ts";
import type { BookingContext } from "../../ports/one-step-booking.ts";
import type { UseCaseDeps } from "../deps.ts";
import { promoteFromWaitlist } from "./promote-waitlist.ts";

export interface BookSessionInput {
  occurrenceId: string;
  /** The pass the member chose; without it a single usable pass is used, several ask for a choice. */
  passId?: string;
  /** Take the default (expiring first) instead of asking when several passes are usable. */
  useDefaultPass?: boolean;
  /**
   * What booking needs, already read (the session search of a booking message reads it): the first
   * decision uses it instead of reading again. A session changed since is caught by the write.
   */
  read?: BookingContext;
}

/** Everything the reply needs, read with the booking: nothing is re-read after commit. */
export interface BookSessionResult {
  booking: BookingRecord;
  /** The session as it was read (name, start, trainer, space). */
  occurrence: OccurrenceInfo;
  status: "confirmed" | "waitlisted";
  /** Charged now (confirmed) or to be charged at promotion (waitlisted). */
  pass: PassInfo;
  /** 1-based place in the waitlist, when waitlisted. */
  waitlistPosition: number | null;
}

/** The checks that need no lock: the session is bookable by this member now, and with which pass. */
function decide(
  ctx: BookingContext | null,
  input: BookSessionInput,
  now: Date,
): { occ: OccurrenceInfo; pass: PassInfo } {
  if (!ctx) throw new DomainError(ErrorCode.NotFound, { what: "session", occurrenceId: input.occurrenceId });
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
    if (!pass) throw new DomainError(ErrorCode.PassNotUsable, { occurrenceId: occ.id, passId: input.passId });
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
  return { occ, pass };
}

/** How often a booking whose session changed between the read and the write is read again. */
const STALE_REREADS = 3;

/**
 * A member books a group session with a usable pass: confirmed and charged, or waitlisted uncharged.
 * The hot path (docs/booking.md, "Hot sessions"): the rules run on an unlocked read, then one
 * statement takes the session's lock, re-checks what others may have changed, and writes. A session
 * with free spots and people waiting (a promotion is due) takes the full transaction instead.
 */
export async function bookSession(
  deps: UseCaseDeps,
  actor: Actor,
  input: BookSessionInput,
): Promise<BookSessionResult> {
  for (let read = 0; read < STALE_REREADS; read++) {
    const ctx =
      read === 0 && input.read?.occurrence.id === input.occurrenceId
        ? input.read
        : await deps.store.loadForBooking(actor.orgId, input.occurrenceId, actor.personId);
    const { occ, pass } = decide(ctx, input, deps.clock.now());
    const r = await deps.store.bookInOneStep({
      orgId: actor.orgId,
      occurrenceId: occ.id,
      personId: actor.personId,
      passId: pass.id,
      now: deps.clock.now(),
      seenStartsAt: occ.startsAt,
    });
    switch (r.outcome) {
      case "booked":
        return r.booking.status === "confirmed"
          ? {
              booking: r.booking,
              occurrence: occ,
              status: "confirmed",
              pass: { ...pass, remaining: r.remaining },
              waitlistPosition: null,
            }
          : {
              booking: r.booking,
              occurrence: occ,
              status: "waitlisted",
              pass,
              waitlistPosition: r.waitlistPosition,
            };
      case "already":
        throw refuse(ErrorCode.AlreadyBooked, occ, { status: r.status });
      case "no_usable_pass":
        // The pass was read before the write; a concurrent booking elsewhere emptied it.
        throw noUsablePass(occ, [{ ...pass, remaining: 0 }]);
      case "not_found":
        throw new DomainError(ErrorCode.NotFound, { what: "session", occurrenceId: occ.id });
      case "needs_promotion":
        return bookSessionInTransaction(deps, actor, input);
      case "stale":
        continue; // moved, cancelled or past its deadline meanwhile: the rules decide on a fresh read
    }
  }
  return bookSessionInTransaction(deps, actor, input);
}

/** The same booking as one interactive transaction under the session's lock (promotions due). */
export async function bookSessionInTransaction(
  deps: UseCaseDeps,
  actor: Actor,
  input: BookSessionInput,
): Promise<BookSessionResult> {
  return deps.store.transaction(async (tx) => {
    const ctx = await tx.lockOccurrenceForBooking(actor.orgId, input.occurrenceId, actor.personId);
    const now = deps.clock.now(); // read after the lock
    const { occ, pass } = decide(ctx, input, now);
    let counts = ctx?.counts ?? { confirmed: 0, waitlisted: 0 };
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
