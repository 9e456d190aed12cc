import {
  createConcurrentSink,
  createRunner,
  createSource,
  createUpdateFetcher,
  type RunnerHandle,
  type UpdateSupplier,
} from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { ChatCore } from "../../src/ports/chat.ts";
import type { AdapterInbox, ClaimedEvent } from "../../src/ports/inbox.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { registerInboxIntake } from "../shared/inbox-intake.ts";
import { eventOf, postReplies } from "./receive.ts";
import { parseUpdate, type TelegramMe } from "./to-input.ts";

/**
 * Updates long polling recorded (leased to this process) and handed on to the bot's middleware, by
 * inbox id. Only a hand-over inside one process: an entry lost with the process is still in the
 * inbox, and its poller takes it over once the lease ran out.
 */
export type Admitted = Map<string, ClaimedEvent>;

/** The inbox key of a Telegram update: the same id the core's event carries. */
export const telegramInboxId = (botId: number, updateId: number): string => `telegram:${botId}:${updateId}`;

const RECORD_RETRY_MAX_MS = 5_000;

/**
 * Intake through the inbox (docs/reliability.md): an update is recorded before Telegram can count it
 * as received, then handled from the record, one chat at a time in arrival order.
 * - Webhook: the middleware records the update first, leased to this process; grammY answers 200
 *   only when it returns, after the handling (or, past grammY's 10 s timeout, while it goes on
 *   from the record).
 * - Long polling: see runTelegramWithInbox (the batch is recorded, in one insert, before the next
 *   getUpdates call, whose offset is what confirms it) and handed over through `admitted`.
 * A handling that dies with the process is taken over by the inbox's poller once its lease ran out.
 */
export function registerTelegramInbox(
  bot: Bot,
  core: ChatCore,
  inbox: AdapterInbox,
  log: Logger,
  admitted: Admitted,
): {
  drain(): Promise<void>;
} {
  const me = (): TelegramMe => ({ id: bot.botInfo.id, username: bot.botInfo.username });
  // Handling and answering a recorded update: the intake all platforms share.
  registerInboxIntake<unknown>(inbox, core, {
    platform: "telegram",
    async eventOf(payload) {
      const update = parseUpdate(payload);
      return update ? await eventOf(update, me(), core.forms) : null;
    },
    deliver: ({ event }, replies) => postReplies(bot.api, me(), event, replies, core.forms),
  });

  // One chain per chat keeps a chat's updates in order; other chats run side by side.
  const chains = new Map<string, Promise<void>>();
  bot.use(async (ctx) => {
    const update = parseUpdate(ctx.update);
    if (!update) {
      log.warn({ updateId: ctx.update.update_id }, "telegram: malformed update ignored");
      return;
    }
    const id = telegramInboxId(ctx.me.id, ctx.update.update_id);
    // Long polling admitted it with its batch; a webhook update is recorded here, leased to us.
    let claimed = admitted.get(id);
    admitted.delete(id);
    if (!claimed) [claimed] = await inbox.admit([{ id, platform: "telegram", payload: ctx.update }]);
    // Recorded before (Telegram delivering it again): handled from that record, not again here.
    if (!claimed) return;
    if (update.callback_query) {
      // A query older than ~15 s can no longer be answered; the click itself still counts.
      await ctx
        .answerCallbackQuery()
        .catch((err: unknown) => log.warn({ err, eventId: id }, "telegram: could not answer callback query"));
    }
    const chat = String(ctx.chat?.id ?? ctx.callbackQuery?.message?.chat.id ?? "");
    const event = claimed;
    const next = (chains.get(chat) ?? Promise.resolve())
      .then(() => inbox.handle(event))
      .catch((err: unknown) => log.error({ err, eventId: id }, "telegram: handling an update failed"));
    chains.set(chat, next);
    void next.then(() => {
      if (chains.get(chat) === next) chains.delete(chat);
    });
    // The webhook answers when this returns: after the record and (within grammY's timeout) the
    // handling, so an update Telegram counts as delivered has normally been answered too. A crash
    // before the answer makes Telegram deliver it again; the record makes that act once.
    await next;
  });
  return {
    async drain() {
      await Promise.all([...chains.values()]);
    },
  };
}

/**
 * Long polling that never confirms an update before it is recorded. Telegram forgets updates below
 * the `offset` of the next getUpdates call; the runner makes that call only when its source asks
 * the supplier for the next batch, and this supplier records the batch it fetched before handing it
 * on. A record that fails (the database away) is retried, and meanwhile nothing is fetched, so
 * nothing is confirmed.
 */
export function runTelegramWithInbox(
  bot: Bot,
  inbox: AdapterInbox,
  opts: { allowedUpdates: readonly string[]; log: Logger; admitted: Admitted },
): RunnerHandle {
  const fetchUpdates = createUpdateFetcher(bot, {
    fetch: { allowed_updates: [...opts.allowedUpdates] } as never,
  });
  const supplier: UpdateSupplier<Update> = {
    async supply(batchSize, signal) {
      const updates = (await fetchUpdates(batchSize, signal as never)) as Update[];
      for (let wait = 100; ; wait = Math.min(wait * 2, RECORD_RETRY_MAX_MS)) {
        try {
          // The whole batch in one insert, leased to this process, handed to the middleware.
          const fresh = await inbox.admit(
            updates.map((u) => ({
              id: telegramInboxId(bot.botInfo.id, u.update_id),
              platform: "telegram",
              payload: u,
            })),
          );
          for (const c of fresh) opts.admitted.set(c.id, c);
          return updates;
        } catch (err) {
          if (signal.aborted) throw err;
          opts.log.warn(
            { err, updates: updates.length },
            "telegram: could not record updates; not confirming them",
          );
          await new Promise((r) => setTimeout(r, wait));
        }
      }
    },
  };
  const sink = createConcurrentSink<Update>(
    { consume: (update) => bot.handleUpdate(update) },
    async (error) => {
      await bot.errorHandler(error as never);
    },
  );
  const runner = createRunner(createSource(supplier), sink);
  runner.start();
  return runner;
}
