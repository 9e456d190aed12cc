import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { NoticeRateLimiter } from "../../ports/notice-rate-limiter.ts";

// Each key holds the earliest time (Redis clock, ms) of its next send. One script reserves a slot
// under every rule's key at once, so all workers in all processes share one budget per platform and
// chat. A pause key (the last key when ARGV[2] says so) is only read: its value is the end of a
// bot-wide pause, set by PAUSE. Returns {granted, wait, index of the key that holds it back furthest}.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local start = now
local worst = 1
for i = 1, #KEYS do
  local nextAt = tonumber(redis.call('GET', KEYS[i]) or '0')
  if nextAt > start then start = nextAt; worst = i end
end
local wait = start - now
if wait > tonumber(ARGV[1]) then return {0, wait, worst} end
local rules = #KEYS - tonumber(ARGV[2])
for i = 1, rules do
  local interval = tonumber(ARGV[i + 2])
  redis.call('SET', KEYS[i], tostring(start + interval), 'PX', math.ceil(wait + interval) + 1000)
end
return {1, wait, 0}`;

const BLOCK = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untilAt = now + tonumber(ARGV[1])
for i = 1, #KEYS do
  local nextAt = tonumber(redis.call('GET', KEYS[i]) or '0')
  if untilAt > nextAt or ARGV[2] == '1' then redis.call('SET', KEYS[i], tostring(untilAt), 'PX', tonumber(ARGV[1]) + 1000) end
end
return 1`;

// KEYS[1] the pause key, KEYS[2] (optional) the window's sorted set of request times;
// ARGV max, window ms, a unique member. Returns {0} admitted, {1, ms} paused, {2, ms} window full.
const ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untilAt = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilAt > now then return {1, untilAt - now} end
if #KEYS < 2 then return {0, 0} end
local span = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - span)
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[1]) then
  local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  return {2, math.max(1, tonumber(oldest[2]) + span - now)}
end
redis.call('ZADD', KEYS[2], now, ARGV[3])
redis.call('PEXPIRE', KEYS[2], span + 1000)
return {0, 0}`;

/** Send pacing shared through Redis; `prefix` keeps test runs and deployments apart. */
export function createRedisRateLimiter(redis: Redis, prefix: string): NoticeRateLimiter {
  const k = (key: string) => `${prefix}:notice-rl:${key}`;
  return {
    async reserve(rules, maxWaitMs, pauseKey) {
      if (rules.length === 0 && !pauseKey) return { ok: true, waitMs: 0 };
      const keys = [...rules.map((r) => r.key), ...(pauseKey ? [pauseKey] : [])];
      const res = (await redis.eval(
        RESERVE,
        keys.length,
        ...keys.map(k),
        maxWaitMs,
        pauseKey ? 1 : 0,
        ...rules.map((r) => r.intervalMs),
      )) as [number, number, number];
      const wait = Math.max(0, Math.ceil(Number(res[1])));
      if (res[0] === 1) return { ok: true, waitMs: wait };
      return { ok: false, retryInMs: wait, blockedBy: keys[Number(res[2]) - 1] ?? keys[0] ?? "" };
    },
    async block(keys, ms, opts) {
      if (keys.length === 0) return;
      await redis.eval(BLOCK, keys.length, ...keys.map(k), Math.ceil(ms), opts?.exact ? 1 : 0);
    },
    async pause(pauseKey, ms) {
      // The same "not before" arithmetic as a block: a shorter pause never shortens a longer one.
      await redis.eval(BLOCK, 1, k(pauseKey), Math.ceil(ms), 0);
    },
    async admit(pauseKey, window) {
      const res = (await (window
        ? redis.eval(ADMIT, 2, k(pauseKey), k(window.key), window.max, Math.ceil(window.ms), randomUUID())
        : redis.eval(ADMIT, 1, k(pauseKey)))) as [number, number];
      if (res[0] === 0) return { ok: true };
      return { ok: false, waitMs: Math.max(1, Math.ceil(Number(res[1]))), paused: res[0] === 1 };
    },
  };
}
