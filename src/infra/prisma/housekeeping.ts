import type { PrismaClient } from "../../generated/prisma/client.ts";

/** A used link code is kept a week for support questions, then removed. */
const USED_CODE_TTL_MS = 7 * 24 * 3_600_000;

export interface PruneResult {
  conversationStates: number;
  linkCodes: number;
}

/**
 * Removes what only mattered for a while: expired conversation state (pending
 * choices, open forms), expired or long-used link codes. Idempotent, so every process may run it.
 */
export async function pruneChatState(prisma: PrismaClient, now: Date): Promise<PruneResult> {
  const t = now.getTime();
  const [conversationStates, linkCodes] = await Promise.all([
    prisma.conversationState.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.linkCode.deleteMany({
      where: { OR: [{ expiresAt: { lt: now } }, { usedAt: { lt: new Date(t - USED_CODE_TTL_MS) } }] },
    }),
  ]);
  return {
    conversationStates: conversationStates.count,
    linkCodes: linkCodes.count,
  };
}
