import { DelayedError, type Job, UnrecoverableError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { ChatPlatform } from "../../chat/incoming.ts";
import {
  DAILY_SCAN_JOB,
  DeliveryJobSchema,
  OUTBOX_JOB,
  OutboxJobSchema,
  REMINDER_SCAN_JOB,
} from "../../jobs/notice-jobs.ts";
import { type FanOutDeps, fanOutOutboxEvent } from "../../notices/fan-out.ts";
import { markExhausted } from "../../notices/retry-policy.ts";
import { scanNoPassDaily, scanReminders } from "../../notices/scheduled.ts";
import { type SendDeps, sendDelivery } from "../../notices/send-delivery.ts";
import { deliveryQueueName, type NoticeQueues, OUTBOX_QUEUE } from "./notice-queues.ts";

export interface WorkerTuning {
  /** Parallel sends per platform; pacing is the limiter's job, this only hides network latency. */
  deliveryConcurrency: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

export const DEFAULT_TUNING: WorkerTuning = { deliveryConcurrency: 16 };

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
        const out = await sendDelivery(send, data.data.key);
        if (out.kind === "delay") {
          // A rate limit or an older notice ahead: wait without spending one of the job's attempts.
          await job.moveToDelayed(send.clock.now().getTime() + out.ms, token);
          throw new DelayedError();
        }
        return out.kind;
      },
      { ...common, concurrency: tuning.deliveryConcurrency },
    );
    w.on("failed", (job, err) => {
      if (!job || err instanceof DelayedError) return;
      const final = err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
      if (final) void markExhausted(send, String(job.id));
    });
    return w;
  });

  const workers = [outboxWorker, ...deliveryWorkers];
  for (const w of workers)
    w.on("error", (err) => send.log.warn({ err: String(err), queue: w.name }, "notice worker: redis error"));
  return {
    workers,
    async close(force = false) {
      await Promise.all(workers.map((w) => w.close(force)));
    },
  };
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
