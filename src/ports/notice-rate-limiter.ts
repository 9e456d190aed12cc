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
