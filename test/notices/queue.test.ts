import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import {
  addOutbox,
  promotedEvent,
  rescheduleEvent,
  type Studio,
  seedStudio,
  zoneWithLocalHour,
} from "../../fakes/notice-studio.ts";
import { PLATFORMS } from "../../src/app/adapters.ts";
import { pacingFrom } from "../../src/app/start-adapters.ts";
import { type NoticesHandle, startNotices } from "../../src/app/start-notices.ts";
import { createPrismaNoticeOutbox } from "../../src/infra/prisma/notice-outbox.ts";
import { createNoticeQueues, OUTBOX_QUEUE } from "../../src/infra/queue/notice-queues.ts";
import { DAILY_SCAN_JOB } from "../../src/jobs/notice-jobs.ts";
import { DAILY_NO_PASS_KIND } from "../../src/notices/compose.ts";
import { relayOnce } from "../../src/notices/relay.ts";
import type { ChatSender, NoticeTarget } from "../../src/ports/chat-sender.ts";
import { systemClock } from "../../src/ports/clock.ts";
import { silentLogger } from "../../src/ports/logger.ts";
import { REDIS_URL } from "../support/services.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { deleteTestPrefixes, dropQuietly, freshPrefix, waitFor } from "./harness.ts";
import { createRecordingSender, duplicates, rateLimitedOnce, sendsFor } from "./recording-sender.ts";

const chatOf = (t: NoticeTarget) => (t.kind === "direct" ? t.platformUserId : t.channelId);
const byChat = (a: NoticeTarget, b: NoticeTarget) => chatOf(a).localeCompare(chatOf(b));

describePg("notices through BullMQ on real Redis", () => {
  let db: TestDatabase;
  let studio: Studio;
  const handles: NoticesHandle[] = [];
  const start = async (senders: ChatSender[], prefix: string) => {
    const h = await startNotices({
      pacing: pacingFrom(PLATFORMS),
      prisma: db.prisma,
      redisUrl: REDIS_URL,
      senders,
      log: silentLogger,
      clock: systemClock,
      queuePrefix: prefix,
      relayPollMs: 100,
    });
    handles.push(h);
    return h;
  };
  const sentCount = async (outboxIds: bigint[]) =>
    db.prisma.noticeDelivery.count({ where: { outboxId: { in: outboxIds }, status: "sent" } });

  beforeAll(async () => {
    db = await createTestPgDatabase();
    studio = await seedStudio(db.prisma, { members: 4 });
  });
  beforeEach(async () => {
    while (handles.length > 0) await handles.pop()?.stop();
    // Each test starts from an empty outbox so earlier rows are not relayed again under a new prefix.
    await db.prisma.outboxEvent.updateMany({ where: { relayedAt: null }, data: { relayedAt: new Date() } });
  });
  afterAll(async () => {
    while (handles.length > 0) await handles.pop()?.stop();
    await dropQuietly(db);
    await deleteTestPrefixes(REDIS_URL);
  });

  it("relays, fans out and delivers every notice exactly once", async () => {
    const sender = createRecordingSender("telegram");
    const ids = [await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio))];
    await start([sender], freshPrefix("nt"));
    expect(await waitFor(async () => (await sentCount(ids)) === studio.members.length + 1)).toBe(true);
    expect(duplicates(sender.sent)).toEqual([]);
    expect(sendsFor(sender.sent, ids)).toHaveLength(studio.members.length + 1);
    expect(await db.prisma.outboxEvent.count({ where: { id: { in: ids }, relayedAt: null } })).toBe(0);
  });

  it("relaying the same outbox row twice (two relays at once, or a relay that died before marking) makes one job", async () => {
    const prefix = freshPrefix("nt");
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    const queues = createNoticeQueues(redis, prefix, ["telegram"]);
    const outbox = createPrismaNoticeOutbox(db.prisma);
    const id = await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
    const relay = () =>
      relayOnce({
        outbox,
        publish: (rows) => queues.publishOutbox(rows),
        clock: systemClock,
        log: silentLogger,
        batchSize: 10,
      });
    const [a, b] = await Promise.all([relay(), relay()]);
    expect(a + b).toBe(1);
    // A relay that added the job but died before marking the row: the next relay adds it again.
    await queues.publishOutbox([
      { id, orgId: studio.orgId, kind: "occurrence.rescheduled", createdAt: new Date() },
    ]);
    const q = new Queue(OUTBOX_QUEUE, { connection: redis, prefix });
    expect(await q.getJobCounts("waiting", "delayed", "active")).toEqual({
      waiting: 1,
      delayed: 0,
      active: 0,
    });
    expect((await q.getWaiting()).map((j) => j.id)).toEqual([`outbox-${id}`]);

    const sender = createRecordingSender("telegram");
    await start([sender], prefix);
    expect(await waitFor(async () => (await sentCount([id])) === studio.members.length + 1)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(duplicates(sender.sent)).toEqual([]);
    expect(sendsFor(sender.sent, [id])).toHaveLength(studio.members.length + 1);
    await q.close();
    await queues.close();
    redis.disconnect();
  });

  it("two full notice processes on one outbox deliver each notice once, also while the hourly scan fires", async () => {
    const prefix = freshPrefix("nt");
    const sender = createRecordingSender("telegram");
    const ids = [
      await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio)),
      await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio)),
    ];
    // The studio's closed schedule has no pass: the daily "No pass linked" scan (cron 0 * * * *)
    // warns its trainer and admin through the same sender. A run of this test that spanned a full
    // hour once saw those two sends on top of the ten it expected. Here the scan always fires in
    // the middle, in a zone where it is 15:00, so it always has work.
    // A warning an earlier test got at a full hour would make today's key "sent" already.
    await db.prisma.noticeDelivery.deleteMany({ where: { kind: DAILY_NO_PASS_KIND } });
    const org = await db.prisma.organization.findUniqueOrThrow({ where: { id: studio.orgId } });
    await db.prisma.organization.update({
      where: { id: studio.orgId },
      data: { timezone: zoneWithLocalHour(new Date(), 15) },
    });
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    const outboxQueue = new Queue(OUTBOX_QUEUE, { connection: redis, prefix });
    try {
      await Promise.all([start([sender], prefix), start([sender], prefix)]);
      // What the "notices-daily-scan" job scheduler adds at the top of each hour.
      await outboxQueue.add(DAILY_SCAN_JOB, {});
      const expected = 2 * (studio.members.length + 1);
      const warned = async () =>
        db.prisma.noticeDelivery.count({ where: { kind: DAILY_NO_PASS_KIND, status: "sent" } });
      expect(await waitFor(async () => (await sentCount(ids)) === expected && (await warned()) === 2)).toBe(
        true,
      );
      await new Promise((r) => setTimeout(r, 300));
      // Duplicates first: a failure names the keys that were sent twice.
      expect(duplicates(sender.sent)).toEqual([]);
      expect(sendsFor(sender.sent, ids)).toHaveLength(expected);
      const warnings = sender.sent.filter((s) => s.key.startsWith(`d-${studio.closedScheduleId}-`));
      expect(warnings.map((s) => s.target).sort(byChat)).toEqual(
        [studio.trainerChat, studio.adminChat]
          .map((chat): NoticeTarget => ({ kind: "direct", platform: "telegram", platformUserId: chat }))
          .sort(byChat),
      );
      // Nothing else reached the sender.
      const own = new Set([...sendsFor(sender.sent, ids), ...warnings]);
      expect(sender.sent.filter((s) => !own.has(s)).map((s) => s.key)).toEqual([]);
    } finally {
      await outboxQueue.close();
      redis.disconnect();
      await db.prisma.organization.update({ where: { id: studio.orgId }, data: { timezone: org.timezone } });
    }
  });

  it("a send that starves the event loop past the job lock (stalled-job recovery) is not sent twice", async () => {
    const m = studio.members[1];
    if (!m) throw new Error("seed");
    // The first send blocks the whole process for 3 s, three times the lock: the lock is not
    // renewed in time, as on a heavily loaded machine, and the stalled-job check hands the job to
    // another worker while the first send is still in flight.
    const sender = createRecordingSender("telegram", {
      beforeSend: (_key, call) => {
        if (call !== 1) return;
        const until = Date.now() + 3_000;
        while (Date.now() < until) {
          // busy: no timer (lock renewal) runs meanwhile
        }
      },
    });
    const prefix = freshPrefix("nt");
    const tuning = { deliveryConcurrency: 4, lockDurationMs: 1_000, stalledIntervalMs: 500 };
    const startTuned = async () => {
      const h = await startNotices({
        pacing: pacingFrom(PLATFORMS),
        prisma: db.prisma,
        redisUrl: REDIS_URL,
        senders: [sender],
        log: silentLogger,
        clock: systemClock,
        queuePrefix: prefix,
        relayPollMs: 100,
        tuning,
      });
      handles.push(h);
    };
    await Promise.all([startTuned(), startTuned()]);
    const id = await addOutbox(db.prisma, studio.orgId, promotedEvent(studio, m));
    const key = `n-${id}-p-${m.personId}`;
    expect(await waitFor(async () => (await sentCount([id])) === 1)).toBe(true);
    // Give the stalled-job check and any re-run time to act.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(duplicates(sender.sent)).toEqual([]);
    expect(sender.calls.get(key)).toBe(1);
    expect((await db.prisma.noticeDelivery.findUniqueOrThrow({ where: { key } })).status).toBe("sent");
    const rq = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    const dq = new Queue("notices-telegram", { connection: rq, prefix });
    const job = await dq.getJob(key);
    // The lock really was lost and the job run again; the re-run found the row sent.
    expect(job?.stalledCounter).toBeGreaterThanOrEqual(1);
    expect(job?.attemptsStarted).toBeGreaterThanOrEqual(2);
    expect(await job?.getState()).toBe("completed");
    await dq.close();
    rq.disconnect();
  });

  it("honours a 429's retry_after and delivers the message once", async () => {
    const retryAfterMs = 1_500;
    const sender = createRecordingSender("telegram", { beforeSend: rateLimitedOnce(retryAfterMs) });
    const m = studio.members[0];
    if (!m) throw new Error("seed");
    const firstCallAt = new Map<string, number>();
    const base = sender.send.bind(sender);
    sender.send = (t, r, k) => {
      if (!firstCallAt.has(k)) firstCallAt.set(k, Date.now());
      return base(t, r, k);
    };
    const id = await addOutbox(db.prisma, studio.orgId, promotedEvent(studio, m));
    await start([sender], freshPrefix("nt"));
    expect(await waitFor(async () => (await sentCount([id])) === 1)).toBe(true);
    const key = `n-${id}-p-${m.personId}`;
    expect(sender.calls.get(key)).toBe(2);
    expect(duplicates(sender.sent)).toEqual([]);
    const mine = sendsFor(sender.sent, [id]);
    expect(mine).toHaveLength(1);
    expect((mine[0]?.at ?? 0) - (firstCallAt.get(key) ?? 0)).toBeGreaterThanOrEqual(retryAfterMs);
    const row = await db.prisma.noticeDelivery.findUniqueOrThrow({ where: { key } });
    expect(row.status).toBe("sent");
  });

  it("a promotion chain after a cancel arrives in order for each person", async () => {
    const [a, b, c] = studio.members;
    if (!a || !b || !c) throw new Error("seed");
    const occ = studio.occurrenceId;
    const promoted = (m: typeof a) => ({
      kind: "waitlist.promoted" as const,
      payload: { occurrenceId: occ, bookingId: m.bookingId, personId: m.personId, passId: m.passId },
    });
    // A cancel frees a spot: B is skipped (no usable pass), A is promoted; B buys a pass and is
    // promoted on the next cancel; then the session is cancelled; C is promoted elsewhere last.
    const chain = [
      {
        kind: "waitlist.skipped" as const,
        payload: {
          occurrenceId: occ,
          bookingId: b.bookingId,
          personId: b.personId,
          reason: "no_usable_pass",
        },
      },
      promoted(a),
      promoted(b),
      {
        kind: "occurrence.cancelled" as const,
        payload: {
          occurrenceId: occ,
          reason: "Trainer ill",
          refunds: [a, b].map((m) => ({ bookingId: m.bookingId, personId: m.personId, passId: m.passId })),
        },
      },
      promoted(c),
    ];
    const ids: bigint[] = [];
    for (const e of chain) ids.push(await addOutbox(db.prisma, studio.orgId, e));
    const sender = createRecordingSender("telegram");
    await start([sender], freshPrefix("nt"));
    expect(await waitFor(async () => (await sentCount(ids)) === 7)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    const to = (chat: string) =>
      sender.sent
        .filter((s) => (s.target.kind === "direct" ? s.target.platformUserId : s.target.channelId) === chat)
        .map((s) => s.reply.title);
    // Order is kept per chat (a notice never overtakes an older one to the same chat); different
    // people's notices may interleave.
    expect(to(b.platformUserId)).toEqual([
      "Waitlist: spot passed on",
      "You're in: a spot opened up",
      "Training cancelled",
    ]);
    expect(to(a.platformUserId)).toEqual(["You're in: a spot opened up", "Training cancelled"]);
    expect(to(c.platformUserId)).toEqual(["You're in: a spot opened up"]);
    expect(to("-1007770001")).toEqual(["Training cancelled"]);
    expect(duplicates(sender.sent)).toEqual([]);
    expect(sendsFor(sender.sent, ids)).toHaveLength(7);
  });
});
