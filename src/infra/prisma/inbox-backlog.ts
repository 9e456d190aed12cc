import type { PrismaClient } from "../../generated/prisma/client.ts";

/** Events recorded and not yet done (pending or being handled), and the age of the oldest. */
export async function inboxBacklog(
  prisma: PrismaClient,
  now: Date,
): Promise<{ count: number; oldestAgeMs: number | null }> {
  const [row] = await prisma.$queryRaw<Array<{ count: bigint; oldest: Date | null }>>`
    SELECT count(*)::bigint AS count, min("receivedAt") AS oldest
    FROM "InboxEvent" WHERE status IN ('pending', 'processing')`;
  const oldest = row?.oldest ?? null;
  return {
    count: Number(row?.count ?? 0),
    oldestAgeMs: oldest ? Math.max(0, now.getTime() - new Date(oldest).getTime()) : null,
  };
}
