import { afterEach, beforeEach, expect, it } from "vitest";
import { startTelegram, type TelegramAdapter } from "../../adapters/telegram/start.ts";
import { FAKE_TELEGRAM_TOKEN, type FakeTelegram, startFakeTelegram } from "../../fakes/telegram/bot-api.ts";
import { createChatCore } from "../../src/chat/core.ts";
import { createPrismaBookingStore } from "../../src/infra/prisma/booking-store.ts";
import { createPrismaChatState } from "../../src/infra/prisma/chat-state.ts";
import { createPrismaDirectory } from "../../src/infra/prisma/directory-store.ts";
import { createPrismaIdentityStore } from "../../src/infra/prisma/identity-store.ts";
import { createPrismaPersonalStore } from "../../src/infra/prisma/personal-store.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import { issueSetupCode } from "../../src/use-cases/issue-setup-code.ts";
import { createCaptureLog } from "../adapters/support/capture-log.ts";
import { memoryLog } from "../chat/harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

const NOW = new Date("2026-11-23T09:00:00Z");
const GROUP = { id: -1009990001, title: "Riverside Gym", type: "supergroup" };
const user = (id: number, first: string) => ({ id, is_bot: false, first_name: first, language_code: "en" });
const OLIVIA = user(501, "Olivia");
const TOM = user(502, "Tom");
const MARIA = user(503, "Maria");

describePg("opening Riverside Gym through the Telegram adapter against its fake Bot API", () => {
  let db: TestDatabase;
  let fake: FakeTelegram;
  let adapter: TelegramAdapter;
  beforeEach(async () => {
    db = await createTestPgDatabase();
    fake = await startFakeTelegram();
  });
  afterEach(async () => {
    await adapter?.stop();
    await fake?.close();
    await db.drop();
  });

  it("setup code in the group, settings, staff, catalogue, a grant, a booking and an override, all from chat", async () => {
    const clock = createFixedClock(NOW);
    const store = createPrismaBookingStore(db.prisma);
    const core = createChatCore({
      store,
      clock,
      identities: createPrismaIdentityStore(db.prisma),
      state: createPrismaChatState(db.prisma),
      directory: createPrismaDirectory(db.prisma),
      personal: createPrismaPersonalStore(db.prisma),
      log: memoryLog(),
    });
    const log = createCaptureLog();
    adapter = await startTelegram({ token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url }, core, log);
    const { code } = await issueSetupCode({ store, clock });

    let updateId = 9000;
    let messageId = 100;
    const say = async (from: ReturnType<typeof user>, text: string): Promise<string> => {
      const before = fake.calls("sendMessage").length;
      const command = /^\/\S+/.exec(text)?.[0];
      fake.push({
        update_id: ++updateId,
        message: {
          message_id: ++messageId,
          from,
          chat: GROUP,
          date: 1_700_000_000,
          text,
          ...(command ? { entities: [{ offset: 0, length: command.length, type: "bot_command" }] } : {}),
        },
      });
      for (let waited = 0; fake.calls("sendMessage").length <= before; waited += 25) {
        if (waited > 15_000) throw new Error(`no reply to ${text}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      // Replies of one message may be several sendMessage calls; give the rest a moment to arrive.
      await new Promise((r) => setTimeout(r, 150));
      return fake
        .calls("sendMessage")
        .slice(before)
        .map((r) => String((r.body as { text?: string }).text ?? ""))
        .join("\n");
    };

    expect(await say(OLIVIA, `/setup ${code}`)).toMatch(/Your studio is open and you are its admin/);
    expect(await say(OLIVIA, "/settings name Riverside Gym")).toMatch(/Name: Riverside Gym/);
    expect(await say(OLIVIA, "/settings timezone Europe/Lisbon")).toMatch(
      /Timezone changed from UTC to Europe\/Lisbon/,
    );
    await say(TOM, "/help");
    expect(await say(OLIVIA, "/staff add Tom trainer")).toBe("Tom is now a trainer.");
    expect(await say(OLIVIA, "/space add Studio B")).toBe("Space created: Studio B.");
    expect(await say(OLIVIA, "/type add Spin")).toBe("Training type created: Spin.");
    expect(
      await say(
        OLIVIA,
        "/template add Spin Express | type Spin | duration 45 | capacity 2 | trainer Tom | space Studio B | booking 15m | cancel 1h",
      ),
    ).toMatch(/Template created: Spin Express \(Spin, 45 min, capacity 2, open class\)/);
    expect(await say(OLIVIA, "/schedule add Spin Express | tue, thu | 18:30 | weeks 4")).toMatch(
      /8 sessions/,
    );
    expect(await say(OLIVIA, "/passtype add Spin 5 | sessions 5 | days 30 | price €45 | types Spin")).toMatch(
      /€45\.00/,
    );
    await say(MARIA, "/help");
    expect(await say(OLIVIA, "/grant Maria Spin 5")).toMatch(/Gave Maria Spin 5/);
    expect(await say(MARIA, "/book spin tomorrow 18:30")).toMatch(
      /Booked: Spin Express, Tue 24 Nov 2026, 18:30/,
    );
    expect(await say(TOM, "/override spin tomorrow 18:30 capacity 3")).toMatch(/Changed: capacity/);
    expect(await say(MARIA, "/settings name Mine")).toMatch(/Only studio admins can do that/);
    expect(
      fake.calls("sendMessage").every((r) => (r.body as { chat_id?: unknown }).chat_id !== undefined),
    ).toBe(true);
    expect(log.errors).toEqual([]);
    expect(await db.prisma.organization.findFirstOrThrow()).toMatchObject({
      name: "Riverside Gym",
      timezone: "Europe/Lisbon",
    });
  });
});
