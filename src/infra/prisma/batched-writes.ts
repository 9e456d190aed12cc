/**
 * Calls of `add` made while a write is in flight go out together in the next one: under load one
 * statement carries many, alone each goes at once. Each call settles with the write that carried it
 * (and its own result: `write` returns one per item, in order); when a shared write fails, each of
 * its items is written alone, so one bad item fails only itself.
 */
export function batched<T, R = void>(
  write: (items: T[]) => Promise<R[]> | Promise<void>,
): { add(item: T): Promise<R> } {
  type Waiting = { item: T; done: (err: unknown, result?: R) => void };
  let waiting: Waiting[] = [];
  let writing = false;
  const settle = async (batch: Waiting[]) => {
    let results: R[] | undefined;
    try {
      const out = await write(batch.map((b) => b.item));
      results = Array.isArray(out) ? out : undefined;
    } catch (err) {
      if (batch.length === 1) batch[0]?.done(err ?? new Error("write failed"));
      else for (const b of batch) await settle([b]);
      return;
    }
    for (const [i, b] of batch.entries()) b.done(undefined, results?.[i]);
  };
  const drain = async () => {
    writing = true;
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      await settle(batch);
    }
    writing = false;
  };
  return {
    add: (item) =>
      new Promise<R>((resolve, reject) => {
        waiting.push({
          item,
          done: (err, result) => (err === undefined ? resolve(result as R) : reject(err)),
        });
        if (!writing) void drain();
      }),
  };
}
