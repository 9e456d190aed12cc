import { DelayedError, type Job, UnrecoverableError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import {
  DAILY_SCAN_JOB,
  DeliveryJobSchema,
  OUTBOX_JOB,
  OutboxJobSchema,
  REMINDER_SCAN_JOB,
} from "../../jobs/notice-jobs.ts";
import { type FanOutDeps, fanOutOutboxEvent } from "../../notices/fan-out.ts";
import {
  MAX_INLINE_WAIT_MS,
  REFUSED_INLINE_RETRIES,
  REFUSED_INLINE_WAIT_MS,
} from "../../notices/rate-limits.ts";
import { markExhausted } from "../../notices/retry-policy.ts";
import { scanNoPassDaily, scanReminders } from "../../notices/scheduled.ts";
import { type SendDeps, type SendOutcome, sendDelivery } from "../../notices/send-delivery.ts";
import type { ChatPlatform } from "../../ports/chat.ts";
import { deliveryQueueName, type NoticeQueues, OUTBOX_QUEUE } from "./notice-queues.ts";

/** At most one "redis error" line per worker in this long (the rest are counted). */
const ERROR_LOG_EVERY_MS = 30_000;

export interface WorkerTuning {
  /** Parallel sends per platform; pacing is the limiter's job, this only hides network latency. */
  deliveryConcurrency: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

export const DEFAULT_TUNING: WorkerTuning = { deliveryConcurrency: 16 };

/**
 * BullMQ honours a manual rate limit (`queue.rateLimit` + `Worker.RateLimitError`) only on a worker
 * with a limiter; this one never limits by itself (the notice limiter paces sends).
 */
const MANUAL_RATE_LIMIT_ONLY = { max: 1_000_000_000, duration: 1_000 };

export interface NoticeWorkers {
  workers: Worker[];
  /** Waits for running jobs to finish, then closes (SIGTERM path); `force` does not wait. */
  close(force?: boolean): Promise<void>;
}

/** Outbox fan-out, scheduled scans and per-platform delivery workers. */
export function startNoticeWorkers(opts: {
  connection: Redis;
  prefix: string;
  queues: NoticeQueues;
  fanOut: FanOutDeps;
  send: SendDeps;
  platforms: ChatPlatform[];
  tuning?: WorkerTuning;
}): NoticeWorkers {
  const { fanOut, send, queues } = opts;
  const tuning = opts.tuning ?? DEFAULT_TUNING;
  const common = {
    connection: opts.connection,
    prefix: opts.prefix,
    ...(tuning.lockDurationMs ? { lockDuration: tuning.lockDurationMs } : {}),
    ...(tuning.stalledIntervalMs ? { stalledInterval: tuning.stalledIntervalMs } : {}),
  };

  // Concurrency 1: outbox rows fan out in id order, so the notices of one chain keep their order.
  const outboxWorker = new Worker(
    OUTBOX_QUEUE,
    async (job: Job) => {
      if (job.name === OUTBOX_JOB) {
        const data = OutboxJobSchema.safeParse(job.data);
        if (!data.success) throw new UnrecoverableError(`bad outbox job data: ${data.error.message}`);
        await queues.addDeliveries(await fanOutOutboxEvent(fanOut, BigInt(data.data.outboxId)));
      } else if (job.name === REMINDER_SCAN_JOB) {
        await queues.addDeliveries(await scanReminders(fanOut, send.clock.now()));
        await fanOut.coachingDigestScan?.();
        await queues.addDeliveries(await staleOpenDeliveries(send));
      } else if (job.name === DAILY_SCAN_JOB) {
        await queues.addDeliveries(await scanNoPassDaily(fanOut, send.clock.now()));
      } else {
        throw new UnrecoverableError(`unknown notice job ${job.name}`);
      }
    },
    { ...common, concurrency: 1 },
  );

  const deliveryWorkers = opts.platforms.map((platform) => {
    const w = new Worker(
      deliveryQueueName(platform),
      async (job: Job, token?: string) => {
        const data = DeliveryJobSchema.safeParse(job.data);
        if (!data.success) throw new UnrecoverableError(`bad delivery job data: ${data.error.message}`);
        const pauseQueue = (ms: number) => queues.delivery(platform).rateLimit(Math.max(1, Math.ceil(ms)));
        const out = await sendKeepingPlace(send, data.data.key, pauseQueue);
        if (out.kind === "paused") {
          // The platform takes nothing for out.ms: every worker of this queue, in every process,
          // stops taking jobs until then, and this job goes back to the head of the queue (not its
          // tail), so it keeps its place. Neither spends an attempt.
          await pauseQueue(out.ms);
          throw Worker.RateLimitError();
        }
        if (out.kind === "delay" || out.kind === "refused") {
          // An older notice to the chat ahead, its own budget spent, or a long retry_after for it:
          // wait without spending one of the job's attempts; other chats go on.
          await job.moveToDelayed(send.clock.now().getTime() + out.ms, token);
          throw new DelayedError();
        }
        return out.kind;
      },
      { ...common, concurrency: tuning.deliveryConcurrency, limiter: MANUAL_RATE_LIMIT_ONLY },
    );
    w.on("failed", (job, err) => {
      if (!job || err instanceof DelayedError) return;
      const final = err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
      if (final) void markExhausted(send, String(job.id));
    });
    return w;
  });

  const workers = [outboxWorker, ...deliveryWorkers];
  // A Redis outage makes every worker report each reconnect try (several lines a second): the first
  // error of a queue is logged, then at most one line per ERROR_LOG_EVERY_MS with the count since.
  // That Redis is down (and back) is said once by the app's dependency watch (docs/reliability.md).
  for (const w of workers) {
    let last = 0;
    let since = 0;
    w.on("error", (err) => {
      since++;
      if (Date.now() - last < ERROR_LOG_EVERY_MS) return;
      send.log.warn({ err: String(err), queue: w.name, errors: since }, "notice worker: redis error");
      last = Date.now();
      since = 0;
    });
  }
  return {
    workers,
    async close(force = false) {
      await Promise.all(workers.map((w) => w.close(force)));
    },
  };
}

/**
 * One run of a delivery job. A refused send with a short retry_after waits for it here, with the
 * job still active (its lock keeps being renewed), and is tried again first: the delivery keeps its
 * place instead of queueing behind every later one. For a bot-wide 429 the queue stops handing out
 * jobs meanwhile (`paused` for everyone else), and this send books the first slot after the pause.
 */
async function sendKeepingPlace(send: SendDeps, key: string, pauseQueue: (ms: number) => Promise<void>) {
  let out: SendOutcome = await sendDelivery(send, key);
  for (let i = 0; i < REFUSED_INLINE_RETRIES; i++) {
    const botWide = out.kind === "paused" && out.reason === "refused_bot_wide";
    if ((out.kind !== "refused" && !botWide) || !("ms" in out) || out.ms > REFUSED_INLINE_WAIT_MS) return out;
    if (botWide) {
      await pauseQueue(out.ms);
      // Wake just before the pause ends: the slot booked then is the first one after it.
      await send.sleep(Math.max(0, out.ms - MAX_INLINE_WAIT_MS / 2));
    } else await send.sleep(out.ms);
    out = await sendDelivery(send, key, { afterRefusal: true });
  }
  return out;
}

/**
 * Open deliveries older than this are queued again by the minute scan. Their job ids make this a
 * no-op while the job exists; it only matters when Redis lost the job (a restart without AOF).
 */
export const STALE_DELIVERY_MS = 5 * 60_000;

async function staleOpenDeliveries(deps: SendDeps): Promise<Array<{ key: string; platform: ChatPlatform }>> {
  const cutoff = deps.clock.now().getTime() - STALE_DELIVERY_MS;
  const open = await deps.deliveries.listOpen(500);
  return open
    .filter((d) => d.createdAt.getTime() < cutoff && deps.senders.has(d.platform))
    .map((d) => ({ key: d.key, platform: d.platform }));
}

/** Reminder scan every minute; "No pass linked" scan hourly (each org's local hour decides). */
export async function upsertNoticeSchedulers(queues: NoticeQueues): Promise<void> {
  const opts = { removeOnComplete: true, removeOnFail: { count: 100 } };
  await queues.outbox.upsertJobScheduler(
    "notices-reminder-scan",
    { every: 60_000 },
    { name: REMINDER_SCAN_JOB, data: {}, opts },
  );
  await queues.outbox.upsertJobScheduler(
    "notices-daily-scan",
    { pattern: "0 * * * *", tz: "UTC" },
    { name: DAILY_SCAN_JOB, data: {}, opts },
  );
}
