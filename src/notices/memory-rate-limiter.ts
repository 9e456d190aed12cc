import type { Clock } from "../ports/clock.ts";
import type { NoticeRateLimiter } from "../ports/notice-rate-limiter.ts";

/** Send pacing inside one process (the in-process runner without Redis). Same rules as Redis. */
export function createMemoryRateLimiter(clock: Clock): NoticeRateLimiter {
  const nextAt = new Map<string, number>();
  return {
    async reserve(rules, maxWaitMs) {
      const now = clock.now().getTime();
      const start = Math.max(now, ...rules.map((r) => nextAt.get(r.key) ?? 0));
      const waitMs = start - now;
      if (waitMs > maxWaitMs) return { ok: false, retryInMs: waitMs };
      for (const r of rules) nextAt.set(r.key, start + r.intervalMs);
      return { ok: true, waitMs };
    },
    async block(keys, ms) {
      const until = clock.now().getTime() + ms;
      for (const k of keys) nextAt.set(k, Math.max(nextAt.get(k) ?? 0, until));
    },
  };
}
