import type { PrismaClient } from "../../generated/prisma/client.ts";

/** Platforms redeliver within minutes (retries, unconfirmed offsets); a week is ample. */
const PROCESSED_EVENT_TTL_MS = 7 * 24 * 3_600_000;
/** A used link code is kept a week for support questions, then removed. */
const USED_CODE_TTL_MS = 7 * 24 * 3_600_000;

export interface PruneResult {
  processedEvents: number;
  conversationStates: number;
  linkCodes: number;
}

/**
 * Removes what only mattered for a while: event dedupe marks, expired conversation state (pending
 * choices, open forms), expired or long-used link codes. Idempotent, so every process may run it.
 */
export async function pruneChatState(prisma: PrismaClient, now: Date): Promise<PruneResult> {
  const t = now.getTime();
  const [processedEvents, conversationStates, linkCodes] = await Promise.all([
    prisma.processedEvent.deleteMany({ where: { createdAt: { lt: new Date(t - PROCESSED_EVENT_TTL_MS) } } }),
    prisma.conversationState.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.linkCode.deleteMany({
      where: { OR: [{ expiresAt: { lt: now } }, { usedAt: { lt: new Date(t - USED_CODE_TTL_MS) } }] },
    }),
  ]);
  return {
    processedEvents: processedEvents.count,
    conversationStates: conversationStates.count,
    linkCodes: linkCodes.count,
  };
}
