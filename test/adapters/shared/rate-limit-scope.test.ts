import { RateLimitError } from "discord.js";
import { GrammyError } from "grammy";
import { describe, expect, it } from "vitest";
import { toSendError as discordError } from "../../../adapters/discord/sender.ts";
import { toSendError as slackError } from "../../../adapters/slack/sender.ts";
import { toSendError as telegramError } from "../../../adapters/telegram/sender.ts";
import { SendError } from "../../../src/ports/chat-sender.ts";

const discord429 = (global: boolean) =>
  new RateLimitError({
    timeToReset: 1_500,
    limit: 5,
    method: "POST",
    hash: "h",
    url: "https://discord.com/api/v10/channels/1/messages",
    route: "/channels/:id/messages",
    majorParameter: "1",
    global,
    retryAfter: 1_500,
    sublimitTimeout: 0,
    scope: global ? "global" : "user",
  });

describe("whom a 429 holds back (SendError.scope)", () => {
  it("Discord: a global 429 holds the whole bot, a route's only that channel", () => {
    expect(discordError(discord429(true))).toMatchObject({
      kind: "rate_limited",
      retryAfterMs: 1_500,
      scope: "platform",
    });
    expect(discordError(discord429(false))).toMatchObject({
      kind: "rate_limited",
      retryAfterMs: 1_500,
      scope: "chat",
    });
  });

  it("Telegram and Slack: every 429 holds the whole bot for its retry_after", () => {
    const tg = new GrammyError(
      "Call to 'sendMessage' failed!",
      {
        ok: false,
        error_code: 429,
        description: "Too Many Requests: retry after 3",
        parameters: { retry_after: 3 },
      },
      "sendMessage",
      {},
    );
    expect(telegramError(tg)).toMatchObject({ kind: "rate_limited", retryAfterMs: 3_000, scope: "platform" });
    const slack = Object.assign(new Error("A rate limit was exceeded"), {
      code: "slack_webapi_rate_limited_error",
      retryAfter: 2,
    });
    const mapped = slackError(slack);
    expect(mapped).toBeInstanceOf(SendError);
    expect(mapped).toMatchObject({ kind: "rate_limited", retryAfterMs: 2_000, scope: "platform" });
  });
});
