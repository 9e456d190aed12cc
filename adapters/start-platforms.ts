import { createServer, type RequestListener, type Server } from "node:http";
import type { ChatCore } from "../src/chat/incoming.ts";
import type { Env } from "../src/config/env.ts";
import type { ChatSender } from "../src/ports/chat-sender.ts";
import { type DiscordAdapter, startDiscord } from "./discord/start.ts";
import type { AdapterLog } from "./shared/log.ts";
import { type SlackAdapter, startSlack } from "./slack/start.ts";
import { startTelegram, type TelegramAdapter } from "./telegram/start.ts";

/** Where the HTTP receivers live on the shared server (Slack's Request URL must point here). */
export const SLACK_EVENTS_PATH = "/slack/events";
export const TELEGRAM_WEBHOOK_DEFAULT_PATH = "/telegram/webhook";

export interface StartedPlatforms {
  senders: ChatSender[];
  /** Routes Slack HTTP events and the Telegram webhook; undefined when neither is in use. */
  http?: RequestListener;
  stop(): Promise<void>;
}

type Started = SlackAdapter | DiscordAdapter | TelegramAdapter;

/**
 * Starts every platform whose credentials are configured, side by side in one process. Slack HTTP
 * mode and the Telegram webhook share one HTTP server on PORT (pass `listen: false` to mount
 * `http` on a server of your own). If any platform fails to start, the others are stopped and
 * start-up fails with one line per platform: a half-started bot is harder to notice than none.
 */
export async function startPlatforms(
  env: Env,
  core: ChatCore,
  log: AdapterLog,
  opts: { listen?: boolean } = {},
): Promise<StartedPlatforms> {
  const tasks: Array<[string, () => Promise<Started>]> = [];
  if (env.SLACK_BOT_TOKEN) {
    const botToken = env.SLACK_BOT_TOKEN;
    tasks.push([
      "slack",
      () =>
        startSlack(
          {
            botToken,
            ...(env.SLACK_SIGNING_SECRET ? { signingSecret: env.SLACK_SIGNING_SECRET } : {}),
            ...(env.SLACK_SOCKET_MODE && env.SLACK_APP_TOKEN
              ? { socketMode: { appToken: env.SLACK_APP_TOKEN } }
              : {}),
            ...(env.SLACK_API_URL ? { apiUrl: env.SLACK_API_URL } : {}),
          },
          core,
          log,
        ),
    ]);
  }
  if (env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID) {
    const token = env.DISCORD_TOKEN;
    const applicationId = env.DISCORD_APPLICATION_ID;
    tasks.push([
      "discord",
      () =>
        startDiscord(
          { token, applicationId, ...(env.DISCORD_API_BASE ? { apiBase: env.DISCORD_API_BASE } : {}) },
          core,
          log,
        ),
    ]);
  }
  if (env.TELEGRAM_BOT_TOKEN) {
    const token = env.TELEGRAM_BOT_TOKEN;
    const webhook =
      env.TELEGRAM_WEBHOOK_URL && env.TELEGRAM_WEBHOOK_SECRET
        ? { url: env.TELEGRAM_WEBHOOK_URL, secret: env.TELEGRAM_WEBHOOK_SECRET }
        : undefined;
    tasks.push([
      "telegram",
      () =>
        startTelegram(
          {
            token,
            ...(env.TELEGRAM_API_ROOT ? { apiRoot: env.TELEGRAM_API_ROOT } : {}),
            ...(webhook ? { webhook } : {}),
          },
          core,
          log,
        ),
    ]);
  }

  const results = await Promise.allSettled(tasks.map(([, start]) => start()));
  const started = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const failures = results.flatMap((r, i) =>
    r.status === "rejected"
      ? [`${tasks[i]?.[0]}: ${r.reason instanceof Error ? r.reason.message : String(r.reason)}`]
      : [],
  );
  if (failures.length > 0) {
    await Promise.allSettled(started.map((s) => s.stop()));
    throw new Error(`Chat platforms failed to start:\n${failures.join("\n")}`);
  }

  const routes = new Map<string, RequestListener>();
  results.forEach((r, i) => {
    if (r.status !== "fulfilled" || !("listener" in r.value) || !r.value.listener) return;
    const name = tasks[i]?.[0];
    const telegramPath = env.TELEGRAM_WEBHOOK_URL
      ? new URL(env.TELEGRAM_WEBHOOK_URL).pathname
      : TELEGRAM_WEBHOOK_DEFAULT_PATH;
    routes.set(name === "slack" ? SLACK_EVENTS_PATH : telegramPath, r.value.listener);
  });
  const http: RequestListener | undefined =
    routes.size === 0
      ? undefined
      : (req, res) => {
          const route = req.method === "POST" ? routes.get((req.url ?? "").split("?")[0] ?? "") : undefined;
          if (route) return route(req, res);
          req.resume();
          res.writeHead(404).end();
        };
  let server: Server | undefined;
  if (http && opts.listen !== false) {
    const s = createServer(http);
    server = s;
    await new Promise<void>((resolve, reject) => {
      s.once("error", reject);
      s.listen(env.PORT, () => resolve());
    });
    log.info({ port: env.PORT, paths: [...routes.keys()] }, "chat platforms: HTTP receivers listening");
  }
  log.info({ platforms: tasks.map(([name]) => name) }, "chat platforms started");

  return {
    senders: started.map((s) => s.sender),
    ...(http ? { http } : {}),
    async stop() {
      if (server) {
        const s = server;
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
      await Promise.allSettled(started.map((s) => s.stop()));
    },
  };
}
