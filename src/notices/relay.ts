import type { Clock } from "../ports/clock.ts";
import type { NoticeOutbox, OutboxRow } from "../ports/notice-outbox.ts";
import type { NoticeLog } from "./log.ts";

export interface RelayDeps {
  outbox: NoticeOutbox;
  /** Hands rows on (to the queue, or to the in-process runner); returns the ids it took. Must fail fast. */
  publish(rows: OutboxRow[]): Promise<bigint[]>;
  clock: Clock;
  log: NoticeLog;
  batchSize: number;
}

export const RELAY_BATCH_SIZE = 100;
export const RELAY_POLL_MS = 500;

/**
 * Relays until the outbox is drained or publishing fails. A failed publish leaves its rows
 * unrelayed for the next poll: the booking that wrote them has long committed.
 */
export async function relayOnce(deps: RelayDeps): Promise<number> {
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
