/**
 * Telegram: everything the app needs of this platform behind one `ChatAdapter` (long polling or
 * the webhook, rendering, sending notices, pacing, limits, settings).
 */
import type { PlatformCapabilities } from "../../src/ports/chat.ts";
import type { ChatAdapter, ChatAdapterDeps, PlatformLimits } from "../../src/ports/chat-adapter.ts";
import { lazyFileReader, lazySender, once } from "../shared/lazy.ts";
import { type TelegramEnv, telegramEnv, telegramOptionsFrom } from "./env.ts";
import { TELEGRAM_MAX_CALLBACK_DATA_BYTES } from "./limits.ts";
import { telegramPacing } from "./pacing.ts";
import type { TelegramAdapter, TelegramOptions } from "./start.ts";

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
  // grammY is loaded on first use (adapters/shared/lazy.ts).
  const sender = lazySender("telegram", () =>
    import("./sender.ts").then((m) =>
      m.createTelegramSender({ token: opts.token, ...(apiRoot ? { apiRoot } : {}) }),
    ),
  );
  // Staff menus per private chat, on an Api of its own (works before and apart from the bot's start);
  // loaded on the first role change like the rest of grammY.
  const menus = once(() =>
    Promise.all([import("grammy"), import("./menus.ts"), import("./scrub.ts")]).then(([g, m, s]) =>
      m.createTelegramMenus(
        s.withoutSecretsInErrors(new g.Api(opts.token, apiRoot ? { apiRoot } : {}), opts.token),
      ),
    ),
  );
  const path = opts.webhook ? new URL(opts.webhook.url).pathname || TELEGRAM_WEBHOOK_DEFAULT_PATH : null;
  return {
    platform: "telegram",
    limits: telegramLimits,
    pacing: telegramPacing,
    sender,
    files: lazyFileReader(() =>
      import("./files.ts").then((m) =>
        m.createTelegramFileReader({ token: opts.token, ...(apiRoot ? { apiRoot } : {}) }),
      ),
    ),
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
    async start(signal) {
      const { startTelegram } = await import("./start.ts");
      started = await startTelegram(opts, deps.core, deps.log, deps.inbox, signal);
    },
    async stop() {
      await started?.stop();
    },
    connected: () => started?.connected() ?? false,
    menuFor: async (platformUserId, role) => (await menus()).menuFor(platformUserId, role),
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
