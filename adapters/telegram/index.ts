/**
 * Telegram: everything the app needs of this platform behind one `ChatAdapter` (long polling or
 * the webhook, rendering, sending notices, pacing, limits, settings).
 */
import { Api } from "grammy";
import type { PlatformCapabilities } from "../../src/ports/chat.ts";
import type { ChatAdapter, ChatAdapterDeps, PlatformLimits } from "../../src/ports/chat-adapter.ts";
import { type TelegramEnv, telegramEnv, telegramOptionsFrom } from "./env.ts";
import { createTelegramFileReader } from "./files.ts";
import { TELEGRAM_MAX_CALLBACK_DATA_BYTES } from "./limits.ts";
import { createTelegramMenus } from "./menus.ts";
import { telegramPacing } from "./pacing.ts";
import { withoutSecretsInErrors } from "./scrub.ts";
import { createTelegramSender } from "./sender.ts";
import { startTelegram, type TelegramAdapter, type TelegramOptions } from "./start.ts";

/** Where the webhook is mounted when its URL gives no path. */
export const TELEGRAM_WEBHOOK_DEFAULT_PATH = "/telegram/webhook";
/** Button data rides in callback_data (1-64 bytes). */
export const telegramLimits: PlatformLimits = { buttonDataMaxBytes: TELEGRAM_MAX_CALLBACK_DATA_BYTES };

/** What the core asks of Telegram: slash commands; no modals, so a form is asked field by field; a t.me start link delivers /start <code>. */
export const telegramCapabilities: PlatformCapabilities = {
  displayName: "Telegram",
  forms: "questions",
  commands: { kind: "slash" },
  buttons: "tap",
  markup: "html",
  startLinks: true,
};

export function createTelegramAdapter(opts: TelegramOptions, deps: ChatAdapterDeps): ChatAdapter {
  let started: TelegramAdapter | null = null;
  const apiRoot = opts.apiRoot?.replace(/\/+$/, "");
  // The adapter's one sender (notices); the bot answers events through its own grammY Api.
  const sender = createTelegramSender({ token: opts.token, ...(apiRoot ? { apiRoot } : {}) });
  // Staff menus per private chat, on an Api of its own (works before and apart from the bot's start).
  const menus = createTelegramMenus(
    withoutSecretsInErrors(new Api(opts.token, apiRoot ? { apiRoot } : {}), opts.token),
  );
  const path = opts.webhook ? new URL(opts.webhook.url).pathname || TELEGRAM_WEBHOOK_DEFAULT_PATH : null;
  return {
    platform: "telegram",
    limits: telegramLimits,
    pacing: telegramPacing,
    sender,
    files: createTelegramFileReader({ token: opts.token, ...(apiRoot ? { apiRoot } : {}) }),
    ...(path
      ? {
          http: {
            path,
            listener: (req, res) => {
              if (started?.listener) return started.listener(req, res);
              req.resume();
              res.writeHead(503).end();
            },
          },
        }
      : {}),
    async start() {
      started = await startTelegram(opts, deps.core, deps.log, deps.inbox);
    },
    async stop() {
      await started?.stop();
    },
    connected: () => started?.connected() ?? false,
    menuFor: (platformUserId, role) => menus.menuFor(platformUserId, role),
  };
}

/** Telegram's line in the app's registry (src/app/adapters.ts). */
export const telegram = {
  platform: "telegram",
  capabilities: telegramCapabilities,
  env: telegramEnv,
  pacing: telegramPacing,
  limits: telegramLimits,
  configured: (env: TelegramEnv): boolean => telegramOptionsFrom(env) !== null,
  fromEnv(env: TelegramEnv, deps: ChatAdapterDeps): ChatAdapter | null {
    const opts = telegramOptionsFrom(env);
    return opts ? createTelegramAdapter(opts, deps) : null;
  },
  /** A start link opens the bot's chat and sends it `/start <code>`; it needs the bot's username. */
  startLink(env: TelegramEnv): ((code: string) => string) | null {
    const bot = env.TELEGRAM_BOT_USERNAME;
    return bot ? (code) => `https://t.me/${bot}?start=${code}` : null;
  },
} as const;

export type { TelegramOptions } from "./start.ts";
