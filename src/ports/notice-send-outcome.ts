/**
 * A send whose outcome is unknown: the request may have reached the platform (a timeout or a
 * connection dropped after the request was written, an error answer after an earlier part of the
 * notice was accepted, a platform error that says part of the operation may have succeeded).
 *
 * It is deliberately not a SendError: the notice processor leaves the delivery "attempting", so the
 * uncertain-send rule decides about any repeat (the platform pacing's resendAfterUncertain), exactly as after a crash.
 * A SendError("retryable") is only for failures that prove nothing was sent.
 */
export class UncertainSendError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "UncertainSendError";
  }
}

/**
 * Error codes that prove the request never left: no connection was made (refused, unreachable,
 * DNS failure, connect timeout). Anything else on the network (ECONNRESET, EPIPE, a response
 * timeout, an abort) may come after the request was written, so it is uncertain.
 */
export const NOTHING_SENT_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/**
 * Whether a network failure proves nothing reached the platform. Looks at the error and its
 * causes (fetch wraps the socket error in `cause`, SDKs in `error` or `original`).
 */
export function provesNothingSent(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && typeof e === "object" && e !== null; depth++) {
    const code = "code" in e ? e.code : undefined;
    if (typeof code === "string" && NOTHING_SENT_CODES.has(code)) return true;
    if ("cause" in e && e.cause) e = e.cause;
    else if ("error" in e && e.error) e = e.error;
    else e = "original" in e ? e.original : undefined;
  }
  return false;
}
