import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_PLATFORM } from "../../../adapters/console/capabilities.ts";
import { startDiscord } from "../../../adapters/discord/start.ts";
import { startSlack } from "../../../adapters/slack/start.ts";
import { startTelegram } from "../../../adapters/telegram/start.ts";
import {
  dispatchInteraction,
  FAKE_DISCORD_APP_ID,
  FAKE_DISCORD_TOKEN,
  startFakeDiscord,
} from "../../../fakes/discord/rest-api.ts";
import { serve } from "../../../fakes/net/http.ts";
import { postSigned, startFakeSlack } from "../../../fakes/slack/web-api.ts";
import { FAKE_TELEGRAM_TOKEN, startFakeTelegram } from "../../../fakes/telegram/bot-api.ts";
import { createChatCore } from "../../../src/chat/core.ts";
import type { Actor } from "../../../src/domain/model.ts";
import { createPrismaBookingStore } from "../../../src/infra/prisma/booking-store.ts";
import { createPrismaChatState } from "../../../src/infra/prisma/chat-state.ts";
import { createPrismaCoachingStore } from "../../../src/infra/prisma/coaching/coaching-store.ts";
import { createPrismaDirectory } from "../../../src/infra/prisma/directory-store.ts";
import { createPrismaIdentityStore } from "../../../src/infra/prisma/identity-store.ts";
import { createPrismaPersonalStore } from "../../../src/infra/prisma/personal-store.ts";
import { encodeButton } from "../../../src/intents/button-codec.ts";
import type { ChatCore } from "../../../src/ports/chat.ts";
import { createFixedClock } from "../../../src/ports/clock.ts";
import { silentLogger } from "../../../src/ports/logger.ts";
import { seedDemo } from "../../../src/seed/demo.ts";
import * as co from "../../../src/use-cases/coaching/index.ts";
import { appPlatforms, demoInviteLinks } from "../../support/platforms.ts";
import { createTestPgliteDatabase, type TestDatabase } from "../../support/test-db.ts";
import { buttonClick, GUILD, interaction } from "../discord/discord-fixtures.ts";
import { SECRET, slashCommand } from "../slack/slack-fixtures.ts";
import { createRecordingCore } from "../support/fake-core.ts";
import { createMemoryInbox } from "../support/memory-inbox.ts";

/**
 * 1-2-1 invites and the client's week view through each real adapter, in front of the real chat
 * core on PGlite: the platform's own payload for the code (Telegram deep link, Slack `/book join`,
 * Discord `/join`), then the week view rendered natively with its buttons, and a forged button.
 */
describe("1-2-1 coaching on Telegram, Slack and Discord (real core, PGlite)", () => {
  let db: TestDatabase;
  let core: ChatCore;
  let coach: Actor;
  let deps: co.CoachingDeps;
  let programId: string;
  const clock = createFixedClock(new Date("2026-11-23T08:00:00Z")); // Mon 09:00 in Berlin

  /** A pending client with days 1-10 written, invited by link: returns the code. */
  const invited = async (name: string): Promise<{ code: string; clientId: string }> => {
    const c = await co.addClient(deps, coach, { programId, name });
    for (let d = 1; d <= 10; d++)
      await co.writeSession(deps, coach, {
        clientId: c.id,
        day: d,
        title: `${name} day ${d}`,
        body: `Drill ${d}\nCool-down`,
      });
    const inv = await co.inviteClient(deps, coach, { clientId: c.id, method: "link" });
    return { code: inv.code ?? "", clientId: c.id };
  };

  beforeAll(async () => {
    db = await createTestPgliteDatabase();
    const store = createPrismaBookingStore(db.prisma);
    const seeded = await seedDemo(db.prisma, store, clock, CONSOLE_PLATFORM);
    deps = { store: createPrismaCoachingStore(db.prisma), clock, mailEnabled: false };
    core = createChatCore({
      platforms: appPlatforms,
      store,
      clock,
      identities: createPrismaIdentityStore(db.prisma),
      state: createPrismaChatState(db.prisma),
      directory: createPrismaDirectory(db.prisma),
      log: silentLogger,
      coaching: { deps, links: demoInviteLinks },
      personal: createPrismaPersonalStore(db.prisma),
    });
    const sam = await db.prisma.person.findFirstOrThrow({ where: { displayName: "Sam" } });
    coach = { orgId: seeded.orgId, personId: sam.id, role: "trainer" };
    const p = await co.createProgram(deps, coach, { name: "Strength", price: "200" });
    programId = (await co.publishProgram(deps, coach, p.id)).id;
    for (const [platform, externalId] of [
      ["slack", "T0001"],
      ["discord", GUILD],
    ] as const)
      await db.prisma.chatWorkspace.create({ data: { platform, externalId, orgId: seeded.orgId } });
    // Migrating and seeding an embedded database takes a while on a loaded machine.
  }, 180_000);
  afterAll(async () => {
    await db?.drop();
  });

  it("Telegram: the deep link /start <code> joins, the My week button shows days 1-7 only, a forged button shows nothing", async () => {
    const { code } = await invited("Tia");
    const other = await invited("Ozzy");
    const fake = await startFakeTelegram();
    const adapter = await startTelegram(
      { token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url },
      core,
      silentLogger,
      createMemoryInbox(),
    );
    try {
      const from = { id: 777001, is_bot: false, first_name: "Tia" };
      const dm = { id: from.id, type: "private", first_name: "Tia" };
      // https://t.me/demo_studio_bot?start=<code> opens the chat and sends "/start <code>".
      fake.push({
        update_id: 1,
        message: {
          message_id: 1,
          from,
          chat: dm,
          date: 1_700_000_000,
          text: `/start ${code}`,
          entities: [{ offset: 0, length: 6, type: "bot_command" }],
        },
      });
      await expect.poll(() => fake.calls("sendMessage").length, { timeout: 10_000 }).toBe(1);
      const welcome = fake.calls("sendMessage")[0]?.body as {
        chat_id: number;
        text: string;
        reply_markup: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
      };
      expect(String(welcome.chat_id)).toBe(String(from.id));
      expect(welcome.text).toContain("Welcome to Strength");
      const myWeek = welcome.reply_markup.inline_keyboard.flat().find((b) => b.text === "My week");
      expect(myWeek?.callback_data).toMatch(/^1cw\./);

      fake.push({
        update_id: 2,
        callback_query: {
          id: "cq-2",
          from,
          chat_instance: "ci",
          data: myWeek?.callback_data,
          message: { message_id: 1000, date: 1_700_000_001, chat: dm, text: "Welcome" },
        },
      });
      await expect.poll(() => fake.calls("sendMessage").length, { timeout: 10_000 }).toBe(2);
      const week = fake.calls("sendMessage")[1]?.body as { text: string; parse_mode: string };
      expect(week.parse_mode).toBe("HTML");
      for (let d = 1; d <= 7; d++) expect(week.text).toContain(`Tia day ${d}\n`);
      expect(week.text).not.toMatch(/Tia day (8|9|10)\b/);
      expect(week.text).toContain("Week 1 Day 1 · Mon 23 Nov 2026");

      // The same button with Ozzy's client id: nothing of Ozzy's calendar.
      fake.push({
        update_id: 3,
        callback_query: {
          id: "cq-3",
          from,
          chat_instance: "ci",
          data: encodeButton({ op: "cw", clientId: other.clientId, week: 1 }),
          message: { message_id: 1001, date: 1_700_000_002, chat: dm, text: "Week" },
        },
      });
      await expect.poll(() => fake.calls("sendMessage").length, { timeout: 10_000 }).toBe(3);
      const forged = String((fake.calls("sendMessage")[2]?.body as { text?: string } | undefined)?.text);
      expect(forged).not.toContain("Ozzy");
      expect(forged).toContain("no 1-2-1 calendar");
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it("Slack: /book join <code> joins; /book calendar answers week 1 as private Block Kit, with no button past the horizon", async () => {
    const { code } = await invited("Sol");
    const fake = await startFakeSlack();
    const adapter = await startSlack(
      { botToken: "xoxb-test-token", signingSecret: SECRET, apiUrl: fake.apiUrl },
      core,
      silentLogger,
      createMemoryInbox(),
    );
    if (!adapter.listener) throw new Error("HTTP mode must expose a listener");
    const http = await serve(adapter.listener);
    try {
      const post = (text: string, trigger: string, path: string) =>
        postSigned(
          `${http.url}/slack/events`,
          SECRET,
          slashCommand(fake, {
            text,
            trigger_id: trigger,
            user_id: "USOL00001",
            user_name: "sol",
            response_url: `${fake.url}${path}`,
          }),
          { contentType: "form" },
        );
      await post(`join ${code}`, "t.join", "/commands/join");
      const joined = await fake.waitFor((r) => r.path === "/commands/join");
      expect(JSON.stringify(joined.body)).toContain("Welcome to Strength");
      await post("calendar", "t.cal", "/commands/cal");
      const cal = (await fake.waitFor((r) => r.path === "/commands/cal")).body as {
        response_type: string;
        blocks: Array<{
          type: string;
          text?: { text: string };
          elements?: Array<{ value?: string; text?: { text: string } }>;
        }>;
      };
      expect(cal.response_type).toBe("ephemeral");
      const text = cal.blocks.map((b) => b.text?.text ?? "").join("\n");
      expect(text).toContain("Strength: week 1");
      expect(text).toContain("Sol day 7");
      expect(text).not.toContain("Sol day 8");
      expect(text).toContain("Drill 1\n  Cool-down");
      // Day 8 is beyond the 7-day horizon today: no "Week 2" button is offered.
      const values = cal.blocks.flatMap((b) => b.elements ?? []).map((e) => e.value ?? "");
      expect(values.filter((v) => v.startsWith("1cw."))).toEqual([]);
    } finally {
      await http.close();
      await adapter.stop();
      await fake.close();
    }
  });

  it("Discord: /join code:<code> joins; the My week button answers an ephemeral embed with week 1 only; a forged id shows nothing", async () => {
    const { code } = await invited("Dee");
    const other = await invited("Dan");
    const fake = await startFakeDiscord();
    // The adapter talks to the real core; the recording wrapper only keeps the events for the asserts.
    const recording = createRecordingCore((e) => core.handle(e));
    const adapter = await startDiscord(
      {
        token: FAKE_DISCORD_TOKEN,
        applicationId: FAKE_DISCORD_APP_ID,
        apiBase: fake.apiBase,
        connect: false,
      },
      recording,
      silentLogger,
      createMemoryInbox(),
    );
    try {
      dispatchInteraction(
        adapter.client,
        interaction("1300000000000000001", 2, {
          id: "771825006014889990",
          name: "join",
          type: 1,
          options: [{ type: 3, name: "code", value: code }],
        }),
      );
      const joined = await fake.waitFor((r) => r.path.includes("/1300000000000000001/"));
      expect(recording.events[0]?.input).toEqual({ kind: "command", name: "join", args: code });
      const body = joined.body as {
        data: {
          embeds: Array<{ title?: string }>;
          components: Array<{ components: Array<{ custom_id: string; label: string }> }>;
        };
      };
      expect(body.data.embeds[0]?.title).toBe("Welcome to Strength");
      const myWeek = body.data.components.flatMap((r) => r.components).find((b) => b.label === "My week");
      expect(myWeek?.custom_id).toMatch(/^1cw\./);

      dispatchInteraction(adapter.client, buttonClick("1300000000000000002", myWeek?.custom_id ?? ""));
      const week = (await fake.waitFor((r) => r.path.includes("/1300000000000000002/"))).body as {
        data: {
          flags?: number;
          embeds: Array<{
            title?: string;
            description?: string;
            fields?: Array<{ name: string; value: string }>;
          }>;
        };
      };
      expect(week.data.flags).toBe(64);
      const shown = JSON.stringify(week.data.embeds);
      expect(shown).toContain("Strength: week 1");
      expect(shown).toContain("Dee day 7");
      expect(shown).not.toContain("Dee day 8");

      dispatchInteraction(
        adapter.client,
        buttonClick("1300000000000000003", encodeButton({ op: "cw", clientId: other.clientId, week: 1 })),
      );
      const forged = JSON.stringify(
        (await fake.waitFor((r) => r.path.includes("/1300000000000000003/"))).body,
      );
      expect(forged).not.toContain("Dan day");
      expect(forged).toContain("no 1-2-1 calendar");
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });
});
