import { Queue } from "bullmq";
import { afterAll, beforeAll, expect, it } from "vitest";
import { addOutbox, rescheduleEvent, type Studio, seedStudio } from "../../fakes/notice-studio.ts";
import { PLATFORMS } from "../../src/app/adapters.ts";
import { startHttpServer } from "../../src/app/http-server.ts";
import { pacingFrom } from "../../src/app/start-adapters.ts";
import { type NoticesHandle, startNotices } from "../../src/app/start-notices.ts";
import { systemClock } from "../../src/ports/clock.ts";
import { silentLogger } from "../../src/ports/logger.ts";
import { REDIS_URL } from "../support/services.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { deleteTestPrefixes, dropQuietly, freshPrefix, waitFor } from "./harness.ts";
import { createRecordingSender } from "./recording-sender.ts";

describePg("queue health endpoint", () => {
  let db: TestDatabase;
  let studio: Studio;
  let handle: NoticesHandle | null = null;
  let server: { port: number; close(): Promise<void> } | null = null;
  beforeAll(async () => {
    db = await createTestPgDatabase();
    studio = await seedStudio(db.prisma, { members: 2, closedScheduleHasPass: true });
  });
  afterAll(async () => {
    await server?.close();
    await handle?.stop();
    await dropQuietly(db);
    await deleteTestPrefixes(REDIS_URL);
  });

  it("reports queue counts, the outbox backlog and delivery states as JSON", async () => {
    const prefix = freshPrefix("ns");
    // A backlog first: rows written before any relay runs.
    await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
    await db.prisma.outboxEvent.updateMany({ data: { createdAt: new Date(Date.now() - 5_000) } });
    handle = await startNotices({
      pacing: pacingFrom(PLATFORMS),
      prisma: db.prisma,
      redisUrl: REDIS_URL,
      senders: [createRecordingSender("telegram")],
      log: silentLogger,
      clock: systemClock,
      queuePrefix: prefix,
      relayPollMs: 60_000,
    });
    const h = handle;
    const adminToken = "an-admin-token-of-24-chars-or-more";
    server = await startHttpServer({ port: 0, adminToken, status: () => h.status() });
    const get = async (path: string) =>
      fetch(`http://127.0.0.1:${server?.port}${path}`, {
        headers: { authorization: `Bearer ${adminToken}` },
      });

    // The first relay poll runs at start; read until it has drained the backlog.
    expect(await waitFor(async () => (await h.status()).queues["notices-telegram"]?.completed === 3)).toBe(
      true,
    );
    const res = await get("/notices/status");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    const body = (await res.json()) as {
      mode: string;
      queues: Record<string, Record<string, number>>;
      outbox: { unrelayed: number };
      deliveries: Record<string, number>;
    };
    expect(body.mode).toBe("redis");
    expect(Object.keys(body.queues).sort()).toEqual(["notices-outbox", "notices-telegram"]);
    expect(body.queues["notices-telegram"]).toMatchObject({
      waiting: 0,
      active: 0,
      failed: 0,
      delayed: 0,
      completed: 3,
    });
    expect(body.outbox).toEqual({ unrelayed: 0, oldestAgeMs: null });
    expect(body.deliveries).toEqual({ sent: 3 });

    // A new row shows as backlog until the next poll.
    await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
    const backlog = (await (await get("/notices/status")).json()) as {
      outbox: { unrelayed: number; oldestAgeMs: number };
    };
    expect(backlog.outbox.unrelayed).toBe(1);
    expect(backlog.outbox.oldestAgeMs).toBeGreaterThanOrEqual(0);
    expect((await get("/other")).status).toBe(404);

    // The reminder and daily scans are installed as BullMQ job schedulers.
    const q = new Queue("notices-outbox", {
      connection: { host: "127.0.0.1", port: Number(new URL(REDIS_URL).port || 6379) },
      prefix,
    });
    expect((await q.getJobSchedulers()).map((j) => j.key).sort()).toEqual([
      "notices-daily-scan",
      "notices-reminder-scan",
    ]);
    await q.close();
  });
});
