import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_PLATFORM } from "../../../adapters/console/capabilities.ts";
import { startTelegram, type TelegramAdapter } from "../../../adapters/telegram/start.ts";
import {
  FAKE_TELEGRAM_TOKEN,
  type FakeTelegram,
  startFakeTelegram,
} from "../../../fakes/telegram/bot-api.ts";
import { buildCore } from "../../../src/app/build-core.ts";
import { createPrismaBookingStore } from "../../../src/infra/prisma/booking-store.ts";
import { systemClock } from "../../../src/ports/clock.ts";
import { silentLogger } from "../../../src/ports/logger.ts";
import { seedDemo } from "../../../src/seed/demo.ts";
import { createTestPgliteDatabase, type TestDatabase } from "../../support/test-db.ts";
import { createDbInbox } from "../support/db-inbox.ts";

interface Sent {
  text: string;
  reply_markup?: { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> };
}

/** A member books a personal session through the Telegram adapter (against the local fake Bot API). */
describe("telegram adapter: personal sessions end to end (PGlite)", () => {
  let db: TestDatabase;
  let fake: FakeTelegram;
  let adapter: TelegramAdapter;
  const maria = { id: 616161, is_bot: false, first_name: "Maria" };
  const dm = { id: maria.id, type: "private", first_name: "Maria" };

  beforeAll(async () => {
    db = await createTestPgliteDatabase();
    const store = createPrismaBookingStore(db.prisma);
    await seedDemo(db.prisma, store, systemClock, CONSOLE_PLATFORM);
    const person = await db.prisma.person.findFirstOrThrow({ where: { displayName: "Maria" } });
    await db.prisma.platformIdentity.create({
      data: { platform: "telegram", platformUserId: String(maria.id), personId: person.id },
    });
    const core = buildCore({
      clock: systemClock,
      log: silentLogger,
      prisma: db.prisma,
    }).core;
    fake = await startFakeTelegram();
    adapter = await startTelegram(
      { token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url },
      core,
      silentLogger,
      createDbInbox(db.prisma),
    );
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
    await db?.drop();
  });

  const sent = (): Sent[] => fake.calls("sendMessage").map((c) => c.body as Sent);
  const waitForNew = async (before: number): Promise<Sent> => {
    await expect.poll(() => sent().length, { timeout: 10_000 }).toBeGreaterThan(before);
    return sent()[sent().length - 1] as Sent;
  };
  let updateId = 5000;
  const press = (data: string) =>
    fake.push({
      update_id: ++updateId,
      callback_query: {
        id: `cbq-${updateId}`,
        from: maria,
        chat_instance: "ci-p",
        data,
        message: { message_id: 70, date: 1_700_000_000, chat: dm, text: "slots" },
      },
    });

  it("text -> slot buttons -> payment buttons -> booked, with the payment recorded", async () => {
    let before = sent().length;
    fake.push({
      update_id: ++updateId,
      message: {
        message_id: 60,
        from: maria,
        chat: dm,
        date: 1_700_000_000,
        text: "private lesson with Sam next week",
      },
    });
    const slots = await waitForNew(before);
    expect(slots.text).toContain("Private lesson");
    const first = slots.reply_markup?.inline_keyboard?.[0]?.[0];
    expect(first?.callback_data).toMatch(/^1pb\./);
    expect(Buffer.byteLength(first?.callback_data ?? "")).toBeLessThanOrEqual(64);

    before = sent().length;
    press(first?.callback_data ?? "");
    const pay = await waitForNew(before);
    expect(pay.text).toContain("How will you pay?");
    const labels = pay.reply_markup?.inline_keyboard?.flat().map((b) => b.text);
    expect(labels).toEqual(["Pay at the session", "Check", "Online (card)"]);
    const check = pay.reply_markup?.inline_keyboard?.flat().find((b) => b.text === "Check");

    before = sent().length;
    press(check?.callback_data ?? "");
    const booked = await waitForNew(before);
    expect(booked.text).toContain("Booked");
    expect(booked.text).toContain("Payment: Check, €40");
    const rows = await db.prisma.personalBooking.findMany({ where: { active: true } });
    expect(rows.map((r) => [r.paymentMethod, r.amountCents])).toEqual([["check", 4000]]);

    // The same slot button again (another member's stale list, or a second tap): refused, nothing booked twice.
    before = sent().length;
    press(check?.callback_data ?? "");
    const again = await waitForNew(before);
    expect(again.text).toMatch(/already booked|no longer free/);
    expect(await db.prisma.personalBooking.count({ where: { active: true } })).toBe(1);
  });
});
