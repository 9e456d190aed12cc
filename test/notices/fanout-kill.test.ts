import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { addOutbox, rescheduleEvent, type Studio, seedStudio } from "../../fakes/notice-studio.ts";
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
    // Evidence the kill fell mid-fan-out: 40 sends done (waited for above) and not every member's
    // send started, so the restart has sends of its own to make.
    expect(started.size, "sends the killed worker had started").toBeLessThan(studio.members.length);
    // What the dead worker left claimed: its rows marked "attempting" (nothing else writes them now).
    const attemptingAtKill = (
      await db.prisma.noticeDelivery.findMany({
        where: { outboxId, status: "attempting" },
        select: { key: true },
      })
    ).map((r) => r.key);

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
      tuning: { deliveryConcurrency: 16, lockDurationMs: 2_000, stalledIntervalMs: 1_000 },
    });
    const open = () =>
      db.prisma.noticeDelivery.count({ where: { outboxId, status: { in: ["pending", "attempting"] } } });
    expect(await waitFor(async () => (await open()) === 0, 120_000)).toBe(true);
    const rows = await db.prisma.noticeDelivery.findMany({ where: { outboxId } });
    const uncertain = rows.filter((r) => r.status === "uncertain").map((r) => r.key);
    // Only a request that may truly have left is in doubt: exactly the rows the dead worker left
    // claimed ("attempting") become uncertain, and no other. A row is claimed immediately before its
    // request and marked sent one round trip after it, so a kill leaves three kinds claimed:
    // - in flight (its request started, not finished): truly in doubt;
    // - sent but not yet marked (its SENT line printed, the mark not committed): it did leave;
    // - claimed but not started (the kill fell between the claim's commit and the sender's first
    //   line): held uncertain although nothing left. That window holds a few rows at most; claiming
    //   before waiting for the rate-limit slot (the bug of issue 9) left 15 of them, which this
    //   still catches.
    // (A count bound that left out the second kind failed once in CI: 2 uncertain where it allowed 1.)
    expect([...uncertain].sort(), "uncertain rows are exactly those the killed worker had claimed").toEqual(
      [...attemptingAtKill].sort(),
    );
    const claimedNotStarted = attemptingAtKill.filter((k) => !started.has(k));
    const sentNotMarked = attemptingAtKill.filter((k) => finished.has(k));
    expect(claimedNotStarted.length, "claimed rows whose request had not started").toBeLessThanOrEqual(3);
    // A claim is taken inside one of the 16 delivery slots, right before its request.
    expect(attemptingAtKill.length, "rows claimed at the kill").toBeLessThanOrEqual(16);
    // Nothing the child sent is sent again; everything else is sent once.
    const again = sender.sent.map((s) => s.key).filter((k) => started.has(k));
    expect(again, "sent again although the killed worker had started it").toEqual([]);
    expect(rows.filter((r) => r.status !== "sent" && r.status !== "uncertain")).toEqual([]);
    console.info(
      `killed after ${finished.size} sends with ${inFlight.length} in flight, ${claimedNotStarted.length} claimed and not started, ${sentNotMarked.length} sent and not marked; ${uncertain.length} uncertain`,
    );
  });
});
