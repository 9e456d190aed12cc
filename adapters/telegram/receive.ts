import { autoRetry } from "@grammyjs/auto-retry";
import { type Api, type Context, GrammyError } from "grammy";
import type { FormMemory, IncomingEvent, Reply } from "../../src/ports/chat.ts";
import * as L from "./limits.ts";
import {
  parseTelegramFormAnswer,
  renderTelegram,
  renderTelegramForm,
  type TelegramMessage,
} from "./render.ts";
import { callbackToInput, messageToInput, type parseUpdate, type TelegramMe } from "./to-input.ts";

/**
 * Waits out short 429s for interactive replies (retry_after from Telegram); long ones fail as
 * usual. grammY's maintained auto-retry plugin, limited to what we retried by hand before: only
 * rate limits (never 5xx or network errors, which the caller sees at once), at most
 * TELEGRAM_AUTO_RETRY_ATTEMPTS tries, and a wait of at most TELEGRAM_MAX_AUTO_RETRY_SEC.
 */
export const telegramAutoRetry = () =>
  autoRetry({
    maxRetryAttempts: L.TELEGRAM_AUTO_RETRY_ATTEMPTS - 1,
    maxDelaySeconds: L.TELEGRAM_MAX_AUTO_RETRY_SEC,
    rethrowInternalServerErrors: true,
    rethrowHttpErrors: true,
  });

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
export async function postReplies(
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

/** The core's event for an update (a reply to an open form's question becomes that form's answer). */
export async function eventOf(
  update: NonNullable<ReturnType<typeof parseUpdate>>,
  me: TelegramMe,
  forms: FormMemory,
): Promise<IncomingEvent | null> {
  const event = update.callback_query ? callbackToInput(update, me) : messageToInput(update, me);
  const reply = update.message?.reply_to_message;
  const form =
    reply && update.message
      ? await forms.recall(formKey(me, update.message.chat.id, reply.message_id))
      : null;
  if (form && event && event.input.kind === "text") {
    return {
      ...event,
      input: { kind: "form", data: form.data, values: parseTelegramFormAnswer(form, event.input.text) },
    };
  }
  return event;
}

/** Updates of one chat are handled one at a time, in order; other chats go on meanwhile. */
export const chatOf = (ctx: Context): string | undefined =>
  (ctx.chat?.id ?? ctx.callbackQuery?.message?.chat.id)?.toString();
