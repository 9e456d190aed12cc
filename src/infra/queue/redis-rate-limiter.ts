import type { Redis } from "ioredis";
import type { NoticeRateLimiter } from "../../ports/notice-rate-limiter.ts";

// Each key holds the earliest time (Redis clock, ms) of its next send. One script reserves a slot
// under every key at once, so all workers in all processes share one budget per platform and chat.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local start = now
for i = 1, #KEYS do
  local nextAt = tonumber(redis.call('GET', KEYS[i]) or '0')
  if nextAt > start then start = nextAt end
end
local wait = start - now
if wait > tonumber(ARGV[1]) then return {0, wait} end
for i = 1, #KEYS do
  local interval = tonumber(ARGV[i + 1])
  redis.call('SET', KEYS[i], tostring(start + interval), 'PX', math.ceil(wait + interval) + 1000)
end
return {1, wait}`;

const BLOCK = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untilAt = now + tonumber(ARGV[1])
for i = 1, #KEYS do
  local nextAt = tonumber(redis.call('GET', KEYS[i]) or '0')
  if untilAt > nextAt then redis.call('SET', KEYS[i], tostring(untilAt), 'PX', tonumber(ARGV[1]) + 1000) end
end
return 1`;

/** Send pacing shared through Redis; `prefix` keeps test runs and deployments apart. */
export function createRedisRateLimiter(redis: Redis, prefix: string): NoticeRateLimiter {
  const k = (key: string) => `${prefix}:notice-rl:${key}`;
  return {
    async reserve(rules, maxWaitMs) {
      if (rules.length === 0) return { ok: true, waitMs: 0 };
      const res = (await redis.eval(
        RESERVE,
        rules.length,
        ...rules.map((r) => k(r.key)),
        maxWaitMs,
        ...rules.map((r) => r.intervalMs),
      )) as [number, number];
      const wait = Math.max(0, Math.ceil(Number(res[1])));
      return res[0] === 1 ? { ok: true, waitMs: wait } : { ok: false, retryInMs: wait };
    },
    async block(keys, ms) {
      if (keys.length === 0) return;
      await redis.eval(BLOCK, keys.length, ...keys.map(k), Math.ceil(ms));
    },
  };
}
