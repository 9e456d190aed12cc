import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_TELEGRAM_TOKEN, type FakeTelegram, startFakeTelegram } from "../../fakes/telegram/bot-api.ts";
import { parseTelegramHtml } from "../../fakes/telegram/rules.ts";

interface Answer {
  status: number;
  ok: boolean;
  description?: string;
  result?: unknown;
}

/** The fake Bot API over HTTP, as grammY calls it: what Telegram refuses is refused, the rest accepted. */
describe("fake Telegram Bot API rules", () => {
  let fake: FakeTelegram;
  beforeAll(async () => {
    fake = await startFakeTelegram({ callbackQueryTtlMs: 300 });
  });
  afterAll(() => fake.close());

  async function call(method: string, body: object = {}): Promise<Answer> {
    const res = await fetch(`${fake.url}/bot${FAKE_TELEGRAM_TOKEN}/${method}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: res.status, ...((await res.json()) as Omit<Answer, "status">) };
  }
  const send = (text: string, extra: object = {}) => call("sendMessage", { chat_id: 42, text, ...extra });
  const html = (text: string) => send(text, { parse_mode: "HTML" });
  const ids = (a: Answer) => (a.result as Array<{ update_id: number }>).map((u) => u.update_id);

  it("an unknown method is 404 Not Found; a known one answers ok", async () => {
    expect(await call("sendMesage", { chat_id: 42, text: "hi" })).toMatchObject({
      status: 404,
      ok: false,
      description: "Not Found",
    });
    expect(await call("getMe")).toMatchObject({ status: 200, ok: true });
  });

  it("sendMessage text is 1-4096 characters (after entity parsing with parse_mode HTML)", async () => {
    expect(await send("")).toMatchObject({ status: 400, description: "Bad Request: message text is empty" });
    expect(await send("  \n ")).toMatchObject({
      status: 400,
      description: "Bad Request: message text is empty",
    });
    expect(await html("<b></b>")).toMatchObject({
      status: 400,
      description: "Bad Request: message text is empty",
    });
    expect(await send("x".repeat(4096))).toMatchObject({ status: 200, ok: true });
    expect(await send("x".repeat(4097))).toMatchObject({
      status: 400,
      description: "Bad Request: message is too long",
    });
    // Tags and entities do not count: 4096 visible characters in bold with escapes pass.
    expect(await html(`<b>${"&amp;".repeat(4096)}</b>`)).toMatchObject({ status: 200 });
    expect(await html(`<b>${"&amp;".repeat(4097)}</b>`)).toMatchObject({ status: 400 });
  });

  it("parse_mode HTML: unsupported or unclosed tags and unescaped < or & are 400 can't parse entities", async () => {
    for (const bad of [
      "<div>x</div>",
      "<b>x",
      "x</b>",
      "<b><i>x</b></i>",
      "a < b",
      "Tom & Jerry",
      "<b>x</b",
      "&nbsp;",
    ]) {
      const a = await html(bad);
      expect(a.status, bad).toBe(400);
      expect(a.description, bad).toMatch(/^Bad Request: can't parse entities: /);
    }
    for (const good of [
      "<b>Yoga</b> at 18:00 &lt;full&gt; &amp; more &quot;q&quot; &#38; &#x26;",
      "a > b",
      '<a href="https://example.com">link</a> <tg-spoiler>s</tg-spoiler> <span class="tg-spoiler">s</span>',
      "<pre><code>x</code></pre> <blockquote>q</blockquote> <i>i</i><u>u</u><s>s</s>",
    ])
      expect(await html(good), good).toMatchObject({ status: 200, ok: true });
    // Without parse_mode the same text is plain.
    expect(await send("a < b & <div>")).toMatchObject({ status: 200 });
    expect(parseTelegramHtml("<b>a &lt; b</b>")).toEqual({ text: "a < b" });
  });

  it("callback_data is 1-64 bytes (bytes, not characters)", async () => {
    const keyboard = (data: string) => ({
      reply_markup: { inline_keyboard: [[{ text: "Book", callback_data: data }]] },
    });
    expect(await send("pick", keyboard("x".repeat(64)))).toMatchObject({ status: 200 });
    expect(await send("pick", keyboard("x".repeat(65)))).toMatchObject({
      status: 400,
      description: "Bad Request: BUTTON_DATA_INVALID",
    });
    expect(await send("pick", keyboard("é".repeat(33)))).toMatchObject({ status: 400 });
    expect(await send("pick", keyboard(""))).toMatchObject({ status: 400 });
  });

  it("setMyCommands: command 1-32 of [a-z0-9_], description 1-256, at most 100", async () => {
    const set = (commands: unknown[]) => call("setMyCommands", { commands });
    expect(await set([{ command: "book", description: "Book a class" }])).toMatchObject({ status: 200 });
    expect(await set([{ command: "Book", description: "x" }])).toMatchObject({
      status: 400,
      description: "Bad Request: BOT_COMMAND_INVALID",
    });
    expect(await set([{ command: "x".repeat(33), description: "x" }])).toMatchObject({ status: 400 });
    expect(await set([{ command: "book", description: "" }])).toMatchObject({
      status: 400,
      description: "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID",
    });
    expect(await set([{ command: "book", description: "x".repeat(257) }])).toMatchObject({ status: 400 });
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ command: `c${i}`, description: "d" }));
    expect(await set(many(100))).toMatchObject({ status: 200 });
    expect(await set(many(101))).toMatchObject({ status: 400 });
  });

  it("answerCallbackQuery: once, for a query the bot was given, before it is too old", async () => {
    const tooOld = {
      status: 400,
      description: "Bad Request: query is too old and response timeout expired or query ID is invalid",
    };
    expect(await call("answerCallbackQuery", { callback_query_id: "never-sent" })).toMatchObject(tooOld);
    const press = (id: string, updateId: number) => ({
      update_id: updateId,
      callback_query: { id, from: { id: 1, is_bot: false, first_name: "Z" }, chat_instance: "c", data: "d" },
    });
    fake.push(press("q1", 1));
    expect(await call("answerCallbackQuery", { callback_query_id: "q1" })).toMatchObject({ status: 200 });
    expect(await call("answerCallbackQuery", { callback_query_id: "q1" })).toMatchObject(tooOld);
    fake.push(press("q2", 2));
    await new Promise((r) => setTimeout(r, 400)); // past this fake's 300 ms
    expect(await call("answerCallbackQuery", { callback_query_id: "q2" })).toMatchObject(tooOld);
    // A webhook delivery is told to the fake; text is at most 200 characters.
    fake.delivered(press("q3", 3));
    expect(
      await call("answerCallbackQuery", { callback_query_id: "q3", text: "x".repeat(201) }),
    ).toMatchObject({
      status: 400,
    });
    expect(
      await call("answerCallbackQuery", { callback_query_id: "q3", text: "x".repeat(200) }),
    ).toMatchObject({
      status: 200,
    });
    await call("getUpdates", { offset: 3 }); // confirm the presses above
  });

  it("getUpdates resends an update until a later call confirms it; a confirmed one comes back only when redelivered", async () => {
    const msg = (updateId: number) => ({
      update_id: updateId,
      message: { message_id: updateId, date: 1, chat: { id: 5, type: "private" }, text: "hi" },
    });
    fake.push(msg(100));
    fake.push(msg(101));
    expect(ids(await call("getUpdates", { offset: 0 }))).toEqual([100, 101]);
    // Not confirmed (offset not above them): handed out again.
    expect(ids(await call("getUpdates", { offset: 100 }))).toEqual([100, 101]);
    expect(ids(await call("getUpdates", { offset: 101 }))).toEqual([101]);
    expect(ids(await call("getUpdates", { offset: 102 }))).toEqual([]);
    // The same update again (a crash before the answer, a webhook retry): handed out once more,
    // in order with new ones, and gone once a later call confirms.
    fake.push(msg(100));
    fake.push(msg(102));
    expect(ids(await call("getUpdates", { offset: 102 }))).toEqual([100, 102]);
    expect(ids(await call("getUpdates", { offset: 103 }))).toEqual([]);
    fake.redeliver(101);
    expect(ids(await call("getUpdates", { offset: 103 }))).toEqual([101]);
    expect(ids(await call("getUpdates", { offset: 103 }))).toEqual([]);
    expect(() => fake.redeliver(999)).toThrow();
  });
});
