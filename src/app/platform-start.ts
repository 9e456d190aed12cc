import type { ChatAdapter } from "../ports/chat-adapter.ts";
import type { Logger } from "../ports/logger.ts";
import { retryUntilUp } from "./dependencies.ts";
import type { ReadinessCheck } from "./health.ts";

/**
 * How long one platform start (log in, open the gateway or socket, set the menu) may take before it
 * is abandoned and tried again: a gateway or socket link that accepts the connection and then says
 * nothing would otherwise hold the platform "starting" forever.
 */
export const PLATFORM_START_TIMEOUT_MS = 30_000;

export interface PlatformStart {
  readonly adapter: ChatAdapter;
  /** For /readyz and the dependency log: not ready until started, then as connected as it says. */
  readonly check: ReadinessCheck;
  started(): boolean;
  /** Settles when started, or when the app stops first; rejects with GaveUpError on refused credentials. */
  readonly run: Promise<void>;
}

export interface PlatformStartOptions {
  log: Logger;
  stopped: Promise<unknown>;
  /** A failure no retry can fix (credentials refused). */
  permanent(err: unknown): boolean;
  timeoutMs?: number;
  firstDelayMs?: number;
}

/**
 * Starts one platform's adapter on its own, tried with a bounded time per try and backoff until it
 * answers (docs/reliability.md, "Health"): a try that hangs is abandoned (the adapter closes its
 * client or socket) and retried; each failure is logged, and the start when it comes.
 */
export function startPlatform(adapter: ChatAdapter, o: PlatformStartOptions): PlatformStart {
  let started = false;
  let problem: string | undefined;
  const run = retryUntilUp(adapter.platform, (signal) => adapter.start(signal), {
    log: o.log,
    stopped: o.stopped,
    permanent: o.permanent,
    attemptTimeoutMs: o.timeoutMs ?? PLATFORM_START_TIMEOUT_MS,
    ...(o.firstDelayMs !== undefined ? { firstDelayMs: o.firstDelayMs } : {}),
    onFailure: (reason) => {
      problem = reason;
    },
  }).then((r) => {
    if (r === null) return;
    started = true;
    o.log.info({ platform: adapter.platform }, `${adapter.platform}: started`);
  });
  return {
    adapter,
    run,
    started: () => started,
    check: {
      name: adapter.platform,
      check: async () => {
        if (!started) return problem ? `not started: ${problem}` : "starting";
        return adapter.connected?.() ?? true;
      },
    },
  };
}
