import { setTimeout as delay } from "node:timers/promises";
import { type CalendarFeedRefresher, startInProcessCalendarFeeds } from "../jobs/calendar-feed-jobs.ts";
import type { Logger } from "../ports/logger.ts";
import { refreshAllCalendarFeeds } from "../use-cases/personal/calendar-feeds.ts";
import type { PersonalDeps } from "../use-cases/personal/deps.ts";
import type { Env } from "./env.ts";

const STOP_WAIT_MS = 5_000;

/** The host part of calendar UIDs: the public URL's host, stable across restarts. */
export function publicHost(env: Env): string {
  return env.PUBLIC_URL ? new URL(env.PUBLIC_URL).host : "bookings.local";
}

/**
 * Refreshes trainers' .ics feeds on a schedule: one BullMQ repeatable job shared by every process
 * with REDIS_URL (Redis unreachable at start: the job's scheduler is installed once it answers;
 * start-up never waits for it), else a timer.
 */
export async function startCalendarFeeds(
  env: Env,
  deps: PersonalDeps,
  log: Logger,
): Promise<CalendarFeedRefresher> {
  const process = () => refreshAllCalendarFeeds(deps);
  if (!env.REDIS_URL) return startInProcessCalendarFeeds(process, log);
  const [{ startCalendarFeedQueue }, { createProducerRedis, createWorkerRedis }] = await Promise.all([
    import("../infra/queue/calendar-feed-queue.ts"),
    import("../infra/queue/connection.ts"),
  ]);
  const producer = createProducerRedis(env.REDIS_URL);
  const worker = createWorkerRedis(env.REDIS_URL);
  try {
    const q = await startCalendarFeedQueue({
      producer,
      workerConnection: worker,
      prefix: env.REDIS_PREFIX,
      process,
      log,
    });
    return {
      async stop() {
        // With Redis down a graceful close would wait for it without end.
        await Promise.race([q.stop().catch(() => undefined), delay(STOP_WAIT_MS)]);
        producer.disconnect();
        worker.disconnect();
      },
    };
  } catch (err) {
    log.warn({ err: String(err) }, "calendar feeds: Redis unavailable, refreshing in-process");
    producer.disconnect();
    worker.disconnect();
    return startInProcessCalendarFeeds(process, log);
  }
}
