import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import type { NoticeOutbox, OutboxRow } from "../../ports/notice-outbox.ts";

// The publish step talks to Redis with short timeouts; this only bounds a stuck one.
const RELAY_TX_TIMEOUT_MS = 20_000;

/** The outbox read by the relay, on PostgreSQL (FOR UPDATE SKIP LOCKED) or PGlite. */
export function createPrismaNoticeOutbox(prisma: PrismaClient): NoticeOutbox {
  return {
    async relayBatch(limit, publish, now) {
      return prisma.$transaction(
        async (tx) => {
          // SKIP LOCKED: a second relay takes the next rows instead of waiting for, or repeating, ours.
          const rows = await tx.$queryRaw<OutboxRow[]>`
            SELECT id, "orgId", kind, "createdAt" FROM "OutboxEvent"
            WHERE "relayedAt" IS NULL ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
          if (rows.length === 0) return { claimed: 0, relayed: 0 };
          const done = await publish(rows.map((r) => ({ ...r, id: BigInt(r.id) })));
          if (done.length > 0) {
            await tx.$executeRaw`UPDATE "OutboxEvent" SET "relayedAt" = ${now} WHERE id IN (${Prisma.join(done)})`;
          }
          return { claimed: rows.length, relayed: done.length };
        },
        { timeout: RELAY_TX_TIMEOUT_MS, maxWait: RELAY_TX_TIMEOUT_MS },
      );
    },

    async listUnrelayed(limit) {
      return prisma.outboxEvent.findMany({
        where: { relayedAt: null },
        orderBy: { id: "asc" },
        take: limit,
        select: { id: true, orgId: true, kind: true, createdAt: true },
      });
    },

    async markRelayed(ids, now) {
      if (ids.length === 0) return;
      await prisma.outboxEvent.updateMany({
        where: { id: { in: ids }, relayedAt: null },
        data: { relayedAt: now },
      });
    },

    async backlog(now) {
      const [row] = await prisma.$queryRaw<Array<{ count: bigint; oldest: Date | null }>>`
        SELECT count(*)::bigint AS count, min("createdAt") AS oldest FROM "OutboxEvent" WHERE "relayedAt" IS NULL`;
      const count = Number(row?.count ?? 0);
      const oldest = row?.oldest ?? null;
      return { count, oldestAgeMs: oldest ? Math.max(0, now.getTime() - new Date(oldest).getTime()) : null };
    },
  };
}
