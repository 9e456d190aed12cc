import { type Job, Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";
import {
  CALENDAR_FEED_EVERY_MS,
  CALENDAR_FEED_JOB,
  CALENDAR_FEED_QUEUE,
  CALENDAR_FEED_SCHEDULER,
  type CalendarFeedRefresher,
} from "../../jobs/calendar-feed-jobs.ts";
import type { Logger } from "../../ports/logger.ts";

export interface CalendarFeedQueueOptions {
  producer: Redis;
  /** A connection with maxRetriesPerRequest: null (BullMQ workers need it). */
  workerConnection: Redis;
  prefix: string;
  process: () => Promise<unknown>;
  log: Logger;
  everyMs?: number;
}

/** How long one try to install the job scheduler may take, and the pause before the next. */
export const SCHEDULER_TRY_MS = 5_000;

/**
 * The refresh as a BullMQ repeatable job: every process upserts the same job scheduler, so one
 * refresh runs per interval however many processes there are, on whichever worker takes it.
 * Never waits for Redis: the worker waits by itself, and the scheduler is installed as soon as Redis
 * answers (BullMQ's upsert waits for a connection with no bound, so each try is bounded, one at a
 * time, and a failed or slow one is logged).
 */
export async function startCalendarFeedQueue(opts: CalendarFeedQueueOptions): Promise<CalendarFeedRefresher> {
  const queue = new Queue(CALENDAR_FEED_QUEUE, { connection: opts.producer, prefix: opts.prefix });
  queue.on("error", () => undefined);
  const worker = new Worker(
    CALENDAR_FEED_QUEUE,
    async (job: Job) => {
      if (job.name === CALENDAR_FEED_JOB) await opts.process();
    },
    { connection: opts.workerConnection, prefix: opts.prefix, concurrency: 1 },
  );
  // One line per 30 s at most (a Redis outage reports every reconnect try); the rest are counted.
  let lastError = 0;
  let errors = 0;
  worker.on("error", (err) => {
    errors++;
    if (Date.now() - lastError < 30_000) return;
    opts.log.warn({ err: String(err), errors }, "calendar feeds: worker error");
    lastError = Date.now();
    errors = 0;
  });
  worker.on("failed", (_job, err) => opts.log.warn({ err: String(err) }, "calendar feeds: refresh failed"));

  let installed = false;
  let inFlight: Promise<unknown> | null = null;
  const install = () => {
    if (installed || inFlight) return;
    const attempt = queue.upsertJobScheduler(
      CALENDAR_FEED_SCHEDULER,
      { every: opts.everyMs ?? CALENDAR_FEED_EVERY_MS },
      { name: CALENDAR_FEED_JOB, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    inFlight = attempt.then(
      () => {
        installed = true;
        clearInterval(timer);
      },
      (err: unknown) =>
        opts.log.warn({ err: String(err) }, "calendar feeds: scheduler not installed yet; retrying"),
    );
    void inFlight.finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
  const timer = setInterval(() => {
    if (inFlight && !installed)
      opts.log.warn({}, "calendar feeds: Redis not answering; scheduler not installed yet");
    void install();
  }, SCHEDULER_TRY_MS);
  // Redis up: installed before this returns (a bounded wait); down: later, in the background.
  const first = install();
  if (first) await Promise.race([first, new Promise((r) => setTimeout(r, SCHEDULER_TRY_MS).unref())]);
  return {
    async stop() {
      clearInterval(timer);
      installed = true;
      await worker.close();
      await queue.close();
    },
  };
}
