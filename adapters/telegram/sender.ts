import { Api, GrammyError, HttpError } from "grammy";
import { type ChatSender, type NoticeTarget, SendError } from "../../src/ports/chat-sender.ts";
import type { Reply } from "../../src/replies/reply.ts";
import { sendErrorFromStatus } from "../shared/errors.ts";
import { renderTelegram } from "./render.ts";

/** Maps a grammY failure: API errors carry Telegram's error_code (and retry_after); HttpError is the network. */
export function toSendError(err: unknown): SendError {
  if (err instanceof SendError) return err;
  if (err instanceof GrammyError)
    return sendErrorFromStatus(err.error_code, `telegram: ${err.description}`, err.parameters.retry_after);
  if (err instanceof HttpError) return new SendError("retryable", `telegram: network: ${err.message}`);
  return new SendError("retryable", `telegram: ${err instanceof Error ? err.message : String(err)}`);
}

/**
 * Sends notices on an Api of its own, without the auto-retry the interactive bot uses: the notice
 * jobs own retrying and need the retry_after to schedule it. Telegram has no idempotency key;
 * once-only delivery is the job layer's guarantee (the key is kept for the signature and logs).
 */
export function createTelegramSender(opts: { token: string; apiRoot?: string }): ChatSender {
  const api = new Api(opts.token, opts.apiRoot ? { apiRoot: opts.apiRoot } : undefined);
  return {
    platform: "telegram",
    async send(target: NoticeTarget, reply: Reply, _idempotencyKey: string) {
      // In Telegram a private chat's id is the user's id.
      const chatId = target.kind === "direct" ? target.platformUserId : target.channelId;
      let first: number | undefined;
      try {
        for (const m of renderTelegram(reply)) {
          const { text, ...rest } = m;
          const sent = await api.sendMessage(chatId, text, rest);
          first ??= sent.message_id;
        }
      } catch (err) {
        throw toSendError(err);
      }
      return { messageId: String(first ?? "") };
    },
  };
}
