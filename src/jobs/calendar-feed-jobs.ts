import type { Logger } from "../ports/logger.ts";

/**
 * The calendar-feed refresh job: one repeatable job that refreshes every URL feed. Its processor is
 * the plain use case refreshAllCalendarFeeds (testable without Redis); the job carries no data.
 */
export const CALENDAR_FEED_QUEUE = "calendar-feeds";
export const CALENDAR_FEED_JOB = "refresh-all";
/** Deterministic scheduler id (no ':' in it), so every process upserts the same one. */
export const CALENDAR_FEED_SCHEDULER = "calendar-feeds-refresh";
/** How often feeds are refreshed. */
export const CALENDAR_FEED_EVERY_MS = 15 * 60_000;

/** Runs the refresh on a schedule until stopped (BullMQ repeatable job, or an in-process timer). */
export interface CalendarFeedRefresher {
  stop(): Promise<void>;
}

/** Without Redis: the same refresh on a timer in this process (the embedded single-process mode). */
export function startInProcessCalendarFeeds(
  process: () => Promise<unknown>,
  log: Logger,
  everyMs = CALENDAR_FEED_EVERY_MS,
): CalendarFeedRefresher {
  let running: Promise<unknown> | null = null;
  const run = () => {
    if (running) return;
    running = process()
      .catch((err: unknown) => log.warn({ err: String(err) }, "calendar feeds: refresh failed"))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, everyMs);
  timer.unref();
  const first = setTimeout(run, 5_000);
  first.unref();
  return {
    async stop() {
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
