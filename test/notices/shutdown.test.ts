import { afterAll, beforeAll, expect, it } from "vitest";
import { addOutbox, promotedEvent, type Studio, seedStudio } from "../../fakes/notice-studio.ts";
import { PLATFORMS } from "../../src/app/adapters.ts";
import { pacingFrom } from "../../src/app/start-adapters.ts";
import { startNotices } from "../../src/app/start-notices.ts";
import { systemClock } from "../../src/ports/clock.ts";
import { silentLogger } from "../../src/ports/logger.ts";
import { REDIS_URL } from "../support/services.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { deleteTestPrefixes, dropQuietly, freshPrefix, waitFor } from "./harness.ts";
import { createRecordingSender } from "./recording-sender.ts";

describePg("clean shutdown", () => {
  let db: TestDatabase;
  let studio: Studio;
  beforeAll(async () => {
    db = await createTestPgDatabase();
    studio = await seedStudio(db.prisma, { members: 1, closedScheduleHasPass: true });
  });
  afterAll(async () => {
    await dropQuietly(db);
    await deleteTestPrefixes(REDIS_URL);
  });

  it("stop() lets a send in flight finish and record its outcome", async () => {
    let started = false;
    const sender = createRecordingSender("telegram", {
      beforeSend: async () => {
        started = true;
        await new Promise((r) => setTimeout(r, 700));
      },
    });
    const handle = await startNotices({
      pacing: pacingFrom(PLATFORMS),
      prisma: db.prisma,
      redisUrl: REDIS_URL,
      senders: [sender],
      log: silentLogger,
      clock: systemClock,
      queuePrefix: freshPrefix("nd"),
      relayPollMs: 100,
    });
    const m = studio.members[0];
    if (!m) throw new Error("seed");
    const id = await addOutbox(db.prisma, studio.orgId, promotedEvent(studio, m));
    expect(await waitFor(() => started)).toBe(true);
    await handle.stop();
    const row = await db.prisma.noticeDelivery.findUniqueOrThrow({
      where: { key: `n-${id}-p-${m.personId}` },
    });
    expect(row.status).toBe("sent");
    expect(sender.sent).toHaveLength(1);
  });
});
