import { type Api, type Bot, GrammyError, type Transformer } from "grammy";
import type { ChatCore, FormMemory, IncomingEvent } from "../../src/chat/incoming.ts";
import type { Logger } from "../../src/ports/logger.ts";
import type { Reply } from "../../src/replies/reply.ts";
import { handleSafely } from "../shared/handle.ts";
import * as L from "./limits.ts";
import {
  parseTelegramFormAnswer,
  renderTelegram,
  renderTelegramForm,
  type TelegramMessage,
} from "./render.ts";
import { callbackToInput, messageToInput, parseUpdate, type TelegramMe } from "./to-input.ts";

/**
 * Runs tasks one at a time per key and concurrently across keys. grammY handles updates one after
 * another; with a core that waits on the database, one slow chat would hold every other chat.
 * Per-chat order is kept, so a person's "book" and "cancel" never swap places.
 */
export function createKeyedQueue(onError: (err: unknown) => void) {
  const tails = new Map<string, Promise<void>>();
  return {
    run(key: string, task: () => Promise<void>): void {
      const next = (tails.get(key) ?? Promise.resolve()).then(task).catch(onError);
      tails.set(key, next);
      void next.then(() => {
        if (tails.get(key) === next) tails.delete(key);
      });
    },
    /** Resolves when everything queued so far has finished (clean shutdown). */
    async idle(): Promise<void> {
      await Promise.all([...tails.values()]);
    },
  };
}

/** Waits out short 429s for interactive replies (retry_after from Telegram); long ones fail as usual. */
export function autoRetryTransformer(log: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 1; ; attempt++) {
      const res = await prev(method, payload, signal);
      const wait = !res.ok && res.error_code === 429 ? (res.parameters?.retry_after ?? 1) : undefined;
      if (
        wait === undefined ||
        wait > L.TELEGRAM_MAX_AUTO_RETRY_SEC ||
        attempt >= L.TELEGRAM_AUTO_RETRY_ATTEMPTS
      )
        return res;
      log.warn({ method, retryAfterSec: wait, attempt }, "telegram: rate limited, waiting");
      await new Promise((r) => setTimeout(r, wait * 1000));
    }
  };
}

/** A form is known by the question message it was asked in (the person answers by replying to it). */
const formKey = (me: TelegramMe, chatId: string | number, messageId: number): string =>
  `telegram:${me.id}:${chatId}:${messageId}`;

async function sendOne(api: Api, chatId: string, m: TelegramMessage): Promise<number> {
  const { text, ...rest } = m;
  const sent = await api.sendMessage(chatId, text, rest);
  return sent.message_id;
}

/**
 * Posts the core's replies. Telegram has no ephemeral messages: a private reply asked for in a
 * group goes to the person's DM; if they never started the bot (403) the group gets a pointer.
 */
async function deliver(
  api: Api,
  me: TelegramMe,
  event: IncomingEvent,
  replies: Reply[],
  forms: FormMemory,
): Promise<void> {
  const { channelId, isDirect } = event.conversation;
  for (const reply of replies) {
    const toDm = reply.visibility === "private" && !isDirect;
    const chatId = toDm ? event.user.platformUserId : channelId;
    const messages = renderTelegram(reply);
    try {
      if (reply.lines.length > 0 || reply.title || reply.sections?.length || reply.buttons?.length)
        for (const m of messages) await sendOne(api, chatId, m);
      if (reply.form)
        await forms.remember(
          formKey(me, chatId, await sendOne(api, chatId, renderTelegramForm(reply.form))),
          reply.form,
        );
    } catch (err) {
      if (!(toDm && err instanceof GrammyError && err.error_code === 403)) throw err;
      await api.sendMessage(
        channelId,
        `Open a private chat with @${me.username} and press Start, then try again.`,
      );
    }
  }
}

/**
 * Registers the one middleware: parse, answer a callback at once (the spinner stops and Telegram
 * never shows a stuck button), then queue the core call for that chat and return, so updates of
 * other chats are not held up.
 */
export function registerTelegramHandlers(bot: Bot, core: ChatCore, log: Logger) {
  const queue = createKeyedQueue((err) => log.error({ err }, "telegram: handling an update failed"));
  bot.use(async (ctx) => {
    const update = parseUpdate(ctx.update);
    if (!update) {
      log.warn({ updateId: ctx.update.update_id }, "telegram: malformed update ignored");
      return;
    }
    const me: TelegramMe = { id: ctx.me.id, username: ctx.me.username };
    if (update.callback_query) {
      // A query older than ~15 s can no longer be answered; the click itself still counts.
      await ctx
        .answerCallbackQuery()
        .catch((err: unknown) => log.warn({ err }, "telegram: could not answer callback query"));
    }
    let event = update.callback_query ? callbackToInput(update, me) : messageToInput(update, me);
    const reply = update.message?.reply_to_message;
    const form =
      reply && update.message
        ? await core.forms.recall(formKey(me, update.message.chat.id, reply.message_id))
        : null;
    if (form && event && event.input.kind === "text") {
      event = {
        ...event,
        input: { kind: "form", data: form.data, values: parseTelegramFormAnswer(form, event.input.text) },
      };
    }
    if (!event) return;
    const ready = event;
    queue.run(ready.conversation.channelId, async () =>
      deliver(ctx.api, me, ready, await handleSafely(core, ready, log), core.forms),
    );
  });
  return { idle: () => queue.idle() };
}
