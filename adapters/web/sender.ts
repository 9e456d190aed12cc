import type { ChatSender } from "../../src/ports/chat-sender.ts";
import { SendError } from "../../src/ports/chat-sender.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { type Mailer, MailNotSentError, PermanentMailError } from "../../src/ports/mailer.ts";
import type { ReplyFeed } from "./feed.ts";
import { WEB_STREAM_STALE_MS } from "./limits.ts";
import { blocksText, renderReply } from "./render.ts";
import type { WebStore } from "./store.ts";
import { noticeMail } from "./texts.ts";
import { GUEST_ACCOUNT } from "./to-input.ts";

export const isEmail = (account: string): boolean => /^[^@\s]+@[^@\s]+$/.test(account);

/**
 * Notices on the web chat: stored as a reply of kind notice under the notice's idempotency key (once,
 * however often the outbox repeats the send), streamed to the person's open chat; when no chat is
 * open (no stream refreshed its row within WEB_STREAM_STALE_MS) it is also e-mailed, once.
 */
export function createWebSender(o: {
  store: WebStore;
  feed: ReplyFeed;
  mailer?: Mailer;
  log: Logger;
  /** The chat an account's notice e-mail links to. */
  chatUrl: (account: string) => Promise<{ studio: string; url: string }>;
}): ChatSender {
  return {
    platform: "web",
    async send(target, reply, idempotencyKey) {
      if (target.kind !== "direct") throw new SendError("permanent", "the web chat has no channels");
      const account = target.platformUserId;
      // The shared Guest (every visitor at once) is told nothing: a notice to it would reach no one in particular.
      if (account === GUEST_ACCOUNT) return { messageId: "guest" };
      const key = `notice:${idempotencyKey}`;
      const blocks = renderReply(reply, "notice");
      const id =
        (await o.store.addReply(account, key, "notice", blocks)) ?? (await o.store.replyByKey(key))?.id;
      if (!id) throw new SendError("retryable", "the notice was not stored");
      o.feed.poke(account);
      if (await o.store.isOpen(account, WEB_STREAM_STALE_MS)) return { messageId: id };
      const stored = await o.store.replyByKey(key);
      if (!o.mailer || !isEmail(account) || stored?.mailed) return { messageId: id };
      const { studio, url } = await o.chatUrl(account);
      try {
        await o.mailer.send({ to: account, ...noticeMail(studio, blocksText(blocks), url) });
      } catch (err) {
        if (err instanceof PermanentMailError) throw new SendError("permanent", err.message);
        if (err instanceof MailNotSentError) throw new SendError("retryable", err.message);
        throw err;
      }
      await o.store.markMailed(id);
      return { messageId: id };
    },
  };
}
