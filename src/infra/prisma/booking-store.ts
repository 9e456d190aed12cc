import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { BookingStore, BookingTx } from "../../ports/booking-store.ts";
import { isStoreUnavailable, StoreUnavailableError } from "../../ports/store-unavailable.ts";
import { bookingHotPath } from "./booking-hot-path.ts";
import { bookingQueries } from "./booking-queries.ts";
import { catalogQueries } from "./catalog-queries.ts";
import { occurrenceQueries } from "./occurrence-queries.ts";
import { createPrismaOneStepBooking } from "./one-step-booking.ts";
import { orgQueries } from "./org-queries.ts";
import { passQueries } from "./pass-queries.ts";
import type { Tx } from "./tx.ts";

const MAX_ATTEMPTS = 6;

/** SQLSTATEs after which running the whole transaction again is safe and expected to succeed. */
const RETRYABLE_SQLSTATES = ["40P01", "40001"];

function isRetryable(e: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (v: unknown, depth: number): boolean => {
    if (v === null || typeof v !== "object" || seen.has(v) || depth > 6) return false;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (o.code === "P2034") return true; // Prisma: write conflict or deadlock
    for (const key of ["code", "originalCode", "sqlState"]) {
      if (typeof o[key] === "string" && RETRYABLE_SQLSTATES.includes(o[key] as string)) return true;
    }
    if (typeof o.message === "string" && /deadlock detected|could not serialize/.test(o.message)) return true;
    return ["cause", "meta", "driverAdapterError"].some((k) => visit(o[k], depth + 1));
  };
  return visit(e, 0);
}

function createPrismaTx(tx: Tx): BookingTx {
  const occurrences = occurrenceQueries(tx);
  return {
    ...orgQueries(tx),
    ...occurrences,
    ...bookingQueries(tx, occurrences.getOccurrence),
    ...bookingHotPath(tx),
    ...passQueries(tx),
    ...catalogQueries(tx),
  };
}

/**
 * How long a unit of work keeps retrying while the database is unreachable (a restart or failover
 * takes a few seconds) before the person is told to try again.
 */
export const UNAVAILABLE_RETRY_MS = 8_000;

/**
 * The BookingStore on Prisma: each unit of work is one interactive transaction, retried on deadlock.
 * A connection lost before the commit was sent rolled everything back, so the unit is run again
 * until UNAVAILABLE_RETRY_MS has passed, then StoreUnavailableError(committed: false). A connection
 * lost during the commit is StoreUnavailableError(committed: "unknown") at once: running it again
 * could do it twice.
 */
export function createPrismaBookingStore(
  prisma: PrismaClient,
  opts: { timeoutMs?: number; unavailableRetryMs?: number } = {},
): BookingStore {
  const timeout = opts.timeoutMs ?? 60_000;
  const retryFor = opts.unavailableRetryMs ?? UNAVAILABLE_RETRY_MS;
  return {
    ...createPrismaOneStepBooking(prisma, { retryMs: retryFor }),
    async transaction<T>(fn: (tx: BookingTx) => Promise<T>): Promise<T> {
      const started = Date.now();
      for (let attempt = 1; ; attempt++) {
        let bodyDone = false;
        try {
          return await prisma.$transaction(
            async (tx) => {
              const result = await fn(createPrismaTx(tx));
              bodyDone = true;
              return result;
            },
            { maxWait: timeout, timeout },
          );
        } catch (e) {
          if (isStoreUnavailable(e)) {
            if (bodyDone) throw new StoreUnavailableError("unknown", e);
            const waited = Date.now() - started;
            if (waited >= retryFor) throw new StoreUnavailableError(false, e);
            await new Promise((r) =>
              setTimeout(r, Math.min(100 * 2 ** (attempt - 1), 1_000, retryFor - waited)),
            );
            continue;
          }
          if (attempt >= MAX_ATTEMPTS || !isRetryable(e)) throw e;
          await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
        }
      }
    },
  };
}
