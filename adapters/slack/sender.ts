import { webApi } from "@slack/bolt";
import { z } from "zod";
import { type ChatSender, type NoticeTarget, SendError } from "../../src/ports/chat-sender.ts";
import type { Reply } from "../../src/replies/reply.ts";
import { sendErrorFromStatus } from "../shared/errors.ts";
import { renderSlack } from "./render.ts";

/** Slack error codes that mean "Slack had a bad moment", worth retrying; any other platform error is final. */
const RETRYABLE_PLATFORM_ERRORS = new Set([
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
  "ratelimited",
]);

const SlackErrorShape = z.object({
  code: z.string(),
  retryAfter: z.number().optional(),
  statusCode: z.number().optional(),
  data: z.object({ error: z.string() }).passthrough().optional(),
});

/** Maps a WebClient failure to SendError. Exported for tests. */
export function toSendError(err: unknown): SendError {
  if (err instanceof SendError) return err;
  const e = SlackErrorShape.safeParse(err);
  const message = err instanceof Error ? err.message : String(err);
  if (!e.success) return new SendError("retryable", `slack: ${message}`);
  switch (e.data.code) {
    case webApi.ErrorCode.RateLimitedError:
      return sendErrorFromStatus(429, `slack: rate limited`, e.data.retryAfter);
    case webApi.ErrorCode.HTTPError:
      return sendErrorFromStatus(e.data.statusCode, `slack: HTTP ${e.data.statusCode}`);
    case webApi.ErrorCode.PlatformError: {
      const code = e.data.data?.error ?? "unknown";
      return new SendError(RETRYABLE_PLATFORM_ERRORS.has(code) ? "retryable" : "permanent", `slack: ${code}`);
    }
    default:
      return new SendError("retryable", `slack: ${message}`);
  }
}

/**
 * Sends notices. The WebClient is built with no retries and rate limits rejected, because the
 * notice jobs own retrying: a hidden retry here would hold a worker and could send twice.
 * Slack has no message nonce, so the idempotencyKey is carried in message metadata for tracing;
 * once-only delivery is the job layer's guarantee.
 */
export function createSlackSender(opts: { token: string; apiUrl?: string }): ChatSender {
  const client = new webApi.WebClient(opts.token, {
    ...(opts.apiUrl ? { slackApiUrl: withTrailingSlash(opts.apiUrl) } : {}),
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
        throw toSendError(err);
      }
      return { messageId: first ?? "" };
    },
  };
}

export function withTrailingSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
