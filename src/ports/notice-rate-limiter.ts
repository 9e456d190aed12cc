import type { ChatPlatform } from "./chat.ts";
import type { NoticeTarget } from "./chat-sender.ts";

/** One limit: at most one send per `intervalMs` under `key` (a chat, a group, a platform). */
export interface RateLimitRule {
  key: string;
  intervalMs: number;
}

/** Shared send pacing, so every worker of every process respects one platform budget. */
export interface NoticeRateLimiter {
  /**
   * Reserves the next send slot under all rules, and not before `pauseKey`'s pause ends. When it
   * is at most `maxWaitMs` away it is taken and the caller waits `waitMs`; otherwise nothing is
   * reserved, and `blockedBy` names the key (a rule's, or the pause key) that holds it furthest back.
   */
  reserve(
    rules: RateLimitRule[],
    maxWaitMs: number,
    pauseKey?: string,
  ): Promise<{ ok: true; waitMs: number } | { ok: false; retryInMs: number; blockedBy: string }>;
  /**
   * Holds every key back for `ms` (a chat's retry_after). `exact`: the key is free again after
   * exactly `ms`, even if a slot was booked later (the refused request's own slot).
   */
  block(keys: string[], ms: number, opts?: { exact?: boolean }): Promise<void>;
  /**
   * Pauses everything under `pauseKey` for `ms` (a bot-wide 429): no slot is granted before it
   * ends, and a slot granted earlier is not used (`admit` refuses it).
   */
  pause(pauseKey: string, ms: number): Promise<void>;
  /**
   * The moment of the request itself: admits it (and counts it under `window`) unless the pause
   * under `pauseKey` holds, or `window` already holds its `max` requests of the last `ms`. Paced
   * slots can still arrive bunched (a stalled event loop wakes several sends at once); this keeps
   * the requests as sent inside the platform's window.
   */
  admit(
    pauseKey: string,
    window?: SendWindow,
  ): Promise<{ ok: true } | { ok: false; waitMs: number; paused: boolean }>;
}

/** At most `max` requests in any `ms` under `key` (a platform's own sliding window). */
export interface SendWindow {
  key: string;
  max: number;
  ms: number;
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
/** The key of a platform's bot-wide pause (a 429 that holds back every chat). */
export const pauseKey = (platform: ChatPlatform): string => `${platform}-pause`;
/** The key under which a platform's requests are counted for its sliding window. */
export const windowKey = (platform: ChatPlatform): string => `${platform}-window`;
export const targetKey = (platform: ChatPlatform, target: NoticeTarget): string =>
  `${platform}-${target.kind}-${target.kind === "direct" ? target.platformUserId : target.channelId}`;
