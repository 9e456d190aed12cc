import type { PrismaClient } from "../../generated/prisma/client.ts";

/** Platforms redeliver within minutes (Slack retries, Telegram offsets); a week is ample. */
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

/** Runs pruneChatState now and then hourly until stopped; a failed run is logged and retried next time. */
export function scheduleHousekeeping(
  prisma: PrismaClient,
  now: () => Date,
  log: { warn(obj: Record<string, unknown>, msg: string): void },
  everyMs = 3_600_000,
): { stop(): void } {
  const run = () => {
    pruneChatState(prisma, now()).catch((err: unknown) => log.warn({ err }, "housekeeping: prune failed"));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
