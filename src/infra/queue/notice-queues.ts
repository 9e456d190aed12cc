import { type JobsOptions, Queue } from "bullmq";
import type { Redis } from "ioredis";
import {
  DELIVERY_JOB,
  type DeliveryJob,
  OUTBOX_JOB,
  type OutboxJob,
  outboxJobId,
} from "../../jobs/notice-jobs.ts";
import type { DeliveryRef } from "../../notices/fan-out.ts";
import { FAN_OUT_RETRY, type RetryPolicy, SEND_RETRY } from "../../notices/retry-policy.ts";
import type { ChatPlatform } from "../../ports/chat.ts";
import type { OutboxRow } from "../../ports/notice-outbox.ts";

export const OUTBOX_QUEUE = "notices-outbox";
/** One delivery queue per platform: a platform that is slow or rate limited holds up only itself. */
export const deliveryQueueName = (platform: ChatPlatform): string => `notices-${platform}`;

const retry = (p: RetryPolicy): JobsOptions => ({
  attempts: p.attempts,
  backoff: { type: "exponential", delay: p.baseDelayMs, jitter: p.jitter },
});

/** Retries under the one retry policy of notices (src/notices/retry-policy.ts). */
export const OUTBOX_JOB_OPTIONS: JobsOptions = {
  ...retry(FAN_OUT_RETRY),
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
export const DELIVERY_JOB_OPTIONS: JobsOptions = {
  ...retry(SEND_RETRY),
  // Kept a day so a re-queued key is recognised by its job id too (the delivery row is the real guard).
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

// Bounds one publish even when the connection hangs half-open.
export const PUBLISH_TIMEOUT_MS = 3_000;

export interface NoticeQueues {
  outbox: Queue;
  delivery(platform: ChatPlatform): Queue;
  all(): Queue[];
  /** Adds one job per outbox row (job id outbox-<id>): a second add of the same row is a no-op. */
  publishOutbox(rows: OutboxRow[]): Promise<bigint[]>;
  addDeliveries(refs: DeliveryRef[]): Promise<void>;
  close(): Promise<void>;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** The producer side of the notice queues, on a fail-fast connection. */
export function createNoticeQueues(producer: Redis, prefix: string, platforms: ChatPlatform[]): NoticeQueues {
  const make = (name: string) => {
    const q = new Queue(name, { connection: producer, prefix });
    q.on("error", () => undefined);
    return q;
  };
  const outbox = make(OUTBOX_QUEUE);
  const deliveries = new Map(platforms.map((p) => [p, make(deliveryQueueName(p))] as const));
  const delivery = (platform: ChatPlatform): Queue => {
    const q = deliveries.get(platform);
    if (!q) throw new Error(`no delivery queue for ${platform}`);
    return q;
  };
  return {
    outbox,
    delivery,
    all: () => [outbox, ...deliveries.values()],
    async publishOutbox(rows) {
      const jobs = rows.map((r) => ({
        name: OUTBOX_JOB,
        data: { outboxId: String(r.id) } satisfies OutboxJob,
        opts: { ...OUTBOX_JOB_OPTIONS, jobId: outboxJobId(r.id) },
      }));
      await withTimeout(outbox.addBulk(jobs), PUBLISH_TIMEOUT_MS, "outbox publish");
      return rows.map((r) => r.id);
    },
    async addDeliveries(refs) {
      for (const p of new Set(refs.map((r) => r.platform))) {
        const jobs = refs
          .filter((r) => r.platform === p)
          .map((r) => ({
            name: DELIVERY_JOB,
            data: { key: r.key } satisfies DeliveryJob,
            opts: { ...DELIVERY_JOB_OPTIONS, jobId: r.key },
          }));
        await delivery(p).addBulk(jobs);
      }
    },
    async close() {
      await Promise.all([outbox, ...deliveries.values()].map((q) => q.close()));
    },
  };
}
