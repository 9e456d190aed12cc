import type { ChatPlatform } from "../chat/incoming.ts";
import type { NoticeTarget } from "./chat-sender.ts";

/** One limit: at most one send per `intervalMs` under `key` (a chat, a group, a platform). */
export interface RateLimitRule {
  key: string;
  intervalMs: number;
}

/** Shared send pacing, so every worker of every process respects one platform budget. */
export interface NoticeRateLimiter {
  /**
   * Reserves the next send slot under all rules. When it is at most `maxWaitMs` away it is taken
   * and the caller waits `waitMs`; otherwise nothing is reserved and the caller retries later.
   */
  reserve(
    rules: RateLimitRule[],
    maxWaitMs: number,
  ): Promise<{ ok: true; waitMs: number } | { ok: false; retryInMs: number }>;
  /** Holds every key back for `ms` (a platform's retry_after). */
  block(keys: string[], ms: number): Promise<void>;
}

/**
 * The names of the limiter's keys and the pacing arithmetic, shared by every platform's pacing
 * (adapters/<platform>/pacing.ts) and by the sends that block keys after a 429.
 *
 * We pace a little under the published rate: network jitter can bunch evenly spaced sends so that
 * a strict one-second window at the platform would see one message too many.
 */
export const PACING_MARGIN = 0.97;

/** The interval between sends that keeps `n` a second, with the margin. */
export const perSecond = (n: number): number => 1000 / (n * PACING_MARGIN);

export const globalKey = (platform: ChatPlatform): string => `${platform}-global`;
export const targetKey = (platform: ChatPlatform, target: NoticeTarget): string =>
  `${platform}-${target.kind}-${target.kind === "direct" ? target.platformUserId : target.channelId}`;
