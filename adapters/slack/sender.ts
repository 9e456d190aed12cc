import { webApi } from "@slack/bolt";
import { z } from "zod";
import type { Reply } from "../../src/ports/chat.ts";
import { type ChatSender, type NoticeTarget, SendError } from "../../src/ports/chat-sender.ts";
import { provesNothingSent, UncertainSendError } from "../../src/ports/notice-send-outcome.ts";
import { sendErrorFromStatus } from "../shared/errors.ts";
import { rememberSecret, safeErrorText, scrubSecrets } from "../shared/redact.ts";
import { slackFetch } from "./http-fetch.ts";
import { renderSlack } from "./render.ts";

/** Slack error codes that mean "Slack had a bad moment" and posted nothing: worth retrying. */
const RETRYABLE_PLATFORM_ERRORS = new Set(["service_unavailable", "request_timeout", "ratelimited"]);
/**
 * Slack's docs for these say "It's possible some aspect of the operation succeeded before the error
 * was raised": the message may be posted, so they are uncertain, not retryable.
 */
const UNCERTAIN_PLATFORM_ERRORS = new Set(["internal_error", "fatal_error"]);

const SlackErrorShape = z.object({
  code: z.string(),
  retryAfter: z.number().optional(),
  statusCode: z.number().optional(),
  data: z.object({ error: z.string() }).passthrough().optional(),
});

/**
 * Maps a WebClient failure. A request error (no HTTP answer) is "retryable" only when no connection
 * was made; a timeout or a connection dropped after the request was written may have posted the
 * message, so it is uncertain (not a SendError) and the uncertain-send rule applies. Exported for tests.
 */
export function toSendError(err: unknown): SendError | UncertainSendError {
  if (err instanceof SendError || err instanceof UncertainSendError) return err;
  scrubSecrets(err);
  const e = SlackErrorShape.safeParse(err);
  const message = safeErrorText(err instanceof Error ? err.message : err);
  if (!e.success) return new SendError("retryable", `slack: ${message}`);
  switch (e.data.code) {
    case webApi.ErrorCode.RateLimitedError:
      // Slack's Retry-After is for the method across the workspace: the whole bot waits.
      return sendErrorFromStatus(429, `slack: rate limited`, e.data.retryAfter);
    case webApi.ErrorCode.HTTPError:
      return sendErrorFromStatus(e.data.statusCode, `slack: HTTP ${e.data.statusCode}`);
    case webApi.ErrorCode.PlatformError: {
      const code = e.data.data?.error ?? "unknown";
      if (UNCERTAIN_PLATFORM_ERRORS.has(code))
        return new UncertainSendError(`slack: ${code}`, { cause: err });
      return new SendError(RETRYABLE_PLATFORM_ERRORS.has(code) ? "retryable" : "permanent", `slack: ${code}`);
    }
    case webApi.ErrorCode.RequestError:
      if (provesNothingSent(err)) return new SendError("retryable", `slack: network: ${causes(err)}`);
      return new UncertainSendError(`slack: network: ${causes(err)}`, { cause: err });
    default:
      return new SendError("retryable", `slack: ${message}`);
  }
}

/** An error's message with its causes' (fetch reports "fetch failed", the cause says why), no token in it. */
const causes = safeErrorText;

/**
 * Sends notices. The WebClient is built with no retries and rate limits rejected, because the
 * notice jobs own retrying: a hidden retry here would hold a worker and could send twice.
 * Slack has no message nonce, so the idempotencyKey is carried in message metadata for tracing;
 * once-only delivery is the job layer's guarantee.
 */
export function createSlackSender(opts: {
  token: string;
  apiUrl?: string;
  /** Request timeout in ms (the WebClient's default is none); a timed-out send is uncertain. */
  timeoutMs?: number;
}): ChatSender {
  rememberSecret(opts.token);
  const client = new webApi.WebClient(opts.token, {
    fetch: slackFetch,
    ...(opts.apiUrl ? { slackApiUrl: withTrailingSlash(opts.apiUrl) } : {}),
    ...(opts.timeoutMs ? { timeout: opts.timeoutMs } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  return {
    platform: "slack",
    async send(target: NoticeTarget, reply: Reply, idempotencyKey: string) {
      // Posting to a user id lands in the app's DM with that person (Slack opens it as needed).
      const channel = target.kind === "direct" ? target.platformUserId : target.channelId;
      let first: string | undefined;
      try {
        for (const message of renderSlack(reply)) {
          const res = await client.chat.postMessage({
            channel,
            text: message.text,
            blocks: message.blocks,
            metadata: { event_type: "booking_notice", event_payload: { key: idempotencyKey } },
          });
          first ??= res.ts;
        }
      } catch (err) {
        scrubSecrets(err);
        // An earlier part was posted: a resend would repeat it, whatever this part's error says.
        if (first !== undefined)
          throw new UncertainSendError(`slack: a later part failed after part 1 was posted: ${causes(err)}`, {
            cause: err,
          });
        throw toSendError(err);
      }
      return { messageId: first ?? "" };
    },
  };
}

export function withTrailingSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
