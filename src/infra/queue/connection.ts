import { Redis } from "ioredis";

// Producer commands give up fast so a Redis outage never holds up the relay's transaction.
export const PRODUCER_CONNECT_TIMEOUT_MS = 1_000;
export const PRODUCER_COMMAND_TIMEOUT_MS = 2_000;

/**
 * The relay's connection: no offline queue (a command while disconnected fails at once instead of
 * waiting), one retry, short timeouts. It keeps reconnecting in the background.
 */
export function createProducerRedis(url: string): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: PRODUCER_CONNECT_TIMEOUT_MS,
    commandTimeout: PRODUCER_COMMAND_TIMEOUT_MS,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  // Errors surface where commands fail; an unhandled 'error' event would crash the process.
  redis.on("error", () => undefined);
  return redis;
}

/** Workers block on Redis and must retry forever across outages (BullMQ requires this). */
export function createWorkerRedis(url: string): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  redis.on("error", () => undefined);
  return redis;
}
