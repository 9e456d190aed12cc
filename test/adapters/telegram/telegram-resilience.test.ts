import { describe, expect, it, onTestFinished } from "vitest";
import { serve } from "../../../fakes/net/http.ts";
import { FAKE_TELEGRAM_BOT } from "../../../fakes/telegram/bot-api.ts";
import { ann, dm, useTelegramRig } from "./telegram-fixtures.ts";

describe("telegram: errors, rate limits and the webhook secret", () => {
  const rig = useTelegramRig();

  it("keeps running after a handling throws: the inbox keeps the update for a retry, nothing leaks", async () => {
    let calls = 0;
    await rig.boot(() => {
      calls++;
      if (calls === 1) throw new Error("db down: SELECT * FROM secrets");
      return [{ visibility: "public", lines: ["second works"] }];
    });
    rig.fake.push({
      update_id: 5009,
      message: { message_id: 17, from: ann, chat: dm, date: 1_700_000_000, text: "hi" },
    });
    rig.fake.push({
      update_id: 5010,
      message: { message_id: 18, from: ann, chat: dm, date: 1_700_000_000, text: "hi again" },
    });
    await expect.poll(() => rig.fake.calls("sendMessage").length).toBe(1);
    const texts = rig.fake.calls("sendMessage").map((r) => (r.body as { text: string }).text);
    expect(texts).toEqual(["second works"]);
    // The core answers every failure itself (src/chat/core.ts); a handling that throws anyway is the
    // inbox processor's: nothing of it was committed, so the update waits for a retry.
    const first = await rig.inbox.store.status(`telegram:${FAKE_TELEGRAM_BOT.id}:5009`);
    expect(first).toMatchObject({ status: "pending", attempts: 1 });
    expect(rig.log.warns.map((w) => w.msg)).toContain("inbox: handling failed; nothing of it was committed");
  });

  it("waits out a 429 with retry_after on an interactive reply and then delivers it", async () => {
    let limited = 0;
    await rig.boot([{ visibility: "public", lines: ["Booked."] }], {
      override: (_r, method) => {
        if (method !== "sendMessage" || limited++ > 0) return undefined;
        return {
          status: 429,
          json: {
            ok: false,
            error_code: 429,
            description: "Too Many Requests: retry after 1",
            parameters: { retry_after: 1 },
          },
        };
      },
    });
    const t0 = Date.now();
    rig.fake.push({
      update_id: 5011,
      message: { message_id: 19, from: ann, chat: dm, date: 1_700_000_000, text: "book" },
    });
    await expect.poll(() => rig.fake.calls("sendMessage").length, { timeout: 4000 }).toBe(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    expect(rig.fake.calls("sendMessage").map((r) => r.body)).toEqual([
      {
        chat_id: "111222333",
        text: "Booked.",
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
      },
      {
        chat_id: "111222333",
        text: "Booked.",
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
      },
    ]);
  });

  it("webhook mode: the right secret token is handled, a wrong or missing one gets 401 with no side effect", async () => {
    await rig.boot([{ visibility: "public", lines: ["hello"] }], {
      webhook: { url: "https://bot.example.com/telegram/webhook", secret: "s3cr3t_T0ken" },
    });
    const setWebhook = await rig.fake.waitFor((r) => r.path.endsWith("/setWebhook"));
    expect(setWebhook.body).toEqual({
      url: "https://bot.example.com/telegram/webhook",
      secret_token: "s3cr3t_T0ken",
      allowed_updates: ["message", "callback_query"],
    });
    const listener = rig.adapter.listener;
    if (!listener) throw new Error("webhook mode must expose a listener");
    const http = await serve(listener);
    onTestFinished(() => http.close());
    const update = JSON.stringify({
      update_id: 6001,
      message: { message_id: 20, from: ann, chat: dm, date: 1_700_000_000, text: "hello" },
    });
    const post = (secret?: string) =>
      fetch(`${http.url}/telegram/webhook`, {
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
    expect(rig.core.events).toEqual([]);
    expect(rig.fake.calls("sendMessage")).toEqual([]);
    expect((await post("s3cr3t_T0ken")).status).toBe(200);
    await rig.fake.waitFor((r) => r.path.endsWith("/sendMessage"));
    expect(rig.core.events.map((e) => e.eventId)).toEqual([`telegram:${FAKE_TELEGRAM_BOT.id}:6001`]);
  });
});
