import type { Clock } from "../ports/clock.ts";
import type { Logger } from "../ports/logger.ts";
import type { NoticeOutbox, OutboxRow } from "../ports/notice-outbox.ts";

export interface RelayDeps {
  outbox: NoticeOutbox;
  /** Hands rows on (to the queue, or to the in-process runner); returns the ids it took. Must fail fast. */
  publish(rows: OutboxRow[]): Promise<bigint[]>;
  clock: Clock;
  log: Logger;
  batchSize: number;
  /**
   * "locked" (several relays at once, BullMQ): rows are claimed and marked in one transaction.
   * "unlocked" (the in-process runner, one process): rows are read, published, then marked outside
   * any transaction, because PGlite has one connection and a fan-out inside the relay's locking
   * transaction would wait on itself. Publishing is idempotent, so a crash before the mark only
   * repeats it.
   */
  claim?: "locked" | "unlocked";
}

export const RELAY_BATCH_SIZE = 100;
export const RELAY_POLL_MS = 500;

/**
 * Relays until the outbox is drained or publishing fails. A failed publish leaves its rows
 * unrelayed for the next poll: the booking that wrote them has long committed.
 */
export async function relayOnce(deps: RelayDeps): Promise<number> {
  if (deps.claim === "unlocked") return relayUnlocked(deps);
  let total = 0;
  for (;;) {
    let failed = false;
    const r = await deps.outbox.relayBatch(
      deps.batchSize,
      async (rows) => {
        try {
          return await deps.publish(rows);
        } catch (err) {
          failed = true;
          deps.log.warn(
            { rows: rows.length, err: String(err) },
            "notice relay: publish failed; rows wait for the next poll",
          );
          return [];
        }
      },
      deps.clock.now(),
    );
    total += r.relayed;
    if (failed || r.claimed < deps.batchSize) return total;
  }
}

async function relayUnlocked(deps: RelayDeps): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await deps.outbox.listUnrelayed(deps.batchSize);
    let taken: bigint[] = [];
    try {
      taken = await deps.publish(rows);
    } catch (err) {
      deps.log.warn(
        { rows: rows.length, err: String(err) },
        "notice relay: publish failed; rows wait for the next poll",
      );
    }
    await deps.outbox.markRelayed(taken, deps.clock.now());
    total += taken.length;
    if (taken.length < deps.batchSize) return total;
  }
}

/** Polls the outbox on a timer; polls never overlap, and stop() waits for the one running. */
export function startRelayLoop(
  deps: RelayDeps,
  pollMs = RELAY_POLL_MS,
): { stop(): Promise<void>; kick(): void } {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = (): void => {
    if (stopped || running) return;
    running = relayOnce(deps)
      .then(() => undefined)
      .catch((err: unknown) => deps.log.error({ err: String(err) }, "notice relay: poll failed"))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, pollMs);
  tick();
  return {
    kick: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
