import { afterEach, beforeEach, expect, it } from "vitest";
import { startTelegram, type TelegramAdapter } from "../../adapters/telegram/start.ts";
import {
  FAKE_TELEGRAM_BOT,
  FAKE_TELEGRAM_TOKEN,
  type FakeTelegram,
  startFakeTelegram,
} from "../../fakes/telegram/bot-api.ts";
import { buildCore } from "../../src/app/build-core.ts";
import { createPrismaBookingStore } from "../../src/infra/prisma/booking-store.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import { issueSetupCode } from "../../src/use-cases/identity/issue-setup-code.ts";
import { createCaptureLog } from "../adapters/support/capture-log.ts";
import { createDbInbox } from "../adapters/support/db-inbox.ts";
import { memoryLog } from "../chat/harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

/** Monday 23 Nov 2026, 09:00 in Lisbon (UTC+0 in winter). */
const NOW = new Date("2026-11-23T09:00:00Z");
const GROUP = { id: -1009990001, title: "Riverside Gym", type: "supergroup" };
const user = (id: number, first: string) => ({ id, is_bot: false, first_name: first, language_code: "en" });
type User = ReturnType<typeof user>;
const OLIVIA = user(501, "Olivia");
const TOM = user(502, "Tom");
const MARIA = user(503, "Maria");
const SAM = user(504, "Sam");
const LEO = user(505, "Leo");
const dm = (u: User) => ({ id: u.id, type: "private", first_name: u.first_name });

type Sent = {
  chat_id?: unknown;
  text?: string;
  reply_markup?: { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> };
};

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

  it("the whole Riverside scenario from chat: code, settings, staff, catalogue (partly by guided questions), grants, a channel, a booking and an override", async () => {
    const clock = createFixedClock(NOW);
    const store = createPrismaBookingStore(db.prisma);
    const core = buildCore({
      clock,
      prisma: db.prisma,
      log: memoryLog(),
    }).core;
    const log = createCaptureLog();
    adapter = await startTelegram(
      { token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url },
      core,
      log,
      createDbInbox(db.prisma),
    );
    const { code } = await issueSetupCode({ store, clock });

    let updateId = 9000;
    let messageId = 100;
    let last: Sent[] = [];
    const transcript: string[] = [];
    /** Pushes one update and returns the text of every message the bot sent for it. */
    const exchange = async (update: object, shown: string): Promise<string> => {
      const before = fake.calls("sendMessage").length;
      fake.push({ update_id: ++updateId, ...update });
      for (let waited = 0; fake.calls("sendMessage").length <= before; waited += 25) {
        if (waited > 15_000) throw new Error(`no reply to ${shown}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      // Replies of one message may be several sendMessage calls; give the rest a moment to arrive.
      await new Promise((r) => setTimeout(r, 150));
      last = fake
        .calls("sendMessage")
        .slice(before)
        .map((r) => r.body as Sent);
      const out = last.map((m) => String(m.text ?? "")).join("\n");
      transcript.push(`> ${shown}\n${out}`);
      return out;
    };
    /** A message in the group (commands are marked as Telegram marks them). */
    const say = (from: User, text: string, chat: object = GROUP) => {
      const command = /^\/\S+/.exec(text)?.[0];
      return exchange(
        {
          message: {
            message_id: ++messageId,
            from,
            chat,
            date: 1_700_000_000,
            text,
            ...(command ? { entities: [{ offset: 0, length: command.length, type: "bot_command" }] } : {}),
          },
        },
        `${from.first_name}: ${text}`,
      );
    };
    /** A message in the person's private chat with the bot (where private replies of the group go). */
    const answer = (from: User, text: string) => say(from, text, dm(from));
    /** Taps the button of the last replies with this label, as Telegram sends the tap. */
    const tap = (from: User, label: string) => {
      const message = last.find((m) => m.reply_markup?.inline_keyboard?.flat().some((b) => b.text === label));
      const button = message?.reply_markup?.inline_keyboard?.flat().find((b) => b.text === label);
      if (!message || !button)
        throw new Error(`no button ${label} in:\n${last.map((m) => m.text).join("\n")}`);
      return exchange(
        {
          callback_query: {
            id: `cq${updateId}`,
            from,
            message: {
              message_id: ++messageId,
              from: FAKE_TELEGRAM_BOT,
              chat: Number(message.chat_id) === from.id ? dm(from) : GROUP,
              date: 1_700_000_000,
              text: "…",
            },
            chat_instance: "-1",
            data: button.callback_data,
          },
        },
        `${from.first_name} taps [${label}]`,
      );
    };

    // The operator's code, sent in the studio's group: the group is connected, the questions go to a DM.
    expect(await say(OLIVIA, `/setup ${code}`)).toMatch(
      /Your studio is open and you are its admin[\s\S]*Your studio, question 1 of 1: What is your studio called\?/,
    );
    expect(last.every((m) => String(m.chat_id) === String(OLIVIA.id))).toBe(true);
    expect(await answer(OLIVIA, "Riverside Gym")).toMatch(/Name: Riverside Gym[\s\S]*Which timezone/);
    expect(await tap(OLIVIA, "Europe/Lisbon")).toMatch(
      /Timezone changed from UTC to Europe\/Lisbon[\s\S]*Which language/,
    );
    expect(await tap(OLIVIA, "English (UK)")).toMatch(/Language: en-GB/);
    expect(await say(OLIVIA, "/help")).toMatch(/Studio \(admins\)[\s\S]*\/staff add @name trainer/);

    // Two trainers: Tom has talked to the bot, Sam has not yet (his role waits for him, by name).
    expect(await say(TOM, "/help")).not.toMatch(/Studio \(admins\)|\/staff/);
    expect(await say(OLIVIA, "/staff add Tom trainer")).toBe("Tom is now a trainer.");
    expect(await say(OLIVIA, "/staff add @sam trainer")).toBe(
      "sam will be a trainer as soon as they first talk to me here.",
    );
    await say(SAM, "/help");
    expect(await say(OLIVIA, "/staff")).toMatch(/Olivia: admin\nSam: trainer\nTom: trainer/);

    // Three spaces: the first by its guided question in the DM.
    expect(await say(OLIVIA, "/space add")).toMatch(/New space, question 1 of 1: Name/);
    expect(await answer(OLIVIA, "Studio A")).toBe("Space created: Studio A.");
    expect(await say(OLIVIA, "/space add Studio B")).toBe("Space created: Studio B.");
    expect(await say(OLIVIA, "/space add Garden")).toBe("Space created: Garden.");
    for (const t of ["Yoga", "Spin", "Pilates"])
      expect(await say(OLIVIA, `/type add ${t}`)).toBe(`Training type created: ${t}.`);

    // Four templates with deadlines and descriptions; Spin Express by guided questions and buttons.
    expect(
      await say(
        OLIVIA,
        "/template add Morning Flow | type Yoga | duration 60 | capacity 12 | trainer Sam | space Studio A | booking 30m | cancel 2h | description Gentle vinyasa to start the day",
      ),
    ).toMatch(/Template created: Morning Flow \(Yoga, 60 min, capacity 12, open class\)/);
    expect(await say(OLIVIA, "/template add")).toMatch(/New template, question 1 of 5: Name/);
    expect(await answer(OLIVIA, "Spin Express")).toMatch(/question 2 of 5: Training type/);
    expect(await tap(OLIVIA, "Spin")).toMatch(/question 3 of 5: Duration/);
    expect(await answer(OLIVIA, "45")).toMatch(/question 4 of 5: Capacity/);
    expect(await answer(OLIVIA, "0")).toMatch(
      /^Capacity must be a whole number from 1 to 1000\.\nNew template, question 4 of 5: Capacity/,
    );
    expect(await answer(OLIVIA, "2")).toMatch(/question 5 of 5: Description/);
    expect(await answer(OLIVIA, "High-energy ride")).toMatch(
      /Template created: Spin Express \(Spin, 45 min, capacity 2, open class\)[\s\S]*Rules of Spin Express, question 1 of 5: Default trainer/,
    );
    expect(await tap(OLIVIA, "Tom")).toMatch(/question 2 of 5: Default space/);
    expect(await tap(OLIVIA, "Studio B")).toMatch(/question 3 of 5: Booking closes/);
    expect(await answer(OLIVIA, "15m")).toMatch(/question 4 of 5: Members can cancel/);
    expect(await answer(OLIVIA, "1h")).toMatch(/question 5 of 5: Kind/);
    expect(await tap(OLIVIA, "Keep")).toMatch(/Spin Express saved\./);
    expect(
      await say(
        OLIVIA,
        "/template add Pilates Course | type Pilates | duration 50 | capacity 8 | trainer Sam | space Garden | closed | booking 1h | cancel 1d | description Six-week beginners course",
      ),
    ).toMatch(/capacity 8, closed \(pass-only\) course/);
    expect(
      await say(
        OLIVIA,
        "/template add PT with Tom | type Pilates | duration 60 | individual | trainer Tom | space Garden | booking 2h | cancel 1d | description One to one",
      ),
    ).toMatch(/capacity 1, individual training/);

    // Schedules; Spin Express by guided questions (its days by a button, the first day skipped).
    expect(await say(OLIVIA, "/schedule add Morning Flow | mon, wed, fri | 07:00 | weeks 4")).toMatch(
      /11 sessions/,
    );
    expect(await say(OLIVIA, "/schedule add")).toMatch(/New schedule, question 1 of 5: Template/);
    expect(await tap(OLIVIA, "Spin Express")).toMatch(/question 2 of 5: Weekdays/);
    expect(await tap(OLIVIA, "tue, thu")).toMatch(/question 3 of 5: Start time/);
    expect(await answer(OLIVIA, "18:30")).toMatch(/question 4 of 5: First day/);
    expect(await tap(OLIVIA, "Skip")).toMatch(/question 5 of 5: Last day/);
    expect(await answer(OLIVIA, "4")).toMatch(
      /Schedule created: Spin Express, Tue, Thu at 18:30.*: 8 sessions/,
    );
    expect(await say(OLIVIA, "/schedule add Pilates Course | sat | 10:00 | weeks 6")).toMatch(
      /closed course: link a pass/,
    );
    expect(await say(OLIVIA, "/schedule add PT with Tom | wed | 12:00 | weeks 4")).toMatch(/4 sessions/);

    // Three pass types with prices; Spin 5 by guided questions.
    expect(
      await say(OLIVIA, "/passtype add Yoga 10 | sessions 10 | days 90 | price 90 EUR | types Yoga"),
    ).toMatch(/Pass type created: Yoga 10, 10 sessions, valid 90 days, €90(?!\.\d)/);
    expect(await say(OLIVIA, "/passtype add")).toMatch(/New pass type, question 1 of 5: Name/);
    await answer(OLIVIA, "Spin 5");
    await answer(OLIVIA, "5");
    expect(await answer(OLIVIA, "30")).toMatch(/question 4 of 5: Price/);
    expect(await answer(OLIVIA, "€45")).toMatch(/question 5 of 5: Training types/);
    expect(await tap(OLIVIA, "Spin")).toMatch(
      /Pass type created: Spin 5, 5 sessions, valid 30 days, €45(?!\.\d)/,
    );
    expect(
      await say(
        OLIVIA,
        "/passtype add Pilates Course pass | sessions 6 | days 60 | price 120 EUR | types Pilates | schedules Pilates Course",
      ),
    ).toMatch(/€120(?!\.\d)/);

    // Grants, and a channel linked.
    await say(MARIA, "/help");
    await say(LEO, "/help");
    expect(await say(OLIVIA, "/grant Maria Spin 5")).toMatch(/Gave Maria Spin 5/);
    expect(await say(OLIVIA, "/grant Leo Pilates Course pass")).toMatch(/Enrolled in 6 upcoming sessions/);
    expect(await say(OLIVIA, "/linkchannel spin")).toMatch(/^Linked this channel to every Spin session/);

    // A member books, a trainer overrides; a member's admin command and forged guided tap change nothing.
    expect(await say(MARIA, "/book spin tomorrow 18:30")).toMatch(
      /Booked: Spin Express, Tue 24 Nov 2026, 18:30/,
    );
    expect(await say(TOM, "/override spin tomorrow 18:30 capacity 3")).toMatch(/Changed: capacity/);
    expect(await say(MARIA, "/settings name Mine")).toMatch(/Only studio admins can do that/);
    expect(await say(OLIVIA, "/space add")).toMatch(/New space, question 1 of 1/);
    const forged = last
      .flatMap((m) => m.reply_markup?.inline_keyboard?.flat() ?? [])
      .find((b) => b.text === "Cancel");
    if (!forged) throw new Error("no Cancel button");
    last = [{ chat_id: MARIA.id, reply_markup: { inline_keyboard: [[forged]] } }];
    expect(await tap(MARIA, "Cancel")).toMatch(/Only studio admins can do that/);
    expect(await answer(OLIVIA, "Studio D")).toBe("Space created: Studio D.");

    if (process.env.PRINT_TRANSCRIPT) process.stdout.write(`${transcript.join("\n")}\n`);
    expect(
      fake.calls("sendMessage").every((r) => (r.body as { chat_id?: unknown }).chat_id !== undefined),
    ).toBe(true);
    expect(log.errors).toEqual([]);
    expect(await db.prisma.organization.findFirstOrThrow()).toMatchObject({
      name: "Riverside Gym",
      timezone: "Europe/Lisbon",
      locale: "en-GB",
    });
    expect(await db.prisma.trainingTemplate.count()).toBe(4);
    expect(await db.prisma.passType.count()).toBe(3);
    expect(await db.prisma.space.count()).toBe(4);
  });
});
