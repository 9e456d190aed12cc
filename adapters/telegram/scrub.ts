import type { Api, Transformer } from "grammy";
import { rememberSecret, scrubSecrets } from "../shared/redact.ts";

/**
 * Every Bot API call's failure leaves grammY with the bot token removed (issue 24, item 3): a
 * network failure's HttpError wraps the fetch error, whose text names the request URL, and the
 * Bot API puts the token in every URL (`…/bot<TOKEN>/sendMessage`). The error keeps its class and
 * fields (HttpError, GrammyError, its code), so whoever classifies it (the senders, the runner,
 * auto-retry) sees the same error; only the texts change.
 */
export function scrubbingTransformer(token: string): Transformer {
  rememberSecret(token);
  return async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } catch (err) {
      throw scrubSecrets(err);
    }
  };
}

/**
 * An Api whose failures never carry its token. Install it before any other transformer: the first
 * installed is the innermost, so every later one (auto-retry) already sees the scrubbed error.
 */
export function withoutSecretsInErrors<A extends Api>(api: A, token: string): A {
  api.config.use(scrubbingTransformer(token));
  return api;
}
