import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { createDiscordSender } from "../../adapters/discord/sender.ts";
import { dmChannelOf, startFakeDiscordFlood } from "../../fakes/discord/flood-api.ts";
import { FAKE_DISCORD_TOKEN } from "../../fakes/discord/rest-api.ts";
import { addOutbox, rescheduleEvent, seedStudio } from "../../fakes/notice-studio.ts";
import { PLATFORMS } from "../../src/app/adapters.ts";
import { pacingFrom } from "../../src/app/start-adapters.ts";
import { type NoticesHandle, startNotices } from "../../src/app/start-notices.ts";
import type { ChatPlatform } from "../../src/ports/chat.ts";
import { type ChatSender, SendError } from "../../src/ports/chat-sender.ts";
import { systemClock } from "../../src/ports/clock.ts";
import { silentLogger } from "../../src/ports/logger.ts";
import { REDIS_URL } from "../support/services.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { deleteTestPrefixes, dropQuietly, freshPrefix, waitFor } from "./harness.ts";
import { createRecordingSender, duplicates } from "./recording-sender.ts";

/** Every call a sender got (refused or not), with its time. */
type Call = { key: string; at: number };

describePg("notices under 429s: a bot-wide pause, a refused notice keeps its place", () => {
  let db: TestDatabase;
  let seeded = 0;
  const handles: NoticesHandle[] = [];
  const start = async (senders: ChatSender[], redis: { prefix: string } | null) => {
    const h = await startNotices({
      pacing: pacingFrom(PLATFORMS),
      prisma: db.prisma,
      ...(redis ? { redisUrl: REDIS_URL, queuePrefix: redis.prefix } : {}),
      senders,
      log: silentLogger,
      clock: systemClock,
      relayPollMs: 100,
    });
    handles.push(h);
    return h;
  };

  /** A studio of its own whose members `from`.. are moved to `platform` (ids that fit it). */
  const studioWith = async (members: number, moved: { from: number; platform: ChatPlatform }) => {
    seeded += 1;
    const studio = await seedStudio(db.prisma, { members, tag: `fl${seeded}`, closedScheduleHasPass: true });
    const ids: string[] = [];
    for (const [i, m] of studio.members.entries()) {
      if (i < moved.from) continue;
      const id =
        moved.platform === "discord"
          ? String(100_000_000_000_000_000n + BigInt(seeded * 1_000 + i))
          : `U${seeded}X${i}`;
      ids.push(id);
      await db.prisma.platformIdentity.update({
        where: { platform_platformUserId: { platform: "telegram", platformUserId: m.platformUserId } },
        data: { platform: moved.platform, platformUserId: id },
      });
    }
    return { studio, ids };
  };
  const openDeliveries = (outboxId: bigint) =>
    db.prisma.noticeDelivery.count({ where: { outboxId, status: { in: ["pending", "attempting"] } } });
  /** How many deliveries of the row are sent, and any that ended otherwise (key: status, error). */
  const sentOnce = async (outboxId: bigint) => {
    const rows = await db.prisma.noticeDelivery.findMany({ where: { outboxId } });
    const other = rows.filter((r) => r.status !== "sent").map((r) => `${r.key}: ${r.status} ${r.lastError}`);
    return other.length === 0 ? rows.length : other;
  };

  beforeAll(async () => {
    db = await createTestPgDatabase();
  });
  afterEach(async () => {
    while (handles.length > 0) await handles.pop()?.stop();
    await db.prisma.outboxEvent.updateMany({ where: { relayedAt: null }, data: { relayedAt: new Date() } });
  });
  afterAll(async () => {
    await dropQuietly(db);
    await deleteTestPrefixes(REDIS_URL);
  });

  /**
   * Telegram answers its first send with a bot-wide 429 (retry_after 1.5 s); Slack answers all.
   * Checks that no Telegram send started inside the pause, that Slack went on meanwhile, and that
   * every notice was sent exactly once.
   */
  async function botWidePause(redis: { prefix: string } | null, processes: number) {
    const { studio } = await studioWith(12, { from: 6, platform: "slack" });
    const pauseMs = 1_500;
    const tgCalls: Call[] = [];
    let refusedAt = 0;
    let refusedKey = "";
    const telegram = createRecordingSender("telegram", {
      beforeSend(key) {
        tgCalls.push({ key, at: Date.now() });
        // A member's DM (the group's own 20-a-minute pacing would hold its retry back further).
        if (refusedAt === 0 && key.includes("-p-")) {
          refusedAt = Date.now();
          refusedKey = key;
          throw new SendError("rate_limited", "429 Too Many Requests: retry after 1.5", pauseMs, "platform");
        }
      },
    });
    const slack = createRecordingSender("slack");
    const id = await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
    for (let p = 0; p < processes; p++) await start([telegram, slack], redis);
    expect(await waitFor(async () => (await openDeliveries(id)) === 0 && refusedAt > 0, 30_000)).toBe(true);

    // 6 Telegram DMs and the linked Telegram group, 6 Slack DMs: each sent once.
    expect(await sentOnce(id)).toBe(13);
    expect(duplicates([...telegram.sent, ...slack.sent])).toEqual([]);
    expect(telegram.sent).toHaveLength(7);
    expect(slack.sent).toHaveLength(6);
    // Nothing went to Telegram while it was paused. A send that passed its last check before the
    // pause was recorded may still be on its way (its claim is one database round trip, slow on a
    // loaded machine): only right after the refusal, a few per process at most.
    const inPause = tgCalls.filter((c) => c.at > refusedAt && c.at < refusedAt + pauseMs - 5);
    const late = inPause.filter((c) => c.at > refusedAt + 300);
    expect(late.map((c) => ({ ...c, after: c.at - refusedAt }))).toEqual([]);
    expect(inPause.length).toBeLessThanOrEqual(3 * processes);
    // The refused notice went first once the pause was over.
    expect(tgCalls.find((c) => c.at >= refusedAt + pauseMs - 5)?.key).toBe(refusedKey);
    // Slack did not wait for Telegram's pause.
    expect(slack.sent.some((s) => s.at >= refusedAt && s.at < refusedAt + pauseMs)).toBe(true);
  }

  /**
   * Discord refuses the first send for its channel only (retry_after 1 s): that notice is sent
   * again as soon as the 500 ms passed, ahead of the later ones, and the others are not held up.
   */
  async function keepsItsPlace(redis: { prefix: string } | null) {
    const { studio } = await studioWith(60, { from: 0, platform: "discord" });
    const retryMs = 1_000;
    let refused: Call | undefined;
    const discord = createRecordingSender("discord", {
      dedupeByKey: true,
      beforeSend(key) {
        if (!refused) {
          refused = { key, at: Date.now() };
          throw new SendError("rate_limited", "429 route", retryMs, "chat");
        }
      },
    });
    const id = await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
    await start([discord], redis);
    expect(await waitFor(async () => (await openDeliveries(id)) === 0 && refused !== undefined, 30_000)).toBe(
      true,
    );
    expect(await sentOnce(id)).toBe(60);
    expect(duplicates(discord.sent)).toEqual([]);
    const order = discord.sent.map((s) => s.key);
    const at = discord.sent.find((s) => s.key === refused?.key)?.at ?? 0;
    const first = refused?.at ?? 0;
    // Not before its retry_after, and not long after it (a few paced sends at most).
    expect(at).toBeGreaterThanOrEqual(first + retryMs - 5);
    expect(at).toBeLessThan(first + retryMs + 1_500);
    // Later deliveries were still waiting when it went: it did not go to the back of the queue.
    expect(order.length - 1 - order.indexOf(refused?.key ?? "")).toBeGreaterThanOrEqual(15);
    // Other channels were not held up meanwhile (Discord paces 25 a second).
    expect(discord.sent.filter((s) => s.at > first && s.at < first + retryMs).length).toBeGreaterThanOrEqual(
      3,
    );
  }

  it("BullMQ, two processes: a bot-wide 429 stops every Telegram send until retry_after; Slack goes on", async () => {
    await botWidePause({ prefix: freshPrefix("fl") }, 2);
  });

  it("in-process (no Redis): the same pause", async () => {
    await botWidePause(null, 1);
  });

  it("BullMQ: a notice refused for its chat is retried first once its retry_after passed", async () => {
    await keepsItsPlace({ prefix: freshPrefix("fl") });
  });

  it("in-process (no Redis): a refused notice keeps its place the same way", async () => {
    await keepsItsPlace(null);
  });

  it("waiting for slots with the whole budget booked (two processes) never counts as an attempt (issue 9, item 6)", async () => {
    const { studio } = await studioWith(80, { from: 80, platform: "slack" });
    const telegram = createRecordingSender("telegram");
    const prefix = { prefix: freshPrefix("fl") };
    const id = await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
    // 2 x 16 workers reserving 34 ms slots book the budget more than the 1 s inline wait ahead.
    for (let p = 0; p < 2; p++) await start([telegram], prefix);
    const sent = () => db.prisma.noticeDelivery.count({ where: { outboxId: id, status: "sent" } });
    expect(await waitFor(async () => (await sent()) === 81, 60_000)).toBe(true);
    expect(duplicates(telegram.sent)).toEqual([]);
    const retried = await db.prisma.noticeDelivery.findMany({
      where: { outboxId: id, attempts: { not: 1 } },
      select: { key: true, attempts: true, lastError: true },
    });
    expect(retried).toEqual([]);
  });

  it("a flood on the real Discord sender, two processes: every DM exactly once, nothing fired into the bot-wide window", async () => {
    const { studio, ids } = await studioWith(60, { from: 0, platform: "discord" });
    const fake = await startFakeDiscordFlood({ refuseShare: 0.2, windowAfterAccepted: 20, windowMs: 1_500 });
    try {
      const prefix = { prefix: freshPrefix("fl") };
      const id = await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
      for (let p = 0; p < 2; p++)
        await start([createDiscordSender({ token: FAKE_DISCORD_TOKEN, apiBase: fake.apiBase })], prefix);
      const sent = () => db.prisma.noticeDelivery.count({ where: { outboxId: id, status: "sent" } });
      expect(await waitFor(async () => (await sent()) === 60, 60_000)).toBe(true);
      await new Promise((r) => setTimeout(r, 500)); // a second send would arrive now

      expect(await sentOnce(id)).toBe(60);
      const perChannel = new Map<string, number>();
      for (const m of fake.accepted) perChannel.set(m.channelId, (perChannel.get(m.channelId) ?? 0) + 1);
      expect([...perChannel.keys()].sort()).toEqual(ids.map(dmChannelOf).sort());
      expect([...perChannel.values()].every((n) => n === 1)).toBe(true);
      expect(fake.attempts.filter((a) => a.outcome === "chat429").length).toBeGreaterThan(0);
      expect(fake.window()).not.toBeNull();
      // The first refusal pauses both processes; at most the requests already on their way follow it.
      expect(fake.refusedInWindow.length).toBeGreaterThanOrEqual(1);
      expect(fake.refusedInWindow.length).toBeLessThanOrEqual(6);
    } finally {
      await fake.close();
    }
  });
});
