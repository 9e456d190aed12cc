/**
 * Slack and Discord give an interaction 3 seconds for its first answer (a slash command, a button,
 * a form), and never send it again: an answer that does not come shows the person the platform's
 * own error ("dispatch_failed", "The application did not respond"). So a record that fails (the
 * database restarting, a connection cut) is tried again within the budget, backing off, and only
 * then does the adapter answer, privately, that nothing was done (docs/reliability.md).
 */
export const RECORD_BUDGET_MS = 2_200;
/** Waits between tries: four more tries after the first, about 1.5 s of waiting in all. */
export const RECORD_RETRY_WAITS_MS: readonly number[] = [100, 200, 400, 800];

export type Recorded<T> =
  | { ok: true; value: T; tries: number }
  | { ok: false; error: unknown; tries: number };

/**
 * Runs `record` until it succeeds, or until the budget would be passed by another wait. A try still
 * running when the budget is spent is not waited for: should it commit afterwards, the event is
 * handled as usual (a rare second message after the "nothing was done" one; see reliability.md).
 */
export async function recordWithinBudget<T>(
  record: () => Promise<T>,
  opts: { budgetMs?: number; waitsMs?: readonly number[]; now?: () => number } = {},
): Promise<Recorded<T>> {
  const budget = opts.budgetMs ?? RECORD_BUDGET_MS;
  const waits = opts.waitsMs ?? RECORD_RETRY_WAITS_MS;
  const now = opts.now ?? Date.now;
  const start = now();
  let error: unknown;
  for (let tries = 1; ; tries++) {
    const left = budget - (now() - start);
    const outcome = await withinMs(record(), left);
    if (outcome.ok) return { ok: true, value: outcome.value, tries };
    error = outcome.error;
    const wait = waits[tries - 1];
    if (wait === undefined || now() - start + wait >= budget) return { ok: false, error, tries };
    await new Promise((r) => setTimeout(r, wait));
  }
}

async function withinMs<T>(
  p: Promise<T>,
  ms: number,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ ok: false; error: unknown }>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: new Error(`record still running after ${ms} ms`) }),
      Math.max(ms, 0),
    );
  });
  try {
    return await Promise.race([
      p.then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
