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

/**
 * The refresh as a BullMQ repeatable job: every process upserts the same job scheduler, so one
 * refresh runs per interval however many processes there are, on whichever worker takes it.
 */
export async function startCalendarFeedQueue(opts: CalendarFeedQueueOptions): Promise<CalendarFeedRefresher> {
  const queue = new Queue(CALENDAR_FEED_QUEUE, { connection: opts.producer, prefix: opts.prefix });
  queue.on("error", () => undefined);
  await queue.upsertJobScheduler(
    CALENDAR_FEED_SCHEDULER,
    { every: opts.everyMs ?? CALENDAR_FEED_EVERY_MS },
    { name: CALENDAR_FEED_JOB, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
  );
  const worker = new Worker(
    CALENDAR_FEED_QUEUE,
    async (job: Job) => {
      if (job.name === CALENDAR_FEED_JOB) await opts.process();
    },
    { connection: opts.workerConnection, prefix: opts.prefix, concurrency: 1 },
  );
  worker.on("error", (err) => opts.log.warn({ err: String(err) }, "calendar feeds: worker error"));
  worker.on("failed", (_job, err) => opts.log.warn({ err: String(err) }, "calendar feeds: refresh failed"));
  return {
    async stop() {
      await worker.close();
      await queue.close();
    },
  };
}
