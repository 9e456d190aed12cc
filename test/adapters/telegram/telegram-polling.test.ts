import { describe, expect, it } from "vitest";
import { FAKE_TELEGRAM_BOT, FAKE_TELEGRAM_TOKEN } from "../../../fakes/telegram/bot-api.ts";
import type { Reply } from "../../../src/ports/chat.ts";
import { ann, booked, dm, group, useTelegramRig } from "./telegram-fixtures.ts";

describe("telegram: updates by long polling from a fake Bot API", () => {
  const rig = useTelegramRig();

  it("sets the members' command menu on start (staff menus are per private chat) and polls", async () => {
    await rig.boot([]);
    const set = await rig.fake.waitFor((r) => r.path.endsWith("/setMyCommands"));
    expect(set.path).toBe(`/bot${FAKE_TELEGRAM_TOKEN}/setMyCommands`);
    const commands = (set.body as { commands: Array<{ command: string }> }).commands.map((c) => c.command);
    expect(commands).toEqual([
      "sessions",
      "book",
      "bookings",
      "cancel",
      "passes",
      "reminders",
      "language",
      "week",
      "personal",
      "calendar",
      "join",
      "link",
      "org",
      "setup",
      "help",
    ]);
    await rig.fake.waitFor((r) => r.path.endsWith("/getUpdates"));
    // The same commands for German, French and Spanish clients, described from the catalogue.
    const menus = rig.fake.requests
      .filter((r) => r.path.endsWith("/setMyCommands"))
      .map(
        (r) =>
          r.body as { language_code?: string; commands: Array<{ command: string; description: string }> },
      );
    expect(menus.map((m) => m.language_code)).toEqual([undefined, "de", "fr", "es"]);
    for (const m of menus) expect(m.commands.map((c) => c.command)).toEqual(commands);
    const describe = (lang: string, command: string) =>
      menus.find((m) => m.language_code === lang)?.commands.find((c) => c.command === command)?.description;
    expect([describe("de", "book"), describe("fr", "book"), describe("es", "book")]).toEqual([
      "Kurs buchen",
      "Réserver une séance",
      "Reservar una clase",
    ]);
  });

  it("passes a deep link /start CODE as command start, in a DM, and sends escaped HTML with an inline keyboard", async () => {
    await rig.boot([booked]);
    rig.fake.push({
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
    const sent = await rig.fake.waitFor((r) => r.path.endsWith("/sendMessage"));
    expect(rig.core.events).toEqual([
      {
        platform: "telegram",
        eventId: `telegram:${FAKE_TELEGRAM_BOT.id}:5001`,
        user: { platformUserId: "111222333", displayName: "Ann <b>& Lee" },
        conversation: { workspaceId: null, channelId: "111222333", isDirect: true },
        input: { kind: "command", name: "start", args: "ABC123" },
        // The user's language_code, for replies in their language.
        locale: "en",
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
    await rig.boot([{ visibility: "public", lines: ["Cancelled."] }]);
    rig.fake.push({
      update_id: 5002,
      callback_query: {
        id: "4382bfdwdsb323b2d9",
        from: ann,
        message: { message_id: 77, from: FAKE_TELEGRAM_BOT, chat: group, date: 1_700_000_000, text: "Yoga" },
        chat_instance: "-8726345723465",
        data: "c:bk_1",
      },
    });
    const answered = await rig.fake.waitFor((r) => r.path.endsWith("/answerCallbackQuery"));
    expect(answered.body).toEqual({ callback_query_id: "4382bfdwdsb323b2d9" });
    const sent = await rig.fake.waitFor((r) => r.path.endsWith("/sendMessage"));
    expect(rig.core.events[0]).toEqual({
      platform: "telegram",
      eventId: `telegram:${FAKE_TELEGRAM_BOT.id}:5002`,
      user: { platformUserId: "111222333", displayName: "Ann <b>& Lee" },
      conversation: { workspaceId: "-1001234567890", channelId: "-1001234567890", isDirect: false },
      input: { kind: "button", data: "c:bk_1" },
      locale: "en",
    });
    expect(sent.body).toEqual({
      chat_id: "-1001234567890",
      text: "Cancelled.",
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    });
  });

  it("sends a private reply asked for in a group to the person's DM", async () => {
    await rig.boot([{ visibility: "private", lines: ["Your passes: 10-class pass, 4 left."] }]);
    rig.fake.push({
      update_id: 5003,
      message: { message_id: 11, from: ann, chat: group, date: 1_700_000_000, text: "/passes@studio_bot" },
    });
    const sent = await rig.fake.waitFor((r) => r.path.endsWith("/sendMessage"));
    expect(rig.core.events[0]?.input).toEqual({ kind: "command", name: "passes", args: "" });
    expect(sent.body).toMatchObject({ chat_id: "111222333", text: "Your passes: 10-class pass, 4 left." });
  });

  it("ignores group chatter not addressed to the bot and commands for other bots", async () => {
    await rig.boot([{ visibility: "public", lines: ["ok"] }]);
    rig.fake.push({
      update_id: 5004,
      message: { message_id: 12, from: ann, chat: group, date: 1_700_000_000, text: "see you at yoga" },
    });
    rig.fake.push({
      update_id: 5005,
      message: { message_id: 13, from: ann, chat: group, date: 1_700_000_000, text: "/book@other_bot yoga" },
    });
    rig.fake.push({
      update_id: 5006,
      message: {
        message_id: 14,
        from: ann,
        chat: group,
        date: 1_700_000_000,
        text: "@studio_bot book yoga tomorrow",
      },
    });
    await rig.fake.waitFor((r) => r.path.endsWith("/sendMessage"));
    expect(rig.core.events.map((e) => e.input)).toEqual([{ kind: "text", text: "book yoga tomorrow" }]);
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
    await rig.boot((e) =>
      e.input.kind === "form" ? [{ visibility: "private", lines: ["Session cancelled."] }] : [form],
    );
    rig.fake.push({
      update_id: 5007,
      message: { message_id: 15, from: ann, chat: dm, date: 1_700_000_000, text: "/trainer cancel yoga" },
    });
    const question = await rig.fake.waitFor((r) => r.path.endsWith("/sendMessage"));
    expect(question.body).toEqual({
      chat_id: "111222333",
      text: "<b>Cancel session</b>\nReply to this message with:\n1. Reason (optional, '-' to skip)",
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      reply_markup: { force_reply: true, selective: true, input_field_placeholder: "Cancel it" },
    });
    rig.fake.push({
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
    await expect.poll(() => rig.core.events.length).toBe(2);
    expect(rig.core.events[1]?.input).toEqual({
      kind: "form",
      data: "f:cancel:occ_42",
      values: { reason: "Trainer is ill" },
    });
  });
});
