import { afterEach, describe, expect, it } from "vitest";
import { serve } from "../../../fakes/net/http.ts";
import { postSigned, startFakeSlack } from "../../../fakes/slack/web-api.ts";
import { FAKE_TELEGRAM_TOKEN, startFakeTelegram } from "../../../fakes/telegram/bot-api.ts";
import { APP_PLATFORMS } from "../../../src/app/adapters.ts";
import { type Env, parseEnv } from "../../../src/app/env.ts";
import { startAdapters } from "../../../src/app/start-adapters.ts";
import type { ChatCore } from "../../../src/ports/chat.ts";
import type { Logger } from "../../../src/ports/logger.ts";
import { silentLogger } from "../../../src/ports/logger.ts";
import { createRecordingCore } from "../support/fake-core.ts";
import { createMemoryInbox } from "../support/memory-inbox.ts";

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

function env(vars: Record<string, string>): Env {
  const parsed = parseEnv(vars);
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  return parsed.env;
}

/** Builds the configured adapters from the registry and starts them, as src/app/main.ts does. */
const startPlatforms = (e: Env, core: ChatCore, log: Logger) =>
  startAdapters(APP_PLATFORMS.adaptersFromEnv(e, { core, log, inbox: createMemoryInbox() }), log);

describe("startAdapters", () => {
  it("starts nothing without credentials", async () => {
    const started = await startPlatforms(env({}), createRecordingCore([]), silentLogger);
    closers.push(started.stop);
    expect(started.senders).toEqual([]);
    expect(started.http).toBeUndefined();
  });

  it("starts Slack (HTTP) and Telegram (webhook) side by side behind one HTTP router", async () => {
    const slack = await startFakeSlack();
    const telegram = await startFakeTelegram();
    closers.push(slack.close, telegram.close);
    const core = createRecordingCore([{ visibility: "public", lines: ["hi"] }]);
    const started = await startPlatforms(
      env({
        SLACK_BOT_TOKEN: "xoxb-test-token",
        SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5",
        SLACK_API_URL: slack.apiUrl,
        TELEGRAM_BOT_TOKEN: FAKE_TELEGRAM_TOKEN,
        TELEGRAM_API_ROOT: telegram.url,
        TELEGRAM_WEBHOOK_URL: "https://bot.example.com/hooks/tg",
        TELEGRAM_WEBHOOK_SECRET: "s3cr3t",
      }),
      core,
      silentLogger,
    );
    closers.push(started.stop);
    // Registry order (src/app/adapters.ts).
    expect(started.senders.map((s) => s.platform)).toEqual(["telegram", "slack"]);
    const router = started.http;
    if (!router) throw new Error("expected an HTTP router");
    const http = await serve(router);
    closers.push(http.close);

    const tg = await fetch(`${http.url}/hooks/tg`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "s3cr3t" },
      body: JSON.stringify({
        update_id: 1,
        message: {
          message_id: 1,
          from: { id: 5, is_bot: false, first_name: "A" },
          chat: { id: 5, type: "private", first_name: "A" },
          date: 1,
          text: "hi",
        },
      }),
    });
    expect(tg.status).toBe(200);
    const body = JSON.stringify({
      team_id: "T0001",
      event_id: "Ev1",
      type: "event_callback",
      event: { type: "message", channel_type: "im", user: "U1", text: "hi", channel: "D1", ts: "1.1" },
    });
    expect(
      (
        await postSigned(`${http.url}/slack/events`, "8f742231b10e8888abcd99yyyzzz85a5", body, {
          contentType: "json",
        })
      ).status,
    ).toBe(200);
    expect((await fetch(`${http.url}/elsewhere`, { method: "POST" })).status).toBe(404);
    await expect.poll(() => core.events.map((e) => e.platform).sort()).toEqual(["slack", "telegram"]);
  });

  it("fails start-up with one line per broken platform, and stops the ones that started", async () => {
    const telegram = await startFakeTelegram({
      override: (_r, method) =>
        method === "getMe"
          ? { status: 401, json: { ok: false, error_code: 401, description: "Unauthorized" } }
          : undefined,
    });
    const slack = await startFakeSlack();
    closers.push(slack.close, telegram.close);
    const run = startPlatforms(
      env({
        SLACK_BOT_TOKEN: "xoxb-test-token",
        SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5",
        SLACK_API_URL: slack.apiUrl,
        TELEGRAM_BOT_TOKEN: FAKE_TELEGRAM_TOKEN,
        TELEGRAM_API_ROOT: telegram.url,
      }),
      createRecordingCore([]),
      silentLogger,
    );
    await expect(run).rejects.toThrow(/^Chat platforms failed to start:\ntelegram: .*Unauthorized/);
  });
});
