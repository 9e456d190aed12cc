import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { startCalendarFeedQueue } from "../../src/infra/queue/calendar-feed-queue.ts";
import { startInProcessCalendarFeeds } from "../../src/jobs/calendar-feed-jobs.ts";
import { silentLogger } from "../../src/ports/logger.ts";
import { REDIS_URL } from "../support/services.ts";
import { describePg } from "../support/test-db.ts";

const waitFor = async (ok: () => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
};

// Runs with the other Redis-backed suites (CI starts Redis beside PostgreSQL).
describePg("calendar feed refresh as a BullMQ repeatable job", () => {
  const conns: Redis[] = [];
  afterAll(async () => {
    for (const c of conns) c.disconnect();
  });

  it("two processes upsert one scheduler: the refresh runs on schedule, once per tick, and stops cleanly", async () => {
    const prefix = `i13feeds${Date.now().toString(36)}`;
    const mk = () => {
      const r = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
      conns.push(r);
      return r;
    };
    let runs = 0;
    const process = async () => {
      runs++;
    };
    const a = await startCalendarFeedQueue({
      producer: mk(),
      workerConnection: mk(),
      prefix,
      process,
      log: silentLogger,
      everyMs: 300,
    });
    const b = await startCalendarFeedQueue({
      producer: mk(),
      workerConnection: mk(),
      prefix,
      process,
      log: silentLogger,
      everyMs: 300,
    });
    await waitFor(() => runs >= 3);
    const t0 = Date.now();
    const before = runs;
    await new Promise((r) => setTimeout(r, 1200));
    // One job per 300 ms tick however many workers: about 4 in 1.2 s, never 8.
    expect(runs - before).toBeLessThanOrEqual(Math.ceil((Date.now() - t0) / 300) + 1);
    await a.stop();
    await b.stop();
    const cleanup = mk();
    const keys = await cleanup.keys(`${prefix}:*`);
    if (keys.length) await cleanup.del(...keys);
  }, 20_000);
});

describe("calendar feed refresh without Redis", () => {
  it("runs on a timer, never two at once, and waits for a running refresh on stop", async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    const r = startInProcessCalendarFeeds(
      async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((res) => setTimeout(res, 120));
        running--;
        runs++;
      },
      silentLogger,
      50,
    );
    await waitFor(() => runs >= 2);
    await r.stop();
    expect(maxRunning).toBe(1);
    expect(running).toBe(0);
  });
});
