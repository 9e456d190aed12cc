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
  /** Resolves when the app is asked to stop: no further try. */
  stopped: Promise<unknown>;
  /** Each try that takes longer is logged as slow (it is not abandoned: a try may not be cancellable). */
  slowMs?: number;
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

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 300);

/**
 * Runs `attempt` until it succeeds, with exponential backoff between failures; logs each failure and
 * each try slower than `slowMs`. Resolves null if the app is asked to stop first; rejects with
 * GaveUpError on a permanent error.
 */
export async function retryUntilUp<T>(
  what: string,
  attempt: () => Promise<T>,
  o: RetryOptions,
): Promise<T | null> {
  let delayMs = o.firstDelayMs ?? 1_000;
  let stop = false;
  void o.stopped.then(() => {
    stop = true;
  });
  const stopped = o.stopped.then(() => null);
  for (let n = 1; !stop; n++) {
    const slow = setTimeout(
      () => o.log.warn({ dependency: what, attempt: n }, `${what}: still trying to connect`),
      o.slowMs ?? 10_000,
    );
    try {
      const r = await Promise.race([attempt(), stopped]);
      if (r === null && stop) return null;
      if (n > 1) o.log.info({ dependency: what, attempts: n }, `${what}: up`);
      return r as T;
    } catch (err) {
      const reason = reasonOf(err);
      o.onFailure?.(reason);
      if (o.permanent?.(err)) throw new GaveUpError(what, reason);
      o.log.warn(
        { dependency: what, attempt: n, retryInMs: delayMs, reason },
        `${what}: not reachable; retrying`,
      );
    } finally {
      clearTimeout(slow);
    }
    await Promise.race([new Promise((r) => setTimeout(r, delayMs)), stopped]);
    delayMs = Math.min(delayMs * 2, o.maxDelayMs ?? 30_000);
  }
  return null;
}
