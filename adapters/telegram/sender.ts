import { Api, GrammyError, HttpError } from "grammy";
import type { Reply } from "../../src/ports/chat.ts";
import { type ChatSender, type NoticeTarget, SendError } from "../../src/ports/chat-sender.ts";
import { provesNothingSent, UncertainSendError } from "../../src/ports/notice-send-outcome.ts";
import { sendErrorFromStatus } from "../shared/errors.ts";
import { redactSecrets } from "../shared/redact.ts";
import { renderTelegram } from "./render.ts";
import { withoutSecretsInErrors } from "./scrub.ts";

/**
 * Maps a grammY failure. API errors carry Telegram's error_code (and retry_after): Telegram answered,
 * so a 429, 5xx or 4xx says what happened. A network failure (HttpError) is "retryable" only when no
 * connection was made; a timeout or a connection dropped after the request was written may have
 * posted the message, so it is uncertain (not a SendError) and the uncertain-send rule applies.
 * A 429 holds back the whole bot (scope "platform"): Telegram does not say which limit was hit, and
 * with each chat paced under its own limit, flood control means the bot's.
 */
export function toSendError(err: unknown): SendError | UncertainSendError {
  if (err instanceof SendError || err instanceof UncertainSendError) return err;
  if (err instanceof GrammyError)
    return sendErrorFromStatus(err.error_code, `telegram: ${err.description}`, err.parameters.retry_after);
  if (err instanceof HttpError) {
    const message = `telegram: network: ${describe(err)}`;
    if (provesNothingSent(err)) return new SendError("retryable", message);
    return new UncertainSendError(message, { cause: err });
  }
  // Not from a request (e.g. rendering): nothing was sent.
  return new SendError("retryable", `telegram: ${describe(err)}`);
}

/** The failure in words for lastError and the logs, never with the token (an HttpError's cause names the URL). */
function describe(err: unknown): string {
  if (err instanceof HttpError) return redactSecrets(`${err.message} (${describe(err.error)})`);
  return redactSecrets(err instanceof Error ? err.message : String(err));
}

/**
 * Sends notices on an Api of its own, without the auto-retry the interactive bot uses: the notice
 * jobs own retrying and need the retry_after to schedule it. Telegram has no idempotency key;
 * once-only delivery is the job layer's guarantee (the key is kept for the signature and logs).
 */
export function createTelegramSender(opts: {
  token: string;
  apiRoot?: string;
  /** grammY's request timeout (default 500 s); a timed-out send is uncertain. */
  timeoutSeconds?: number;
}): ChatSender {
  const api = withoutSecretsInErrors(
    new Api(opts.token, {
      ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}),
      ...(opts.timeoutSeconds ? { timeoutSeconds: opts.timeoutSeconds } : {}),
    }),
    opts.token,
  );
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
        // An earlier part was posted: any failure now leaves a partial notice out there, and a
        // resend would repeat that part. Uncertain, whatever the error says about this part.
        if (first !== undefined)
          throw new UncertainSendError(
            `telegram: a later part failed after part 1 was sent: ${describe(err)}`,
            { cause: err },
          );
        throw toSendError(err);
      }
      return { messageId: String(first ?? "") };
    },
  };
}
