import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { BookingStore, BookingTx } from "../../ports/booking-store.ts";
import { bookingHotPath } from "./booking-hot-path.ts";
import { bookingQueries } from "./booking-queries.ts";
import { catalogEditQueries } from "./catalog-edit-queries.ts";
import { catalogQueries } from "./catalog-queries.ts";
import { occurrenceQueries } from "./occurrence-queries.ts";
import { orgQueries } from "./org-queries.ts";
import { passQueries } from "./pass-queries.ts";
import { studioQueries } from "./studio-queries.ts";
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
    ...studioQueries(tx),
    ...catalogEditQueries(tx),
  };
}

/** The BookingStore on Prisma: each unit of work is one interactive transaction, retried on deadlock. */
export function createPrismaBookingStore(
  prisma: PrismaClient,
  opts: { timeoutMs?: number } = {},
): BookingStore {
  const timeout = opts.timeoutMs ?? 60_000;
  return {
    async transaction<T>(fn: (tx: BookingTx) => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        try {
          return await prisma.$transaction((tx) => fn(createPrismaTx(tx)), { maxWait: timeout, timeout });
        } catch (e) {
          if (attempt >= MAX_ATTEMPTS || !isRetryable(e)) throw e;
          await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
        }
      }
    },
  };
}
