import { type RateLimitScope, SendError } from "../../src/ports/chat-sender.ts";

/** A button or form whose data cannot fit the platform: a programming error, so it fails loudly. */
export class AdapterLimitError extends Error {
  constructor(
    readonly code: "button_data_too_long" | "too_many_buttons" | "form_too_large",
    message: string,
  ) {
    super(message);
    this.name = "AdapterLimitError";
  }
}

/**
 * Maps an HTTP status (and an optional Retry-After in seconds) to the SendError the notice jobs
 * expect. A 429 holds back the whole bot on the platform unless `scope` says only the chat.
 */
export function sendErrorFromStatus(
  status: number | undefined,
  message: string,
  retryAfterSec?: number,
  scope: RateLimitScope = "platform",
): SendError {
  if (status === 429)
    return new SendError("rate_limited", message, Math.max(0, Math.ceil((retryAfterSec ?? 1) * 1000)), scope);
  // No status means the request never got an answer (DNS, reset, timeout): worth retrying.
  if (status === undefined || status >= 500) return new SendError("retryable", message);
  return new SendError("permanent", message);
}
