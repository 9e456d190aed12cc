import {
  createConcurrentSink,
  createRunner,
  createSource,
  createUpdateFetcher,
  type RunnerHandle,
  sequentialize,
  type UpdateSupplier,
} from "@grammyjs/runner";
import type { Bot, Context } from "grammy";
import type { Update } from "grammy/types";
import type { ChatCore } from "../../src/ports/chat.ts";
import type { AdapterInbox, ClaimedEvent } from "../../src/ports/inbox.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { registerInboxIntake } from "../shared/inbox-intake.ts";
import { chatOf, eventOf, postReplies } from "./receive.ts";
import { parseUpdate, type TelegramMe } from "./to-input.ts";

type Parsed = NonNullable<ReturnType<typeof parseUpdate>>;

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
 * Telegram's intake (docs/reliability.md): an update becomes `(id, payload)` in the inbox before
 * Telegram can count it as received, then it is handled from the record, one chat at a time in
 * arrival order (grammY's `sequentialize`, the one ordering mechanism).
 * - Webhook: the middleware records the update, leased to this process; grammY answers 200 only
 *   when it returns, after the handling (or, past grammY's timeout, while it goes on).
 * - Long polling: see runTelegramWithInbox (the batch is recorded, in one insert, before the next
 *   getUpdates call, whose offset is what confirms it) and handed over through `admitted`.
 * Each update is parsed once: the parsed form is kept for its handling in this process; only an
 * update taken over from the record after a restart is parsed from its payload.
 */
export function registerTelegramInbox(
  bot: Bot,
  core: ChatCore,
  inbox: AdapterInbox,
  log: Logger,
  admitted: Admitted,
): void {
  const me = (): TelegramMe => ({ id: bot.botInfo.id, username: bot.botInfo.username });
  // Keyed by the claim this process hands to the inbox: a retry or a takeover brings a claim of its
  // own and parses its payload; nothing outlives the claim it was parsed for.
  const parsedFor = new WeakMap<ClaimedEvent, Parsed>();
  registerInboxIntake<unknown>(inbox, core, {
    platform: "telegram",
    async eventOf(payload, claimed) {
      const update = parsedFor.get(claimed) ?? parseUpdate(payload);
      return update ? await eventOf(update, me(), core.forms) : null;
    },
    deliver: ({ event }, replies) => postReplies(bot.api, me(), event, replies, core.forms),
  });

  const claims = new WeakMap<Context, ClaimedEvent>();
  bot.use(async (ctx, next) => {
    const id = telegramInboxId(ctx.me.id, ctx.update.update_id);
    // Long polling admitted it with its batch; a webhook update is recorded here, leased to us.
    // Taken out of `admitted` first, whatever follows: an entry left there would stay for good.
    let claimed = admitted.get(id);
    admitted.delete(id);
    const update = parseUpdate(ctx.update);
    if (!update) {
      log.warn({ updateId: ctx.update.update_id }, "telegram: malformed update ignored");
      return;
    }
    if (!claimed) [claimed] = await inbox.admit([{ id, platform: "telegram", payload: ctx.update }]);
    // Recorded before (Telegram delivering it again): handled from that record, not again here.
    if (!claimed) return;
    parsedFor.set(claimed, update);
    claims.set(ctx, claimed);
    if (update.callback_query) {
      // Answered before the chat's turn: the spinner stops at once; a query older than ~15 s can
      // no longer be answered, and the click itself still counts.
      await ctx
        .answerCallbackQuery()
        .catch((err: unknown) => log.warn({ err, eventId: id }, "telegram: could not answer callback query"));
    }
    await next();
  });
  // One chat at a time, in arrival order; other chats go on meanwhile.
  bot.use(sequentialize(chatOf));
  bot.use(async (ctx) => {
    const claimed = claims.get(ctx);
    // The webhook answers when this returns: after the record and (within grammY's timeout) the
    // handling. A crash before the answer makes Telegram deliver it again; the record makes that
    // act once. The inbox processor owns this handling's failures (it never rejects).
    if (claimed) await inbox.handle(claimed);
  });
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
  // The runner's own report of a failed getUpdates is console.error of the whole error (plain text
  // beside the JSON log); it is silenced and the failure logged here, through the app's logger.
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } catch (err) {
      if (method === "getUpdates" && !signal?.aborted)
        opts.log.warn({ err }, "telegram: getUpdates failed; the runner tries again with backoff");
      throw err;
    }
  });
  const fetchUpdates = createUpdateFetcher(bot, {
    fetch: { allowed_updates: [...opts.allowedUpdates] } as never,
    silent: true,
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
