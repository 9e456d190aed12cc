import { afterAll, beforeAll, expect, it } from "vitest";
import {
  addOutbox,
  promotedEvent,
  type Studio,
  seedStudio,
  skippedEvent,
} from "../../fakes/notice-studio.ts";
import { PLATFORMS } from "../../src/app/adapters.ts";
import { pacingFrom } from "../../src/app/start-adapters.ts";
import { type NoticesHandle, startNotices } from "../../src/app/start-notices.ts";
import { createPrismaNoticeOutbox } from "../../src/infra/prisma/notice-outbox.ts";
import { createProducerRedis } from "../../src/infra/queue/connection.ts";
import { createNoticeQueues, PUBLISH_TIMEOUT_MS } from "../../src/infra/queue/notice-queues.ts";
import { relayOnce } from "../../src/notices/relay.ts";
import { systemClock } from "../../src/ports/clock.ts";
import { silentLogger } from "../../src/ports/logger.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { dropQuietly, waitFor } from "./harness.ts";
import { freePort, privateRedis } from "./private-redis.ts";
import { createRecordingSender, duplicates } from "./recording-sender.ts";

describePg("Redis stopped while bookings commit", () => {
  let db: TestDatabase;
  let studio: Studio;
  let redis: ReturnType<typeof privateRedis>;
  let handle: NoticesHandle | null = null;
  beforeAll(async () => {
    db = await createTestPgDatabase();
    // The closed schedule has a pass, so the hourly "No pass linked" scan adds no sends of its own.
    studio = await seedStudio(db.prisma, { members: 6, closedScheduleHasPass: true });
    // A redis-server of our own: the shared one on 6379 is never stopped.
    redis = privateRedis(await freePort());
    await redis.start();
  });
  afterAll(async () => {
    await handle?.stop();
    await redis?.stop();
    await dropQuietly(db);
  });

  it("keeps bookings fast, holds the rows, and delivers every notice once when Redis is back", async () => {
    const sender = createRecordingSender("telegram");
    handle = await startNotices({
      pacing: pacingFrom(PLATFORMS),
      prisma: db.prisma,
      redisUrl: redis.url,
      senders: [sender],
      log: silentLogger,
      clock: systemClock,
      queuePrefix: "outage",
      relayPollMs: 100,
    });
    await redis.stop();

    // "Bookings" commit their outbox rows while Redis is down: a plain database write, never slowed.
    const ids: bigint[] = [];
    const started = Date.now();
    for (const m of studio.members) {
      ids.push(await addOutbox(db.prisma, studio.orgId, promotedEvent(studio, m)));
    }
    expect(Date.now() - started).toBeLessThan(2_000);

    // Several relay polls fail fast meanwhile; the rows stay unrelayed and the status says so.
    await new Promise((r) => setTimeout(r, 1_500));
    const during = await handle.status();
    expect(during.outbox.unrelayed).toBe(ids.length);
    expect(Object.values(during.queues).every((q) => "unreachable" in q)).toBe(true);
    expect(sender.sent).toEqual([]);

    // One relay pass against the dead Redis returns within the publish timeout, relaying nothing.
    const producer = createProducerRedis(redis.url);
    const queues = createNoticeQueues(producer, "outage-probe", ["telegram"]);
    const t0 = Date.now();
    const relayed = await relayOnce({
      outbox: createPrismaNoticeOutbox(db.prisma),
      publish: (rows) => queues.publishOutbox(rows),
      clock: systemClock,
      log: silentLogger,
      batchSize: 100,
    });
    expect(relayed).toBe(0);
    expect(Date.now() - t0).toBeLessThan(PUBLISH_TIMEOUT_MS + 1_000);
    await queues.close().catch(() => undefined);
    producer.disconnect();

    await redis.start();
    expect(
      await waitFor(
        async () => (await db.prisma.noticeDelivery.count({ where: { status: "sent" } })) === ids.length,
        30_000,
      ),
    ).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    expect(duplicates(sender.sent)).toEqual([]);
    expect(sender.sent).toHaveLength(ids.length);
    expect((await handle.status()).outbox.unrelayed).toBe(0);
  });

  it("starts while Redis is down and delivers once it comes up", async () => {
    await handle?.stop();
    await redis.stop();
    const sender = createRecordingSender("telegram");
    handle = await startNotices({
      pacing: pacingFrom(PLATFORMS),
      prisma: db.prisma,
      redisUrl: redis.url,
      senders: [sender],
      log: silentLogger,
      clock: systemClock,
      queuePrefix: "outage2",
      relayPollMs: 100,
    });
    const m = studio.members[0];
    if (!m) throw new Error("seed");
    const id = await addOutbox(db.prisma, studio.orgId, skippedEvent(studio, m));
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await handle.status()).outbox.unrelayed).toBe(1);
    await redis.start();
    expect(
      await waitFor(
        async () => (await db.prisma.noticeDelivery.count({ where: { outboxId: id, status: "sent" } })) === 1,
        30_000,
      ),
    ).toBe(true);
    expect(sender.sent.map((x) => x.reply.title)).toEqual(["Waitlist: spot passed on"]);
  });

  it("stops promptly on SIGTERM while Redis is down", async () => {
    await redis.stop();
    await new Promise((r) => setTimeout(r, 300));
    const t0 = Date.now();
    await handle?.stop();
    handle = null;
    expect(Date.now() - t0).toBeLessThan(5_000);
    await redis.start();
  });
});
