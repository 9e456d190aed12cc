import type { ChatPlatform } from "../../src/ports/chat.ts";
import { lineText, type Reply } from "../../src/ports/chat.ts";
import { type ChatSender, type NoticeTarget, SendError } from "../../src/ports/chat-sender.ts";

export interface SentNotice {
  target: NoticeTarget;
  reply: Reply;
  key: string;
  at: number;
}

/**
 * A ChatSender that records what reached "the platform". `dedupeByKey` models Discord's nonce
 * (a repeat with the same key is dropped); `beforeSend` lets a test fail or hang a call.
 */
export function createRecordingSender(
  platform: ChatPlatform,
  opts: { dedupeByKey?: boolean; beforeSend?: (key: string, call: number) => Promise<void> | void } = {},
): ChatSender & { sent: SentNotice[]; calls: Map<string, number>; titles(): string[] } {
  const sent: SentNotice[] = [];
  const calls = new Map<string, number>();
  let n = 0;
  return {
    platform,
    sent,
    calls,
    titles: () => sent.map((s) => s.reply.title ?? lineText(s.reply.lines[0] ?? "")),
    async send(target, reply, key) {
      const call = (calls.get(key) ?? 0) + 1;
      calls.set(key, call);
      await opts.beforeSend?.(key, call);
      if (opts.dedupeByKey && sent.some((s) => s.key === key)) return { messageId: `dup-${key}` };
      sent.push({ target, reply, key, at: Date.now() });
      n += 1;
      return { messageId: `m${n}` };
    },
  };
}

export const rateLimitedOnce = (retryAfterMs: number) => (_key: string, call: number) => {
  if (call === 1) throw new SendError("rate_limited", "429 Too Many Requests", retryAfterMs);
};

/** Counts sends per key; any key sent more than once is a duplicate. */
export function duplicates(sent: SentNotice[]): string[] {
  const seen = new Map<string, number>();
  for (const s of sent) seen.set(s.key, (seen.get(s.key) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}

/**
 * The sends of these outbox rows' notices (keys `n-<outboxId>-...`). A running notice process also
 * sends what its job schedulers find (the hourly "No pass linked" scan fires at every full hour, and
 * the seeded studio has a closed schedule without a pass), so a test counts the sends it caused and
 * checks for duplicates over every send.
 */
export function sendsFor(sent: SentNotice[], outboxIds: bigint[]): SentNotice[] {
  const prefixes = outboxIds.map((id) => `n-${id}-`);
  return sent.filter((s) => prefixes.some((p) => s.key.startsWith(p)));
}
