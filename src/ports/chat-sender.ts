import type { ChatPlatform } from "../chat/incoming.ts";
import type { Reply } from "../replies/reply.ts";

/** Where a notice goes: a person's direct messages, or a group channel. */
export type NoticeTarget =
  | { kind: "direct"; platform: ChatPlatform; platformUserId: string }
  | { kind: "channel"; platform: ChatPlatform; channelId: string };

/** A send that failed: rate limited (wait retryAfterMs), retryable, or permanent (never retry). */
export class SendError extends Error {
  constructor(
    readonly kind: "rate_limited" | "retryable" | "permanent",
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "SendError";
  }
}

/** Sends a neutral reply as a notice on one platform, through that adapter's renderer. */
export interface ChatSender {
  platform: ChatPlatform;
  /** idempotencyKey: stable per notice and recipient (e.g. a Discord message nonce). */
  send(target: NoticeTarget, reply: Reply, idempotencyKey: string): Promise<{ messageId: string }>;
}
