/**
 * The bot side of a chat bench rig: our adapter on the real core, or the same library's bare echo bot,
 * pointed at a fake platform's URLs. Runs in the bot thread (bench/bot-thread.ts), so the fake
 * platform and the load driver do not share its event loop (in production they are other machines).
 */
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";
import { Client } from "discord.js";
import { Bot } from "grammy";
import { DISCORD_INTERACTION_REST_RPS } from "../adapters/discord/limits.ts";
import { startDiscord } from "../adapters/discord/start.ts";
import { startSlack } from "../adapters/slack/start.ts";
import { startTelegram } from "../adapters/telegram/start.ts";
import { FAKE_DISCORD_APP_ID, FAKE_DISCORD_TOKEN } from "../fakes/discord/rest-api.ts";
import { serve } from "../fakes/net/http.ts";
import { FAKE_TELEGRAM_TOKEN } from "../fakes/telegram/bot-api.ts";
import type { ChatCore } from "../src/ports/chat.ts";
import type { AdapterInbox } from "../src/ports/inbox.ts";
import { silentLogger } from "../src/ports/logger.ts";

export type Platform = "slack" | "discord" | "telegram";
/** "durable": the durable echo (bench/durable-echo.ts), started by the bot thread itself. */
export type RigKind = "adapter" | "echo" | "durable";
export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

/** Where the bot finds its fake platform. */
export interface BotTarget {
  platform: Platform;
  kind: RigKind;
  /** Slack Web API URL, Discord REST base, or Telegram API root. */
  apiUrl: string;
}

/** The bot thread as the rigs use it (bench/bot-thread.ts; declared here so rigs need not import it). */
export interface BotThread {
  start(t: BotTarget): Promise<{ eventsUrl?: string }>;
  stop(): Promise<void>;
  close(): Promise<void>;
}

export interface StartedBot {
  /** Slack: the URL the Events API posts to. */
  eventsUrl?: string;
  stop(): Promise<void>;
}

/** `inbox`: our adapter records events before acknowledging them and handles them from the record. */
export async function startBot(t: BotTarget, core: ChatCore, inbox: AdapterInbox): Promise<StartedBot> {
  if (t.platform === "slack") return startSlackBot(t, core, inbox);
  if (t.platform === "discord") return startDiscordBot(t, core, inbox);
  return startTelegramBot(t, core, inbox);
}

async function startSlackBot(t: BotTarget, core: ChatCore, inbox: AdapterInbox): Promise<StartedBot> {
  let listener: Parameters<typeof serve>[0] | undefined;
  if (t.kind === "adapter")
    listener = (
      await startSlack(
        { botToken: "xoxb-bench", signingSecret: SIGNING_SECRET, apiUrl: t.apiUrl },
        core,
        silentLogger,
        inbox,
      )
    ).listener;
  else {
    const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, logLevel: LogLevel.ERROR });
    const app = new App({
      token: "xoxb-bench",
      receiver,
      clientOptions: { slackApiUrl: t.apiUrl },
      logLevel: LogLevel.ERROR,
    });
    app.message(async ({ message, say }) => {
      await say("text" in message && message.text ? message.text : "echo");
    });
    listener = receiver.requestListener;
  }
  if (!listener) throw new Error("slack: no HTTP listener");
  const http = await serve(listener);
  return { eventsUrl: `${http.url}/slack/events`, stop: () => http.close() };
}

async function startDiscordBot(t: BotTarget, core: ChatCore, inbox: AdapterInbox): Promise<StartedBot> {
  if (t.kind === "adapter") {
    const a = await startDiscord(
      { token: FAKE_DISCORD_TOKEN, applicationId: FAKE_DISCORD_APP_ID, apiBase: t.apiUrl },
      core,
      silentLogger,
      inbox,
    );
    return { stop: a.stop };
  }
  // Same REST settings as the adapter's client, so the floor is not throttled where we are not.
  const c = new Client({
    intents: [],
    rest: { api: t.apiUrl, globalRequestsPerSecond: DISCORD_INTERACTION_REST_RPS },
  });
  c.rest.setToken(FAKE_DISCORD_TOKEN);
  c.on("interactionCreate", (i) => {
    if (i.isChatInputCommand())
      void i.reply({ content: i.options.getString("what") ?? "echo" }).catch(() => undefined);
  });
  await c.login(FAKE_DISCORD_TOKEN);
  return { stop: () => c.destroy() };
}

async function startTelegramBot(t: BotTarget, core: ChatCore, inbox: AdapterInbox): Promise<StartedBot> {
  if (t.kind === "adapter")
    return {
      stop: (
        await startTelegram({ token: FAKE_TELEGRAM_TOKEN, apiRoot: t.apiUrl }, core, silentLogger, inbox)
      ).stop,
    };
  const bot = new Bot(FAKE_TELEGRAM_TOKEN, { client: { apiRoot: t.apiUrl } });
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  await bot.init();
  const polling = bot.start();
  return {
    async stop() {
      await bot.stop();
      await polling;
    },
  };
}
