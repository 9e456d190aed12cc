import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
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
import { systemClock } from "../../src/ports/clock.ts";
import { silentLogger } from "../../src/ports/logger.ts";
import { REDIS_URL } from "../support/services.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { deleteTestPrefixes, dropQuietly, freshPrefix, waitFor } from "./harness.ts";
import { createRecordingSender } from "./recording-sender.ts";

const CHILD = path.join(import.meta.dirname, "worker-child.ts");

describePg("a notice worker killed mid-job", () => {
  let db: TestDatabase;
  let studio: Studio;
  let child: ChildProcess | null = null;
  let handle: NoticesHandle | null = null;
  beforeAll(async () => {
    db = await createTestPgDatabase();
    studio = await seedStudio(db.prisma, { members: 1 });
    // This member reads notices on Discord, whose message nonce makes a repeat harmless.
    const m = studio.members[0];
    if (!m) throw new Error("seed");
    await db.prisma.platformIdentity.create({
      data: { platform: "discord", platformUserId: "900000000000000001", personId: m.personId },
    });
  });
  afterAll(async () => {
    child?.kill("SIGKILL");
    await handle?.stop();
    await dropQuietly(db);
    await deleteTestPrefixes(REDIS_URL);
  });

  it("leaves the job to another worker, which completes it once", async () => {
    const prefix = freshPrefix("nk");
    const proc = spawn(process.execPath, ["--import", "tsx", CHILD, db.url, REDIS_URL, prefix], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    child = proc;
    let out = "";
    proc.stdout?.on("data", (b: Buffer) => {
      out += b.toString();
    });
    expect(await waitFor(() => out.includes("READY"), 30_000)).toBe(true);
    const m = studio.members[0];
    if (!m) throw new Error("seed");
    const id = await addOutbox(db.prisma, studio.orgId, promotedEvent(studio, m));
    const key = `n-${id}-p-${m.personId}`;
    expect(await waitFor(() => out.includes(`SENDING ${key}`), 30_000)).toBe(true);
    const exited = new Promise((r) => proc.once("exit", r));
    proc.kill("SIGKILL");
    await exited;
    child = null;
    // Evidence the kill fell inside the send: the child started it once (its SENDING line), never
    // finished it (no SENT line; this sender never returns), and its row is the claim of attempt 1.
    expect(
      out.split("\n").filter((l) => l === `SENDING ${key}`),
      "the send had started",
    ).toHaveLength(1);
    expect(out, "the send had not finished").not.toContain(`SENT ${key}`);
    const atKill = await db.prisma.noticeDelivery.findUniqueOrThrow({ where: { key } });
    expect({ status: atKill.status, attempts: atKill.attempts }).toEqual({
      status: "attempting",
      attempts: 1,
    });

    const sender = createRecordingSender("discord", { dedupeByKey: true });
    handle = await startNotices({
      pacing: pacingFrom(PLATFORMS),
      prisma: db.prisma,
      redisUrl: REDIS_URL,
      senders: [sender],
      log: silentLogger,
      clock: systemClock,
      queuePrefix: prefix,
      relayPollMs: 100,
      tuning: { deliveryConcurrency: 1, lockDurationMs: 2_000, stalledIntervalMs: 1_000 },
    });
    expect(
      await waitFor(
        async () => (await db.prisma.noticeDelivery.findUniqueOrThrow({ where: { key } })).status === "sent",
        30_000,
      ),
    ).toBe(true);
    expect(sender.sent.map((s) => s.key)).toEqual([key]);
    const row = await db.prisma.noticeDelivery.findUniqueOrThrow({ where: { key } });
    // Attempt 1 died with the child; attempt 2 (same nonce) completed.
    expect(row.attempts).toBe(2);
    // One BullMQ job for the delivery, completed once.
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    const q = new Queue("notices-discord", { connection: redis, prefix });
    expect(await waitFor(async () => (await q.getJob(key))?.finishedOn !== undefined)).toBe(true);
    const job = await q.getJob(key);
    expect(await job?.getState()).toBe("completed");
    expect(job?.returnvalue).toBe("sent");
    expect(await q.getJobCounts("completed", "failed", "waiting", "delayed", "active")).toEqual({
      completed: 1,
      failed: 0,
      waiting: 0,
      delayed: 0,
      active: 0,
    });
    await q.close();
    redis.disconnect();
  });

  it("a worker frozen mid-send loses its lock; the re-run does not send a Telegram notice again", async () => {
    await handle?.stop();
    handle = null;
    const prefix = freshPrefix("nk");
    // The child sends on Telegram; it is frozen (SIGSTOP, a starved CPU) between the claim and the
    // platform's answer, long past its 2 s lock, so the stalled-job check gives the job to us.
    const proc = spawn(
      process.execPath,
      ["--import", "tsx", CHILD, db.url, REDIS_URL, prefix, "telegram-slow"],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    child = proc;
    let out = "";
    proc.stdout?.on("data", (b: Buffer) => {
      out += b.toString();
    });
    expect(await waitFor(() => out.includes("READY"), 30_000)).toBe(true);
    const m = studio.members[0];
    if (!m) throw new Error("seed");
    const id = await addOutbox(db.prisma, studio.orgId, skippedEvent(studio, m));
    const key = `n-${id}-p-${m.personId}`;
    expect(await waitFor(() => out.includes(`SENDING ${key}`), 30_000, 5)).toBe(true);
    proc.kill("SIGSTOP");
    // Evidence the freeze fell inside the send (between its SENDING and SENT lines): once what the
    // child wrote before the stop has been read, there is no SENT line, and the row is still claimed.
    await new Promise((r) => setTimeout(r, 200));
    expect(out, "frozen before the send finished").not.toContain(`SENT ${key}`);
    expect((await db.prisma.noticeDelivery.findUniqueOrThrow({ where: { key } })).status).toBe("attempting");

    const sender = createRecordingSender("telegram");
    handle = await startNotices({
      pacing: pacingFrom(PLATFORMS),
      prisma: db.prisma,
      redisUrl: REDIS_URL,
      senders: [sender],
      log: silentLogger,
      clock: systemClock,
      queuePrefix: prefix,
      relayPollMs: 100,
      tuning: { deliveryConcurrency: 1, lockDurationMs: 2_000, stalledIntervalMs: 1_000 },
    });
    const status = async () => (await db.prisma.noticeDelivery.findUniqueOrThrow({ where: { key } })).status;
    // The re-run finds the attempt without an outcome and does not repeat it.
    expect(await waitFor(async () => (await status()) === "uncertain", 30_000)).toBe(true);
    expect(sender.calls.get(key)).toBeUndefined();

    // The frozen send resumes, reaches "the platform" and is recorded: one send in all.
    proc.kill("SIGCONT");
    expect(await waitFor(async () => (await status()) === "sent", 30_000)).toBe(true);
    // The row can say "sent" before the parent has read the child's SENT line from its pipe.
    expect(await waitFor(() => out.includes(`SENT ${key}`), 10_000, 5)).toBe(true);
    expect(out.split("\n").filter((l) => l === `SENT ${key}`)).toHaveLength(1);
    expect(out.split("\n").filter((l) => l === `SENDING ${key}`)).toHaveLength(1);
    expect(sender.calls.get(key)).toBeUndefined();
    proc.kill("SIGKILL");
    child = null;
  });
});
