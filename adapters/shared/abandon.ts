/**
 * Waits for `work` (a login, a socket's first connection) unless `signal` aborts first: then `close`
 * runs (the client or socket the start opened is closed, so it stops reconnecting on its own), and
 * runs again if `work` still completes later, so nothing abandoned stays open; the promise rejects
 * with the signal's reason once `close` has settled. Without a signal it is `work` itself.
 */
export function unlessAbandoned<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
  close: () => Promise<unknown>,
): Promise<T> {
  if (!signal) return work;
  const closeQuietly = () => close().catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      work.then(closeQuietly, () => undefined);
      void closeQuietly().then(() => reject(signal.reason ?? new Error("abandoned")));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (err: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(err);
      },
    );
  });
}
