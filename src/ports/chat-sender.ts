import type { ChatPlatform, Reply } from "./chat.ts";

/** Where a notice goes: a person's direct messages, or a group channel. */
export type NoticeTarget =
  | { kind: "direct"; platform: ChatPlatform; platformUserId: string }
  | { kind: "channel"; platform: ChatPlatform; channelId: string };

/**
 * Whom a 429 holds back: the whole bot on that platform (a global limit, a bot-wide retry_after or
 * Retry-After), or only the chat (route) the request went to.
 */
export type RateLimitScope = "platform" | "chat";

/**
 * A send that failed: rate limited (wait retryAfterMs; `scope` says whom it holds back, the
 * platform when unknown), retryable, or permanent (never retry).
 */
export class SendError extends Error {
  constructor(
    readonly kind: "rate_limited" | "retryable" | "permanent",
    message: string,
    readonly retryAfterMs?: number,
    readonly scope: RateLimitScope = "platform",
  ) {
    super(message);
    this.name = "SendError";
  }
}

/** Sends a neutral reply as a notice on one platform, through that adapter's renderer. */
export interface ChatSender {
  platform: ChatPlatform;
  /** idempotencyKey: stable per notice and recipient (e.g. a message nonce). */
  send(target: NoticeTarget, reply: Reply, idempotencyKey: string): Promise<{ messageId: string }>;
}
