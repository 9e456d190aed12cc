import { Bot } from "grammy";
import { afterEach, expect, it } from "vitest";
import {
  type Admitted,
  registerTelegramInbox,
  runTelegramWithInbox,
} from "../../../adapters/telegram/inbox-intake.ts";
import { FAKE_TELEGRAM_TOKEN, startFakeTelegram } from "../../../fakes/telegram/bot-api.ts";
import { createCaptureLog } from "../support/capture-log.ts";
import { createRecordingCore } from "../support/fake-core.ts";
import { createMemoryInbox } from "../support/memory-inbox.ts";
import { ann, dm } from "./telegram-fixtures.ts";

// Issue 24, item 10: long polling hands each recorded update to the middleware through a map; an
// update the middleware drops (malformed) must leave it too, or the map grows for good.

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

it("updates handed over by long polling leave the hand-over map, a malformed one included", async () => {
  const fake = await startFakeTelegram();
  closers.push(() => fake.close());
  const log = createCaptureLog();
  const inbox = createMemoryInbox(log);
  const bot = new Bot(FAKE_TELEGRAM_TOKEN, { client: { apiRoot: fake.url.replace(/\/+$/, "") } });
  await bot.init();
  const admitted: Admitted = new Map();
  registerTelegramInbox(
    bot,
    createRecordingCore([{ visibility: "public", lines: ["ok"] }]),
    inbox,
    log,
    admitted,
  );
  const runner = runTelegramWithInbox(bot, inbox, { allowedUpdates: ["message"], log, admitted });
  closers.push(async () => {
    if (runner.isRunning()) await runner.stop();
  });

  // A message whose sender has no first_name does not parse: dropped with a warning.
  fake.push({
    update_id: 9001,
    message: { message_id: 1, from: { id: 5, is_bot: false }, chat: dm, date: 1_700_000_000, text: "hi" },
  });
  fake.push({
    update_id: 9002,
    message: { message_id: 2, from: ann, chat: dm, date: 1_700_000_000, text: "hi" },
  });
  await expect.poll(() => fake.calls("sendMessage").length).toBe(1);
  await expect.poll(() => log.warns.map((w) => w.msg)).toContain("telegram: malformed update ignored");
  expect([...admitted.keys()]).toEqual([]);
});
