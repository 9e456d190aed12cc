import crypto from "node:crypto";
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import type { ClaimedEvent, InboxEntry, InboxStore } from "../../ports/inbox.ts";
import { batched } from "./batched-writes.ts";
import { rowsOf } from "./direct-sql.ts";
import { inboxContext } from "./inbox-context.ts";

type Row = {
  id: string;
  platform: string;
  payload: unknown;
  attempts: number;
  receivedAt: Date | string;
  claimToken: string;
};

/** A freshly recorded event belongs to the process that received it for this long. */
export const FRESH_GRACE_MS = 2_000;
const MAX_ERROR_LENGTH = 500;
/** An event done with its effect whose replies were not confirmed sent within this long is in doubt. */
const IN_DOUBT_AFTER_MS = 60_000;

const toClaimed = (r: Row): ClaimedEvent => ({
  id: r.id,
  platform: r.platform,
  payload: r.payload,
  attempts: Number(r.attempts),
  receivedAt: new Date(r.receivedAt),
  token: r.claimToken,
});

/** "The replies were sent" for one event; `store`: with the replies and the done mark (markReplied). */
type SentMark = { id: string; token: string; store: boolean; replies: unknown };

/**
 * The inbox on PostgreSQL (or PGlite). Lease times are the database's clock, so processes with
 * skewed clocks agree on when a lease has run out. Claims take rows with FOR UPDATE SKIP LOCKED.
 */
export function createPrismaInbox(prisma: PrismaClient): InboxStore {
  // The per-event statements of the fast path (record, replies) go to pg directly (direct-sql.ts).
  const rows = rowsOf(prisma);
  // `e.id = ANY(ids)` makes the plan find each row by its key. Joined on the JSON alone, the planner
  // (which takes a JSON function for 100 rows) scanned the whole inbox: every reply's mark grew with it.
  const sentMarks = batched<SentMark>(async (marks) => {
    await rows`
      UPDATE "InboxEvent" e SET "repliedAt" = now(), "leaseUntil" = NULL,
        status = CASE WHEN x.store THEN 'done' ELSE e.status END,
        "doneAt" = CASE WHEN x.store THEN COALESCE(e."doneAt", now()) ELSE e."doneAt" END,
        replies = CASE WHEN x.store THEN x.replies ELSE e.replies END
      FROM jsonb_to_recordset(${JSON.stringify(marks)}::jsonb) AS x(id text, token text, store boolean, replies jsonb)
      WHERE e.id = ANY(${marks.map((m) => m.id)}::text[]) AND e.id = x.id AND e."claimToken" = x.token AND (NOT x.store OR e.status IN ('processing', 'done'))`;
  });
  /** One insert for a batch of entries, each row leased to this process with a token of its own. */
  async function insertClaimed(entries: InboxEntry[], leaseMs: number): Promise<ClaimedEvent[]> {
    const json = JSON.stringify(
      entries.map((e) => ({
        id: e.id,
        platform: e.platform,
        payload: e.payload ?? null,
        token: crypto.randomUUID(),
      })),
    );
    const inserted = await rows<{ id: string; receivedAt: Date | string }>`
      INSERT INTO "InboxEvent" (id, platform, payload, status, attempts, "leaseUntil", "claimToken")
      SELECT x.id, x.platform, x.payload, 'processing', 1, now() + ${leaseMs} * interval '1 millisecond', x.token
      FROM jsonb_to_recordset(${json}::jsonb) AS x(id text, platform text, payload jsonb, token text)
      ON CONFLICT (id) DO NOTHING RETURNING id, "receivedAt"`;
    const at = new Map(inserted.map((r) => [r.id, r.receivedAt]));
    // Read back from the JSON that was inserted: the handling sees each payload as a later one
    // would read it from the record (plain JSON).
    const sent = JSON.parse(json) as Array<{
      id: string;
      platform: string;
      payload: unknown;
      token: string;
    }>;
    return sent.flatMap((e) => {
      const receivedAt = at.get(e.id);
      if (receivedAt === undefined) return [];
      at.delete(e.id); // an id twice in one batch is one event
      return [
        {
          id: e.id,
          platform: e.platform,
          payload: e.payload,
          attempts: 1,
          receivedAt: new Date(receivedAt),
          token: e.token,
        },
      ];
    });
  }
  // Events received at the same time (where each event is a call of its own) are
  // recorded by one insert; each call gets the claims of its own entries. An id in two calls is one
  // event: the first call gets it, the second finds it recorded (a redelivery).
  const records = batched<{ entries: InboxEntry[]; leaseMs: number }, ClaimedEvent[]>(async (calls) => {
    const claimed = new Map<string, ClaimedEvent>();
    for (const leaseMs of new Set(calls.map((c) => c.leaseMs)))
      for (const ev of await insertClaimed(
        calls.filter((c) => c.leaseMs === leaseMs).flatMap((c) => c.entries),
        leaseMs,
      ))
        claimed.set(ev.id, ev);
    return calls.map((c) =>
      c.entries.flatMap((e) => {
        const ev = claimed.get(e.id);
        if (!ev) return [];
        claimed.delete(e.id);
        return [ev];
      }),
    );
  });
  return {
    async record(entry) {
      const rows = await prisma.$queryRaw<Array<{ id: string }>>`
        INSERT INTO "InboxEvent" (id, platform, payload) VALUES (${entry.id}, ${entry.platform}, ${JSON.stringify(entry.payload ?? null)}::jsonb)
        ON CONFLICT (id) DO NOTHING RETURNING id`;
      return rows.length === 1;
    },

    recordClaimed: async (entries, leaseMs) =>
      entries.length === 0 ? [] : records.add({ entries, leaseMs }),

    async claim(id, leaseMs) {
      const rows = await prisma.$queryRaw<Row[]>`
        UPDATE "InboxEvent" SET status = 'processing', attempts = attempts + 1,
          "leaseUntil" = now() + ${leaseMs} * interval '1 millisecond', "claimToken" = ${crypto.randomUUID()}
        WHERE id = ${id} AND (status = 'pending' OR (status = 'processing' AND "leaseUntil" < now()))
        RETURNING id, platform, payload, attempts, "receivedAt", "claimToken"`;
      return rows[0] ? toClaimed(rows[0]) : null;
    },

    async claimDue(limit, leaseMs) {
      // Due: pending past the receiver's grace and any backoff, or leased by a process that died.
      // A done event is never taken again: its effect is committed, and its replies were either
      // sent or are in doubt (stored but never confirmed), which is not repeated blindly.
      const rows = await prisma.$queryRaw<Row[]>`
        UPDATE "InboxEvent" e SET
          status = 'processing',
          attempts = e.attempts + 1,
          "leaseUntil" = now() + ${leaseMs} * interval '1 millisecond',
          "claimToken" = md5(random()::text || e.id)
        FROM (SELECT id FROM "InboxEvent"
              WHERE (status = 'pending' AND "receivedAt" < now() - ${FRESH_GRACE_MS} * interval '1 millisecond'
                     AND ("retryAt" IS NULL OR "retryAt" <= now()))
                 OR (status = 'processing' AND "leaseUntil" < now())
              ORDER BY "receivedAt", id LIMIT ${limit} FOR UPDATE SKIP LOCKED) due
        WHERE e.id = due.id
        RETURNING e.id, e.platform, e.payload, e.attempts, e."receivedAt", e."claimToken"`;
      return rows.map(toClaimed).sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    },

    async withinClaim(event, fn) {
      const ctx = { id: event.id, token: event.token, marked: false };
      try {
        return await inboxContext.run(ctx, fn);
      } finally {
        event.doneWithEffect = ctx.marked;
      }
    },

    async complete(event, replies) {
      await rows`
        UPDATE "InboxEvent" SET status = 'done', "doneAt" = COALESCE("doneAt", now()),
          replies = ${JSON.stringify(replies ?? null)}::jsonb
        WHERE id = ${event.id} AND "claimToken" = ${event.token} AND status IN ('processing', 'done')`;
    },

    markReplied: (event, replies) =>
      sentMarks.add({
        id: event.id,
        token: event.token,
        store: replies !== undefined,
        replies: replies === undefined ? null : replies,
      }),

    async release(event, error, retryInMs) {
      await prisma.$executeRaw`
        UPDATE "InboxEvent" SET status = ${retryInMs === null ? "failed" : "pending"}, "leaseUntil" = NULL,
          "retryAt" = now() + ${retryInMs ?? 0} * interval '1 millisecond', "lastError" = ${error.slice(0, MAX_ERROR_LENGTH)}
        WHERE id = ${event.id} AND "claimToken" = ${event.token} AND status = 'processing'`;
    },

    async unconfirmedReplies() {
      return prisma.inboxEvent.count({
        where: {
          status: "done",
          repliedAt: null,
          OR: [
            { replies: { not: Prisma.AnyNull } },
            { doneAt: { lt: new Date(Date.now() - IN_DOUBT_AFTER_MS) } },
          ],
        },
      });
    },

    async status(id) {
      const r = await prisma.inboxEvent.findUnique({
        where: { id },
        select: { status: true, attempts: true, replies: true },
      });
      return r ? { status: r.status, attempts: r.attempts, replies: r.replies } : null;
    },

    async pruneDone(before) {
      return prisma.inboxEvent
        .deleteMany({ where: { status: "done", doneAt: { lt: before }, repliedAt: { not: null } } })
        .then((r) => r.count);
    },
  };
}

/**
 * Inside a write transaction of the event being handled: marks it done in that transaction, once.
 * 0 rows means another process holds the lease now, and the transaction must roll back.
 */
export async function markInboxDoneInTx(
  exec: (id: string, token: string) => Promise<number>,
): Promise<"marked" | "none" | "lost"> {
  const ctx = inboxContext.getStore();
  if (!ctx || ctx.marked) return "none";
  return (await exec(ctx.id, ctx.token)) === 1 ? "marked" : "lost";
}
