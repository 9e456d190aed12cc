import { afterAll, beforeAll, expect, it } from "vitest";
import { createTelegramSender } from "../../adapters/telegram/sender.ts";
import { addOutbox, rescheduleEvent, type Studio, seedStudio } from "../../fakes/notice-studio.ts";
import { type FakeTelegramLimits, startFakeTelegramLimits } from "../../fakes/telegram/limits-api.ts";
import { PLATFORMS } from "../../src/app/adapters.ts";
import { pacingFrom } from "../../src/app/start-adapters.ts";
import { type NoticesHandle, startNotices } from "../../src/app/start-notices.ts";
import { systemClock } from "../../src/ports/clock.ts";
import { silentLogger } from "../../src/ports/logger.ts";
import { REDIS_URL } from "../support/services.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { deleteTestPrefixes, dropQuietly, freshPrefix, waitFor } from "./harness.ts";

describePg("a Telegram Bot API stricter than our pacing (429 with retry_after)", () => {
  let db: TestDatabase;
  let studio: Studio;
  let fake: FakeTelegramLimits;
  let handle: NoticesHandle | null = null;
  beforeAll(async () => {
    db = await createTestPgDatabase();
    studio = await seedStudio(db.prisma, { members: 24, closedScheduleHasPass: true });
    // A third of Telegram's real budget: our 29 msg/s pacing runs into 429s on purpose.
    fake = await startFakeTelegramLimits({
      globalPerSecond: 10,
      perChatIntervalMs: 1_000,
      groupPerMinute: 20,
    });
  });
  afterAll(async () => {
    await handle?.stop();
    await fake?.close();
    await dropQuietly(db);
    await deleteTestPrefixes(REDIS_URL);
  });

  it("waits as told and still delivers every message exactly once through the real sender", async () => {
    handle = await startNotices({
      pacing: pacingFrom(PLATFORMS),
      prisma: db.prisma,
      redisUrl: REDIS_URL,
      senders: [createTelegramSender({ token: "123456:TESTtestTESTtestTESTtest", apiRoot: fake.apiRoot })],
      log: silentLogger,
      clock: systemClock,
      queuePrefix: freshPrefix("nl"),
      relayPollMs: 100,
    });
    await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
    const expected = studio.members.length + 1;
    expect(await waitFor(() => fake.accepted.length >= expected, 45_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 1_000));
    const chats = fake.accepted.map((m) => m.chatId);
    expect(new Set(chats).size).toBe(expected);
    expect(chats).toHaveLength(expected);
    expect(fake.rejected).toBeGreaterThan(0);
    expect(fake.accepted[0]?.text).toContain("<b>Training rescheduled</b>");
    expect(await db.prisma.noticeDelivery.count({ where: { status: "sent" } })).toBe(expected);
  });
});
