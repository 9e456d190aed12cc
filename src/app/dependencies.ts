import type { Logger } from "../ports/logger.ts";
import { READINESS_TIMEOUT_MS, type ReadinessCheck, readiness } from "./health.ts";

/** How often every dependency is checked (a dependency down is logged within this plus its timeout). */
export const DEPENDENCY_CHECK_MS = 3_000;

/**
 * Watches the app's dependencies (the database, Redis, each platform) for the log: one warn line
 * when one is found down, naming it and why, and one info line when it is back. GET /readyz asks
 * the same checks (src/app/health.ts).
 */
export function watchDependencies(
  checks: readonly ReadinessCheck[],
  log: Logger,
  everyMs = DEPENDENCY_CHECK_MS,
): { stop(): void; checkNow(): Promise<void> } {
  const down = new Map<string, string>();
  let busy = false;
  const checkNow = async () => {
    if (busy) return;
    busy = true;
    try {
      const r = await readiness(checks, Math.min(READINESS_TIMEOUT_MS, everyMs));
      for (const [name, c] of Object.entries(r.checks)) {
        if (!c.ok && !down.has(name)) {
          down.set(name, c.detail ?? "not ready");
          log.warn({ dependency: name, detail: c.detail }, `dependency down: ${name}`);
        } else if (c.ok && down.has(name)) {
          const was = down.get(name);
          down.delete(name);
          log.info({ dependency: name, was }, `dependency back: ${name}`);
        }
      }
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void checkNow(), everyMs);
  timer.unref();
  void checkNow();
  return { stop: () => clearInterval(timer), checkNow };
}

export interface RetryOptions {
  log: Logger;
  /** Resolves when the app is asked to stop: no further try, and the one under way is abandoned. */
  stopped: Promise<unknown>;
  /** Each try that takes longer is logged as slow. */
  slowMs?: number;
  /**
   * A try that has not completed after this long is abandoned: its signal is aborted (the try closes
   * what it opened: a client, a socket) and it counts as a failure, retried after the backoff.
   * Unset: a try is waited for however long it takes (it may not be cancellable).
   */
  attemptTimeoutMs?: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** An error no retry can fix (a token refused): give up at once. */
  permanent?(err: unknown): boolean;
  /** Told of each failure (for /readyz: why it is not ready). */
  onFailure?(reason: string): void;
}

export class GaveUpError extends Error {
  constructor(
    readonly what: string,
    readonly reason: string,
  ) {
    super(`${what}: ${reason}`);
    this.name = "GaveUpError";
  }
}

/** A try that did not complete within RetryOptions.attemptTimeoutMs. */
export class AbandonedError extends Error {
  constructor(afterMs: number) {
    super(`did not complete within ${afterMs} ms; abandoned`);
    this.name = "AbandonedError";
  }
}

/** How long an abandoned try gets to close what it opened before the next one starts. */
const ABANDON_WAIT_MS = 5_000;

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 300);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `attempt` until it succeeds, with exponential backoff between failures; logs each failure,
 * each try slower than `slowMs`, each try abandoned after `attemptTimeoutMs`, and the success after
 * failures. Resolves null if the app is asked to stop first (the try under way is aborted); rejects
 * with GaveUpError on a permanent error.
 */
export async function retryUntilUp<T>(
  what: string,
  attempt: (signal: AbortSignal) => Promise<T>,
  o: RetryOptions,
): Promise<T | null> {
  let delayMs = o.firstDelayMs ?? 1_000;
  let stop = false;
  void o.stopped.then(() => {
    stop = true;
  });
  const stopped = o.stopped.then(() => null);
  for (let n = 1; !stop; n++) {
    const abort = new AbortController();
    const slow = setTimeout(
      () => o.log.warn({ dependency: what, attempt: n }, `${what}: still trying to connect`),
      o.slowMs ?? 10_000,
    );
    let limit: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      if (o.attemptTimeoutMs !== undefined)
        limit = setTimeout(() => reject(new AbandonedError(o.attemptTimeoutMs ?? 0)), o.attemptTimeoutMs);
    });
    const tried = attempt(abort.signal);
    try {
      const r = await Promise.race([tried, stopped, timedOut]);
      if (r === null && stop) {
        abort.abort(new Error("stopping"));
        await Promise.race([tried.catch(() => undefined), sleep(ABANDON_WAIT_MS)]);
        return null;
      }
      if (n > 1) o.log.info({ dependency: what, attempts: n }, `${what}: up`);
      return r as T;
    } catch (err) {
      if (err instanceof AbandonedError) {
        // Close what the try opened (a half-open socket would keep reconnecting on its own) before
        // the next one starts.
        abort.abort(err);
        await Promise.race([tried.catch(() => undefined), sleep(ABANDON_WAIT_MS)]);
      }
      const reason = reasonOf(err);
      o.onFailure?.(reason);
      if (o.permanent?.(err)) throw new GaveUpError(what, reason);
      o.log.warn(
        { dependency: what, attempt: n, retryInMs: delayMs, reason },
        `${what}: not reachable; retrying`,
      );
    } finally {
      clearTimeout(slow);
      clearTimeout(limit);
    }
    await Promise.race([sleep(delayMs), stopped]);
    delayMs = Math.min(delayMs * 2, o.maxDelayMs ?? 30_000);
  }
  return null;
}
