import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { addOutbox, rescheduleEvent, type Studio, seedStudio } from "../../fakes/notice-studio.ts";
import { type NoticesHandle, startNotices } from "../../src/app/start-notices.ts";
import { systemClock } from "../../src/ports/clock.ts";
import { silentLogger } from "../../src/ports/logger.ts";
import { REDIS_URL } from "../support/services.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { deleteTestPrefixes, dropQuietly, freshPrefix, waitFor } from "./harness.ts";
import { createRecordingSender } from "./recording-sender.ts";

const CHILD = path.join(import.meta.dirname, "worker-child.ts");

describePg("a notice worker killed mid-fan-out", () => {
  let db: TestDatabase;
  let studio: Studio;
  let child: ChildProcess | null = null;
  let handle: NoticesHandle | null = null;
  beforeAll(async () => {
    db = await createTestPgDatabase();
    studio = await seedStudio(db.prisma, { members: 150, closedScheduleHasPass: true });
  });
  afterAll(async () => {
    child?.kill("SIGKILL");
    await handle?.stop();
    await dropQuietly(db);
    await deleteTestPrefixes(REDIS_URL);
  });

  it("leaves at most the sends in flight uncertain; every other member gets the notice once", {
    timeout: 240_000,
  }, async () => {
    const prefix = freshPrefix("fk");
    const proc = spawn(
      process.execPath,
      ["--import", "tsx", CHILD, db.url, REDIS_URL, prefix, "telegram-fanout"],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    child = proc;
    let out = "";
    proc.stdout?.on("data", (b: Buffer) => {
      out += b.toString();
    });
    expect(await waitFor(() => out.includes("READY"), 60_000)).toBe(true);
    const outboxId = await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
    const count = (word: string) => out.split("\n").filter((l) => l.startsWith(`${word} `)).length;
    expect(await waitFor(() => count("SENT") >= 40, 60_000)).toBe(true);
    const exited = new Promise((r) => proc.once("exit", r));
    proc.kill("SIGKILL");
    await exited;
    child = null;
    const lines = out.split("\n");
    const started = new Set(lines.filter((l) => l.startsWith("SENDING ")).map((l) => l.slice(8)));
    const finished = new Set(lines.filter((l) => l.startsWith("SENT ")).map((l) => l.slice(5)));
    const inFlight = [...started].filter((k) => !finished.has(k));
    // What the dead worker left claimed: its rows marked "attempting" (nothing else writes them now).
    const attemptingAtKill = (
      await db.prisma.noticeDelivery.findMany({
        where: { outboxId, status: "attempting" },
        select: { key: true },
      })
    ).map((r) => r.key);

    const sender = createRecordingSender("telegram");
    handle = await startNotices({
      prisma: db.prisma,
      redisUrl: REDIS_URL,
      senders: [sender],
      log: silentLogger,
      clock: systemClock,
      queuePrefix: prefix,
      relayPollMs: 100,
      tuning: { deliveryConcurrency: 16, lockDurationMs: 2_000, stalledIntervalMs: 1_000 },
    });
    const open = () =>
      db.prisma.noticeDelivery.count({ where: { outboxId, status: { in: ["pending", "attempting"] } } });
    expect(await waitFor(async () => (await open()) === 0, 120_000)).toBe(true);
    const rows = await db.prisma.noticeDelivery.findMany({ where: { outboxId } });
    const uncertain = rows.filter((r) => r.status === "uncertain").map((r) => r.key);
    // Only a request that may truly have left is in doubt: each uncertain row was claimed by the dead
    // worker, and a row is claimed immediately before its request. Between the claim's commit and
    // the sender's first line there is one database round trip, so a kill can land there (seen once
    // in 6 loaded runs, and in CI): such a row is rightly held uncertain although nothing left. That
    // window holds a few rows at most; claiming before waiting for the rate-limit slot (the bug of
    // issue 9) left 15 of them, which this still catches.
    expect(
      uncertain.filter((k) => !attemptingAtKill.includes(k)),
      "uncertain although the killed worker had not claimed it",
    ).toEqual([]);
    const claimedNotStarted = attemptingAtKill.filter((k) => !started.has(k));
    expect(claimedNotStarted.length, "claimed rows whose request had not started").toBeLessThanOrEqual(3);
    expect(uncertain.length).toBeLessThanOrEqual(inFlight.length + claimedNotStarted.length);
    // Nothing the child sent is sent again; everything else is sent once.
    const again = sender.sent.map((s) => s.key).filter((k) => started.has(k));
    expect(again, "sent again although the killed worker had started it").toEqual([]);
    expect(rows.filter((r) => r.status !== "sent" && r.status !== "uncertain")).toEqual([]);
    console.info(
      `killed after ${finished.size} sends with ${inFlight.length} in flight, ${claimedNotStarted.length} claimed and not started; ${uncertain.length} uncertain`,
    );
  });
});
