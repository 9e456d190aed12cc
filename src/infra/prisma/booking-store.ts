import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { BookingStore, BookingTx } from "../../ports/booking-store.ts";
import { InboxLeaseLostError } from "../../ports/inbox.ts";
import { isStoreUnavailable, StoreUnavailableError } from "../../ports/store-unavailable.ts";
import { bookingHotPath } from "./booking-hot-path.ts";
import { bookingQueries } from "./booking-queries.ts";
import { catalogEditQueries } from "./catalog-edit-queries.ts";
import { catalogQueries } from "./catalog-queries.ts";
import { type InboxContext, inboxContext } from "./inbox-context.ts";
import { occurrenceQueries } from "./occurrence-queries.ts";
import { createPrismaOneStepBooking } from "./one-step-booking.ts";
import { orgQueries } from "./org-queries.ts";
import { passQueries } from "./pass-queries.ts";
import { calendarGuardError } from "./personal-store.ts";
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
    ...bookingQueries(tx),
    ...bookingHotPath(tx),
    ...passQueries(tx),
    ...catalogQueries(tx),
    ...studioQueries(tx),
    ...catalogEditQueries(tx),
  };
}

/**
 * How long a unit of work keeps retrying while the database is unreachable (a restart or failover
 * takes a few seconds) before the person is told to try again.
 */
export const UNAVAILABLE_RETRY_MS = 8_000;

/**
 * One statement at the end of a transaction: its id if it wrote anything (null for a read-only one),
 * and the inbox done mark of the event being handled, only if it wrote and only once per handling.
 * The mark is conditional on this process's lease; losing it rolls the transaction back.
 */
async function finishTx(tx: Tx, ctx: InboxContext | undefined): Promise<string | null> {
  const id = ctx && !ctx.marked ? ctx.id : null;
  const token = ctx?.token ?? null;
  const rows = await tx.$queryRaw<Array<{ xid: string | null; marked: number }>>`
    WITH x AS MATERIALIZED (SELECT txid_current_if_assigned() AS xid),
    m AS (UPDATE "InboxEvent" SET status = 'done', "doneAt" = now()
          WHERE id = ${id}::text AND "claimToken" = ${token}::text AND status = 'processing'
            AND (SELECT xid FROM x) IS NOT NULL RETURNING 1)
    SELECT (SELECT xid::text FROM x) AS xid, (SELECT count(*) FROM m)::int AS marked`;
  const row = rows[0];
  const xid = row?.xid ?? null;
  if (id && xid && row?.marked !== 1) throw new InboxLeaseLostError(id);
  return xid;
}

const pause = (attempt: number, left: number) =>
  new Promise((r) => setTimeout(r, Math.max(0, Math.min(100 * 2 ** (attempt - 1), 1_000, left))));

/**
 * The BookingStore on Prisma: each unit of work is one interactive transaction, retried on deadlock.
 *
 * The last statement of a transaction that wrote anything reads its transaction id and, when a chat
 * event from the inbox is being handled, marks that event done: its effect and its done mark commit
 * together (see finishTx). A read-only transaction marks nothing.
 *
 * A broken connection: before the commit was sent, the server rolled everything back, so the unit
 * runs again. During the commit the outcome is unknown, so it is asked for: the transaction's id
 * has a status that survives the connection (txid_status). Committed:
 * the result computed before the commit is returned; aborted: the unit runs again. After
 * UNAVAILABLE_RETRY_MS without an answer: StoreUnavailableError(false) when nothing can have been
 * committed, ("unknown") when the commit's fate could not be learnt.
 */
export function createPrismaBookingStore(
  prisma: PrismaClient,
  opts: { timeoutMs?: number; unavailableRetryMs?: number } = {},
): BookingStore {
  const timeout = opts.timeoutMs ?? 60_000;
  const retryFor = opts.unavailableRetryMs ?? UNAVAILABLE_RETRY_MS;

  /** committed / aborted, or null while it cannot be learnt (database still away). */
  async function fateOf(xid: string): Promise<"committed" | "aborted" | null> {
    try {
      const rows = await prisma.$queryRaw<
        Array<{ s: string | null }>
      >`SELECT txid_status(${xid}::bigint) AS s`;
      const st = rows[0]?.s;
      if (st === "committed") return "committed";
      if (st === "in progress") return null;
      return "aborted"; // aborted, or too old to know (NULL): not ours to have committed a moment ago
    } catch (e) {
      if (isStoreUnavailable(e)) return null;
      throw e;
    }
  }

  const outside = createPrismaTx(prisma);
  return {
    ...createPrismaOneStepBooking(prisma, { retryMs: retryFor }),
    async transaction<T>(fn: (tx: BookingTx) => Promise<T>): Promise<T> {
      const started = Date.now();
      for (let attempt = 1; ; attempt++) {
        let xid: string | null = null;
        let body: { result: T } | null = null;
        try {
          const ctx = inboxContext.getStore();
          const result = await prisma.$transaction(
            async (tx) => {
              const value = await fn(createPrismaTx(tx));
              xid = await finishTx(tx, ctx);
              body = { result: value };
              return value;
            },
            { maxWait: timeout, timeout },
          );
          if (ctx && xid) ctx.marked = true;
          return result;
        } catch (e) {
          // A group session moved or given onto a trainer's personal session (database trigger).
          const guard = calendarGuardError(e);
          if (guard) throw guard;
          if (!isStoreUnavailable(e)) {
            if (attempt >= MAX_ATTEMPTS || !isRetryable(e)) throw e;
            await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
            continue;
          }
          const done = body as { result: T } | null;
          if (done && xid) {
            // The connection broke while committing: learn the outcome before doing anything again.
            for (let ask = 1; ; ask++) {
              const fate = await fateOf(xid);
              if (fate === "committed") {
                const ctx = inboxContext.getStore();
                if (ctx) ctx.marked = true;
                return done.result;
              }
              if (fate === "aborted") break;
              const waited = Date.now() - started;
              if (waited >= retryFor) throw new StoreUnavailableError("unknown", e);
              await pause(ask, retryFor - waited);
            }
          }
          const waited = Date.now() - started;
          if (waited >= retryFor) throw new StoreUnavailableError(false, e);
          await pause(attempt, retryFor - waited);
        }
      }
    },
    // Statements outside a transaction need no per-call state: one set of query functions serves all.
    singleRead: (fn) => fn(outside),
  };
}
