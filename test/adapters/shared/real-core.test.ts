import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_PLATFORM } from "../../../adapters/console/capabilities.ts";
import { renderTelegram } from "../../../adapters/telegram/render.ts";
import { startTelegram, type TelegramAdapter } from "../../../adapters/telegram/start.ts";
import {
  FAKE_TELEGRAM_BOT,
  FAKE_TELEGRAM_TOKEN,
  type FakeTelegram,
  startFakeTelegram,
} from "../../../fakes/telegram/bot-api.ts";
import { buildCore } from "../../../src/app/build-core.ts";
import { createPrismaBookingStore } from "../../../src/infra/prisma/booking-store.ts";
import { encodeButton } from "../../../src/intents/button-codec.ts";
import type { ChatCore, IncomingEvent } from "../../../src/ports/chat.ts";
import { systemClock } from "../../../src/ports/clock.ts";
import { silentLogger } from "../../../src/ports/logger.ts";
import { seedDemo } from "../../../src/seed/demo.ts";
import { createTestPgliteDatabase, type TestDatabase } from "../../support/test-db.ts";
import { createDbInbox } from "../support/db-inbox.ts";

/**
 * The Telegram adapter in front of the real chat core on PGlite (as `npm start` wires it): the
 * reply that reaches the fake Bot API is exactly the core's reply rendered, and a redelivered update
 * is dropped by the inbox (on the same database) because the adapter's event id is stable.
 */
describe("telegram adapter + real chat core (PGlite)", () => {
  let db: TestDatabase;
  let core: ChatCore;
  let fake: FakeTelegram;
  let adapter: TelegramAdapter;
  let inbox: ReturnType<typeof createDbInbox>;
  const group = { id: -1009876543210, type: "supergroup", title: "Harbour Studio" };
  const from = { id: 424242, is_bot: false, first_name: "Zoe" };

  beforeAll(async () => {
    db = await createTestPgliteDatabase();
    const store = createPrismaBookingStore(db.prisma);
    const seeded = await seedDemo(db.prisma, store, systemClock, CONSOLE_PLATFORM);
    // An admin connected this Telegram group to the studio.
    await db.prisma.chatWorkspace.create({
      data: { platform: "telegram", externalId: String(group.id), orgId: seeded.orgId },
    });
    core = buildCore({
      clock: systemClock,
      log: silentLogger,
      prisma: db.prisma,
    }).core;
    fake = await startFakeTelegram();
    inbox = createDbInbox(db.prisma);
    adapter = await startTelegram(
      { token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url },
      core,
      silentLogger,
      inbox,
    );
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
    await db?.drop();
  });

  it("answers /help in a connected group with the core's own reply, and drops a redelivered update", async () => {
    const update = {
      update_id: 777,
      message: { message_id: 5, from, chat: group, date: 1_700_000_000, text: "/help@studio_bot" },
    };
    fake.push(update);
    await expect.poll(() => fake.calls("sendMessage").length, { timeout: 10_000 }).toBeGreaterThan(0);
    await inbox.stop(); // waits for the handling in flight: all its replies are sent
    // The same update handed to the bot again (Telegram redelivers an update whose webhook answer or
    // confirming getUpdates it did not see): same update id, so the inbox has it already and nothing
    // is sent. The core keeps no dedupe of its own: without the inbox's it would answer again.
    const sentBefore = fake.calls("sendMessage").length;
    await adapter.bot.handleUpdate(structuredClone(update) as never);
    fake.push({ update_id: 778, message: { ...update.message, message_id: 6 } });
    await expect.poll(() => fake.calls("sendMessage").length, { timeout: 10_000 }).toBe(2 * sentBefore);
    // Updates of one chat are handled in order, so had the duplicate been answered, more would follow.
    await new Promise((r) => setTimeout(r, 500));
    expect(fake.calls("sendMessage")).toHaveLength(2 * sentBefore);

    // What the core says for the same input.
    const event: IncomingEvent = {
      platform: "telegram",
      eventId: `telegram:${FAKE_TELEGRAM_BOT.id}:direct-check`,
      user: { platformUserId: String(from.id), displayName: "Zoe" },
      conversation: { workspaceId: String(group.id), channelId: String(group.id), isDirect: false },
      input: { kind: "command", name: "help", args: "" },
    };
    const expected = (await core.handle(event)).flatMap((r) => renderTelegram(r));
    expect(expected.length).toBeGreaterThan(0);
    const sent = fake
      .calls("sendMessage")
      .slice(0, sentBefore)
      .map((r) => (r.body as { text: string }).text);
    expect(sent).toEqual(expected.map((m) => m.text));
  });

  it("a trainer's cancel form round-trips through Telegram: asked in a message, answered by a reply, read back from the database", async () => {
    const sam = await db.prisma.person.findFirstOrThrow({ where: { displayName: "Sam" } });
    const samTg = { id: 515151, is_bot: false, first_name: "Sam" };
    await db.prisma.platformIdentity.create({
      data: { platform: "telegram", platformUserId: String(samTg.id), personId: sam.id },
    });
    const occ = await db.prisma.occurrence.findFirstOrThrow({
      where: { template: { name: "Pilates Core" }, status: "scheduled", startsAt: { gt: new Date() } },
      orderBy: { startsAt: "asc" },
    });
    const dm = { id: samTg.id, type: "private", first_name: "Sam" };
    fake.push({
      update_id: 900,
      callback_query: {
        id: "cbq-900",
        from: samTg,
        chat_instance: "ci-1",
        data: encodeButton({ op: "fo", form: "co", occurrenceId: occ.id }),
        message: { message_id: 41, date: 1_700_000_000, chat: dm, text: "Roster" },
      },
    });
    const isQuestion = (r: { body?: unknown }) =>
      Boolean((r.body as { reply_markup?: { force_reply?: boolean } })?.reply_markup?.force_reply);
    await expect.poll(() => fake.calls("sendMessage").some(isQuestion), { timeout: 10_000 }).toBe(true);
    const sends = fake.calls("sendMessage");
    const questionId = 1000 + sends.findIndex(isQuestion); // the fake numbers messages from 1000
    expect(String((sends.find(isQuestion)!.body as { text: string }).text)).toContain("Cancel this session");

    fake.push({
      update_id: 901,
      message: {
        message_id: 42,
        from: samTg,
        chat: dm,
        date: 1_700_000_001,
        text: "Heating broken",
        reply_to_message: {
          message_id: questionId,
          date: 1_700_000_000,
          chat: dm,
          text: "Cancel this session",
        },
      },
    });
    await expect
      .poll(async () => (await db.prisma.occurrence.findUniqueOrThrow({ where: { id: occ.id } })).status, {
        timeout: 10_000,
      })
      .toBe("cancelled");
    expect((await db.prisma.occurrence.findUniqueOrThrow({ where: { id: occ.id } })).cancelReason).toBe(
      "Heating broken",
    );
    // The form is taken once: the same answer again is just text, and cancels nothing twice.
    expect(
      await db.prisma.conversationState.count({ where: { key: { startsWith: "form:telegram:" } } }),
    ).toBe(0);
  });
});
