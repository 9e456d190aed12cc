import { afterEach, describe, expect, it } from "vitest";
import { silentLog } from "../../../adapters/shared/log.ts";
import { startTelegram, type TelegramAdapter } from "../../../adapters/telegram/start.ts";
import type { Reply } from "../../../src/replies/reply.ts";
import {
  FAKE_TELEGRAM_BOT,
  FAKE_TELEGRAM_TOKEN,
  type FakeTelegram,
  startFakeTelegram,
} from "../../support/fake-telegram.ts";
import { createRecordingCore, type RecordingCore } from "../support/fake-core.ts";
import { serve } from "../support/fake-http.ts";

const ann = {
  id: 111222333,
  is_bot: false,
  first_name: "Ann <b>&",
  last_name: "Lee",
  username: "ann_lee",
  language_code: "en",
};
const group = { id: -1001234567890, title: "Studio <Yoga>", type: "supergroup" };
const dm = { id: 111222333, first_name: "Ann <b>&", last_name: "Lee", username: "ann_lee", type: "private" };

const booked: Reply = {
  visibility: "public",
  title: "Yoga <Flow> & more",
  lines: [
    [
      "Starts ",
      { time: new Date("2026-11-22T07:00:00Z"), style: "datetime", text: "Sun 22 Nov 2026, 08:00" },
    ],
  ],
  buttons: [
    [
      { label: "Cancel", data: "c:bk_1" },
      { label: "My bookings", data: "l:bk" },
    ],
  ],
};

describe("telegram adapter (grammY long polling / webhook against a fake Bot API)", () => {
  let fake: FakeTelegram;
  let adapter: TelegramAdapter | undefined;
  let core: RecordingCore;
  let http: { url: string; close(): Promise<void> } | undefined;

  afterEach(async () => {
    await adapter?.stop();
    await http?.close();
    await fake.close();
    adapter = undefined;
    http = undefined;
  });

  async function boot(
    replies: Reply[] | ((e: Parameters<RecordingCore["handle"]>[0]) => Reply[]),
    webhook?: { url: string; secret: string },
  ) {
    fake = await startFakeTelegram();
    core = createRecordingCore(replies);
    adapter = await startTelegram(
      { token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url, ...(webhook ? { webhook } : {}) },
      core,
      silentLog,
    );
  }

  it("sets the command menu on start and polls", async () => {
    await boot([]);
    const set = await fake.waitFor((r) => r.path.endsWith("/setMyCommands"));
    expect(set.path).toBe(`/bot${FAKE_TELEGRAM_TOKEN}/setMyCommands`);
    const commands = (set.body as { commands: Array<{ command: string }> }).commands.map((c) => c.command);
    expect(commands).toEqual([
      "sessions",
      "book",
      "bookings",
      "cancel",
      "passes",
      "personal",
      "calendar",
      "link",
      "help",
      "trainer",
    ]);
    await fake.waitFor((r) => r.path.endsWith("/getUpdates"));
  });

  it("passes a deep link /start CODE as command start, in a DM, and sends escaped HTML with an inline keyboard", async () => {
    await boot([booked]);
    fake.push({
      update_id: 5001,
      message: {
        message_id: 10,
        from: ann,
        chat: dm,
        date: 1_700_000_000,
        text: "/start ABC123",
        entities: [{ offset: 0, length: 6, type: "bot_command" }],
      },
    });
    const sent = await fake.waitFor((r) => r.path.endsWith("/sendMessage"));
    expect(core.events).toEqual([
      {
        platform: "telegram",
        eventId: `telegram:${FAKE_TELEGRAM_BOT.id}:5001`,
        user: { platformUserId: "111222333", displayName: "Ann <b>& Lee" },
        conversation: { spaceId: null, channelId: "111222333", isDirect: true },
        input: { kind: "command", name: "start", args: "ABC123" },
      },
    ]);
    expect(sent.body).toEqual({
      chat_id: "111222333",
      text: "<b>Yoga &lt;Flow&gt; &amp; more</b>\nStarts Sun 22 Nov 2026, 08:00",
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      reply_markup: {
        inline_keyboard: [
          [
            { text: "Cancel", callback_data: "c:bk_1" },
            { text: "My bookings", callback_data: "l:bk" },
          ],
        ],
      },
    });
  });

  it("answers every callback query and passes the button data; group chat id is the space", async () => {
    await boot([{ visibility: "public", lines: ["Cancelled."] }]);
    fake.push({
      update_id: 5002,
      callback_query: {
        id: "4382bfdwdsb323b2d9",
        from: ann,
        message: { message_id: 77, from: FAKE_TELEGRAM_BOT, chat: group, date: 1_700_000_000, text: "Yoga" },
        chat_instance: "-8726345723465",
        data: "c:bk_1",
      },
    });
    const answered = await fake.waitFor((r) => r.path.endsWith("/answerCallbackQuery"));
    expect(answered.body).toEqual({ callback_query_id: "4382bfdwdsb323b2d9" });
    const sent = await fake.waitFor((r) => r.path.endsWith("/sendMessage"));
    expect(core.events[0]).toEqual({
      platform: "telegram",
      eventId: `telegram:${FAKE_TELEGRAM_BOT.id}:5002`,
      user: { platformUserId: "111222333", displayName: "Ann <b>& Lee" },
      conversation: { spaceId: "-1001234567890", channelId: "-1001234567890", isDirect: false },
      input: { kind: "button", data: "c:bk_1" },
    });
    expect(sent.body).toEqual({
      chat_id: "-1001234567890",
      text: "Cancelled.",
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    });
  });

  it("sends a private reply asked for in a group to the person's DM", async () => {
    await boot([{ visibility: "private", lines: ["Your passes: 10-class pass, 4 left."] }]);
    fake.push({
      update_id: 5003,
      message: { message_id: 11, from: ann, chat: group, date: 1_700_000_000, text: "/passes@studio_bot" },
    });
    const sent = await fake.waitFor((r) => r.path.endsWith("/sendMessage"));
    expect(core.events[0]?.input).toEqual({ kind: "command", name: "passes", args: "" });
    expect(sent.body).toMatchObject({ chat_id: "111222333", text: "Your passes: 10-class pass, 4 left." });
  });

  it("ignores group chatter not addressed to the bot and commands for other bots", async () => {
    await boot([{ visibility: "public", lines: ["ok"] }]);
    fake.push({
      update_id: 5004,
      message: { message_id: 12, from: ann, chat: group, date: 1_700_000_000, text: "see you at yoga" },
    });
    fake.push({
      update_id: 5005,
      message: { message_id: 13, from: ann, chat: group, date: 1_700_000_000, text: "/book@other_bot yoga" },
    });
    fake.push({
      update_id: 5006,
      message: {
        message_id: 14,
        from: ann,
        chat: group,
        date: 1_700_000_000,
        text: "@studio_bot book yoga tomorrow",
      },
    });
    await fake.waitFor((r) => r.path.endsWith("/sendMessage"));
    expect(core.events.map((e) => e.input)).toEqual([{ kind: "text", text: "book yoga tomorrow" }]);
  });

  it("asks for a form field by field in one message and turns the reply into a form input", async () => {
    const form: Reply = {
      visibility: "private",
      lines: [],
      form: {
        data: "f:cancel:occ_42",
        title: "Cancel session",
        submitLabel: "Cancel it",
        fields: [{ name: "reason", label: "Reason", kind: "text", optional: true }],
      },
    };
    await boot((e) =>
      e.input.kind === "form" ? [{ visibility: "private", lines: ["Session cancelled."] }] : [form],
    );
    fake.push({
      update_id: 5007,
      message: { message_id: 15, from: ann, chat: dm, date: 1_700_000_000, text: "/trainer cancel yoga" },
    });
    const question = await fake.waitFor((r) => r.path.endsWith("/sendMessage"));
    expect(question.body).toEqual({
      chat_id: "111222333",
      text: "<b>Cancel session</b>\nReply to this message with:\n1. Reason (optional, '-' to skip)",
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      reply_markup: { force_reply: true, selective: true, input_field_placeholder: "Cancel it" },
    });
    fake.push({
      update_id: 5008,
      message: {
        message_id: 16,
        from: ann,
        chat: dm,
        date: 1_700_000_001,
        text: "Trainer is ill",
        reply_to_message: {
          message_id: 1000,
          from: FAKE_TELEGRAM_BOT,
          chat: dm,
          date: 1_700_000_000,
          text: "Cancel session",
        },
      },
    });
    await expect.poll(() => core.events.length).toBe(2);
    expect(core.events[1]?.input).toEqual({
      kind: "form",
      data: "f:cancel:occ_42",
      values: { reason: "Trainer is ill" },
    });
  });

  it("keeps running after the core throws (bot.catch / fallback reply)", async () => {
    let calls = 0;
    await boot(() => {
      calls++;
      if (calls === 1) throw new Error("db down: SELECT * FROM secrets");
      return [{ visibility: "public", lines: ["second works"] }];
    });
    fake.push({
      update_id: 5009,
      message: { message_id: 17, from: ann, chat: dm, date: 1_700_000_000, text: "hi" },
    });
    fake.push({
      update_id: 5010,
      message: { message_id: 18, from: ann, chat: dm, date: 1_700_000_000, text: "hi again" },
    });
    await expect.poll(() => fake.calls("sendMessage").length).toBe(2);
    const texts = fake.calls("sendMessage").map((r) => (r.body as { text: string }).text);
    expect(texts).toEqual([
      "Something went wrong on our side. Please try again in a minute.",
      "second works",
    ]);
  });

  it("webhook mode: the right secret token is handled, a wrong or missing one gets 401 with no side effect", async () => {
    await boot([{ visibility: "public", lines: ["hello"] }], {
      url: "https://bot.example.com/telegram/webhook",
      secret: "s3cr3t_T0ken",
    });
    const setWebhook = await fake.waitFor((r) => r.path.endsWith("/setWebhook"));
    expect(setWebhook.body).toEqual({
      url: "https://bot.example.com/telegram/webhook",
      secret_token: "s3cr3t_T0ken",
      allowed_updates: ["message", "callback_query"],
    });
    const listener = adapter?.listener;
    if (!listener) throw new Error("webhook mode must expose a listener");
    http = await serve(listener);
    const update = JSON.stringify({
      update_id: 6001,
      message: { message_id: 20, from: ann, chat: dm, date: 1_700_000_000, text: "hello" },
    });
    const post = (secret?: string) =>
      fetch(`${http?.url}/telegram/webhook`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}),
        },
        body: update,
      });
    expect((await post("wrong")).status).toBe(401);
    expect((await post()).status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(core.events).toEqual([]);
    expect(fake.calls("sendMessage")).toEqual([]);
    expect((await post("s3cr3t_T0ken")).status).toBe(200);
    await fake.waitFor((r) => r.path.endsWith("/sendMessage"));
    expect(core.events.map((e) => e.eventId)).toEqual([`telegram:${FAKE_TELEGRAM_BOT.id}:6001`]);
  });
});
