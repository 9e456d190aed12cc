import type { Clock } from "../ports/clock.ts";
import type { NoticeRateLimiter } from "../ports/notice-rate-limiter.ts";

/** Send pacing inside one process (the in-process runner without Redis). Same rules as Redis. */
export function createMemoryRateLimiter(clock: Clock): NoticeRateLimiter {
  const nextAt = new Map<string, number>();
  const sentAt = new Map<string, number[]>();
  const hold = (key: string, ms: number, exact = false) => {
    const until = clock.now().getTime() + ms;
    nextAt.set(key, exact ? until : Math.max(nextAt.get(key) ?? 0, until));
  };
  return {
    async reserve(rules, maxWaitMs, pauseKey) {
      const now = clock.now().getTime();
      let start = now;
      let blockedBy = rules[0]?.key ?? pauseKey ?? "";
      for (const key of [...rules.map((r) => r.key), ...(pauseKey ? [pauseKey] : [])]) {
        const at = nextAt.get(key) ?? 0;
        if (at > start) {
          start = at;
          blockedBy = key;
        }
      }
      const waitMs = start - now;
      if (waitMs > maxWaitMs) return { ok: false, retryInMs: waitMs, blockedBy };
      for (const r of rules) nextAt.set(r.key, start + r.intervalMs);
      return { ok: true, waitMs };
    },
    async block(keys, ms, opts) {
      for (const k of keys) hold(k, ms, opts?.exact);
    },
    async pause(pauseKey, ms) {
      hold(pauseKey, ms);
    },
    async admit(pauseKey, window) {
      const now = clock.now().getTime();
      const pausedMs = (nextAt.get(pauseKey) ?? 0) - now;
      if (pausedMs > 0) return { ok: false, waitMs: pausedMs, paused: true };
      if (!window) return { ok: true };
      const recent = (sentAt.get(window.key) ?? []).filter((t) => t > now - window.ms);
      sentAt.set(window.key, recent);
      if (recent.length >= window.max)
        return { ok: false, waitMs: Math.max(1, (recent[0] ?? now) + window.ms - now), paused: false };
      recent.push(now);
      return { ok: true };
    },
  };
}
