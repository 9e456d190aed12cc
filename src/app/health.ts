/**
 * Liveness and readiness for a container orchestrator (docs/reliability.md, "Health").
 * GET /healthz: the process is alive and its event loop answers (no dependency is checked, so a
 * database outage never gets the process restarted in a loop). GET /readyz: every dependency that
 * must work for requests to be served: the database, Redis when configured, each platform connected.
 */
export interface ReadinessCheck {
  name: string;
  /** Resolves true when healthy; false or a string (the reason) when not; may throw. */
  check(): Promise<boolean | string>;
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, { ok: boolean; detail?: string }>;
}

/** Each check gets at most this long; a check that hangs counts as failed. */
export const READINESS_TIMEOUT_MS = 2_000;

export async function readiness(
  checks: readonly ReadinessCheck[],
  timeoutMs = READINESS_TIMEOUT_MS,
): Promise<Readiness> {
  const results = await Promise.all(
    checks.map(async (c) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
      });
      try {
        const r = await Promise.race([c.check(), timeout]);
        return [
          c.name,
          r === true ? { ok: true } : { ok: false, detail: r === false ? "not ready" : r },
        ] as const;
      } catch (err) {
        return [c.name, { ok: false, detail: err instanceof Error ? err.message : String(err) }] as const;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const entries = Object.fromEntries(results);
  return { ready: results.every(([, r]) => r.ok), checks: entries };
}
