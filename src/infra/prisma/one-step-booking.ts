import crypto from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { InboxLeaseLostError } from "../../ports/inbox.ts";
import type {
  OneStepBooking,
  OneStepBookingInput,
  OneStepBookingOutcome,
} from "../../ports/one-step-booking.ts";
import { isStoreUnavailable, StoreUnavailableError } from "../../ports/store-unavailable.ts";
import { fromLoaded, type Loaded, type RawBooking, toBooking } from "./booking-hot-path.ts";
import { rowsOf } from "./direct-sql.ts";
import { inboxContext } from "./inbox-context.ts";

type Raw =
  | { outcome: "booked"; booking: RawBooking; remaining: number; waitlisted: number | null }
  | { outcome: "not_found" | "stale" | "no_usable_pass" | "needs_promotion" }
  | { outcome: "already"; status: string };

/**
 * book_session_once as one autocommit statement: the session's lock is held for that statement only.
 * The booking id is chosen here, so when the connection breaks mid-call the outcome is not guessed:
 * the booking row is looked up by id (there: it committed; absent: nothing did, and the call is made
 * again), until `retryMs` has passed.
 */
export function createPrismaOneStepBooking(prisma: PrismaClient, opts: { retryMs: number }): OneStepBooking {
  const sql = rowsOf(prisma);
  const untilAvailable = async <T>(fn: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        if (!isStoreUnavailable(e)) throw e;
        const waited = Date.now() - started;
        if (waited >= opts.retryMs) throw new StoreUnavailableError(false, e);
        await new Promise((r) =>
          setTimeout(r, Math.min(100 * 2 ** (attempt - 1), 1_000, opts.retryMs - waited)),
        );
      }
    }
  };

  async function call(input: OneStepBookingInput, bookingId: string): Promise<OneStepBookingOutcome> {
    // The chat event being handled (if any) is marked done by the same statement.
    const ctx = inboxContext.getStore();
    const inboxId = ctx && !ctx.marked ? ctx.id : null;
    const rows = await sql<{ r: Raw }>`
      SELECT book_session_once(${input.orgId}, ${input.occurrenceId}, ${input.personId}, ${input.passId},
        ${input.now}::timestamptz, ${input.seenStartsAt}::timestamptz, ${bookingId}, ${crypto.randomUUID()},
        ${inboxId}::text, ${ctx?.token ?? null}::text) AS r`.catch((e: unknown) => {
      if (inboxId && /inbox lease lost/.test(String((e as Error)?.message ?? e)))
        throw new InboxLeaseLostError(inboxId);
      throw e;
    });
    const r = rows[0]?.r;
    if (!r) throw new Error("book_session_once returned nothing");
    if (r.outcome !== "booked") return r;
    if (ctx) ctx.marked = true;
    return {
      outcome: "booked",
      booking: toBooking(r.booking),
      remaining: Number(r.remaining),
      waitlistPosition: r.waitlisted === null ? null : Number(r.waitlisted),
    };
  }

  /** The call broke: did it commit? A booking with our id exists exactly when it did. */
  async function committed(
    input: OneStepBookingInput,
    bookingId: string,
  ): Promise<OneStepBookingOutcome | null> {
    const rows = await sql<RawBooking & { remaining: number; ahead: number }>`
      SELECT b.id, b.seq::text AS seq, b."orgId", b."occurrenceId", b."personId", b."passId", b.status::text AS status,
             b.source, b."cancelReason", b."createdAt", b."confirmedAt", b."cancelledAt", p.remaining,
             (SELECT count(*)::int FROM "Booking" w WHERE w."occurrenceId" = b."occurrenceId"
                AND w.status = 'waitlisted' AND w.seq <= b.seq) AS ahead
      FROM "Booking" b JOIN "Pass" p ON p.id = ${input.passId} WHERE b.id = ${bookingId}`;
    const row = rows[0];
    if (!row) return null;
    const ctx = inboxContext.getStore();
    if (ctx) ctx.marked = true; // the same statement marked the event done
    const { remaining, ahead, ...booking } = row;
    const b = toBooking(booking);
    return {
      outcome: "booked",
      booking: b,
      remaining: Number(remaining),
      waitlistPosition: b.status === "waitlisted" ? Number(ahead) : null,
    };
  }

  return {
    async loadForBooking(orgId, occurrenceId, personId) {
      return untilAvailable(async () => {
        const rows = await sql<{ loaded: Loaded | null }>`
          SELECT booking_load(${orgId}, ${occurrenceId}, ${personId}) AS loaded`;
        return fromLoaded(rows[0]?.loaded);
      });
    },

    async bookInOneStep(input) {
      const bookingId = crypto.randomUUID();
      let uncertain = false;
      return untilAvailable(async () => {
        if (uncertain) {
          const found = await committed(input, bookingId);
          if (found) return found;
        }
        uncertain = true;
        const outcome = await call(input, bookingId);
        uncertain = false;
        return outcome;
      });
    },
  };
}
