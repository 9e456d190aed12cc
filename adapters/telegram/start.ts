import type { RequestListener } from "node:http";
import { Bot, webhookCallback } from "grammy";
import type { ChatCore } from "../../src/ports/chat.ts";
import type { AdapterInbox } from "../../src/ports/inbox.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { routeGrammyDebug } from "./debug-log.ts";
import { type Admitted, registerTelegramInbox, runTelegramWithInbox } from "./inbox-intake.ts";
import { createTelegramMenus } from "./menus.ts";
import { telegramAutoRetry } from "./receive.ts";
import { withoutSecretsInErrors } from "./scrub.ts";

export interface TelegramOptions {
  token: string;
  /** Bot API base URL override (TELEGRAM_API_ROOT), without a trailing slash. */
  apiRoot?: string;
  /** Webhook mode: Telegram POSTs updates to `url` with the secret in X-Telegram-Bot-Api-Secret-Token. */
  webhook?: { url: string; secret: string };
}

export interface TelegramAdapter {
  bot: Bot;
  /** Webhook mode only: mount at POST /telegram/webhook (the caller owns the HTTP server). */
  listener?: RequestListener;
  stop(): Promise<void>;
  /** Polling: the runner is running; webhook: set at start. */
  connected(): boolean;
}

/** How long one start waits for getMe (grammY's retries included) before it fails. */
export const TELEGRAM_INIT_TIMEOUT_MS = 8_000;

/** Only the update kinds we handle: Telegram then never sends (or bills our queue for) the rest. */
const ALLOWED_UPDATES = ["message", "callback_query"] as const;

/** Creates the grammY bot, sets the command menu, and starts long polling or the webhook. */
export async function startTelegram(
  opts: TelegramOptions,
  core: ChatCore,
  log: Logger,
  inbox: AdapterInbox,
  signal?: AbortSignal,
): Promise<TelegramAdapter> {
  const apiRoot = opts.apiRoot?.replace(/\/+$/, "");
  const bot = new Bot(opts.token, apiRoot ? { client: { apiRoot } } : {});
  withoutSecretsInErrors(bot.api, opts.token);
  routeGrammyDebug(log); // grammY's own lines into the app's JSON log (debug-log.ts)
  bot.api.config.use(telegramAutoRetry());
  // Recorded before acknowledged, handled from the record (docs/reliability.md).
  const admitted: Admitted = new Map();
  registerTelegramInbox(bot, core, inbox, log, admitted);
  // Not an error boundary (that is the core's handle, and the inbox processor's for infrastructure):
  // grammY rethrows what its middleware throws unless caught, which would stop the runner, so a
  // middleware failure (the update's record failed) is logged here and polling goes on.
  bot.catch((err) =>
    log.error({ err: err.error, updateId: err.ctx.update.update_id }, "telegram: middleware failed"),
  );
  // grammY's init retries getMe without end unless aborted: each start is bounded, and the app tries
  // again with backoff (src/app/dependencies.ts), logging each failure.
  const initLimit = AbortSignal.timeout(TELEGRAM_INIT_TIMEOUT_MS);
  await bot.init(
    (signal ? AbortSignal.any([signal, initLimit]) : initLimit) as Parameters<typeof bot.init>[0],
  );
  // The members' menu for every chat; staff get theirs per private chat (menus.ts, ChatAdapter.menuFor).
  await createTelegramMenus(bot.api).setDefault();

  if (opts.webhook) {
    await bot.api.setWebhook(opts.webhook.url, {
      secret_token: opts.webhook.secret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    // grammY compares the secret header in constant time and answers 401 before any handler runs.
    // The request stays open while its update is handled (in its chat's turn); past grammY's
    // timeout Telegram gets its 200 anyway and the handling goes on, so a slow update is never
    // delivered twice.
    const handle = webhookCallback(bot, "http", {
      secretToken: opts.webhook.secret,
      onTimeout: "return",
    }) as RequestListener;
    const inFlight = new Set<Promise<void>>();
    const listener: RequestListener = (req, res) => {
      const done = new Promise<void>((resolve) => res.once("close", () => resolve()));
      inFlight.add(done);
      void done.then(() => inFlight.delete(done));
      return handle(req, res);
    };
    return {
      bot,
      listener,
      connected: () => true,
      async stop() {
        await Promise.all([...inFlight]);
      },
    };
  }

  // The runner polls and hands updates on concurrently; sequentialize (inbox-intake.ts) keeps each
  // chat in order.
  // Like bot.start(), drop a webhook left from an earlier deployment first (else getUpdates is 409).
  await bot.api.deleteWebhook();
  const runner = runTelegramWithInbox(bot, inbox, { allowedUpdates: ALLOWED_UPDATES, log, admitted });
  void runner.task()?.catch((err: unknown) => log.error({ err }, "telegram: long polling stopped"));
  log.info({ mode: "polling", bot: bot.botInfo.username }, "telegram: polling");
  return {
    bot,
    connected: () => runner.isRunning(),
    async stop() {
      // Resolves when the middleware running now (each update's handling) has finished.
      if (runner.isRunning()) await runner.stop();
    },
  };
}
