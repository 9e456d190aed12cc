import type { Logger } from "../ports/logger.ts";
import type { NoticeDeliveryStore } from "../ports/notice-deliveries.ts";

/**
 * The one retry policy of notices, read by both runtimes (BullMQ job options and the in-process
 * runner): how often a job is tried and how long it waits between tries.
 */
export interface RetryPolicy {
  attempts: number;
  /** The wait after the first failure; it doubles with every further failure. */
  baseDelayMs: number;
  /** Random share of the wait (BullMQ's jitter) that spreads retries of a burst that failed together. */
  jitter: number;
}

/** A fan-out of one outbox row. */
export const FAN_OUT_RETRY: RetryPolicy = { attempts: 10, baseDelayMs: 1_000, jitter: 0.5 };
/** One send of a delivery. */
export const SEND_RETRY: RetryPolicy = { attempts: 8, baseDelayMs: 2_000, jitter: 0.5 };

/** The wait before try number `failures + 1` (exponential, as BullMQ's "exponential" backoff). */
export const retryDelayMs = (policy: RetryPolicy, failures: number): number =>
  policy.baseDelayMs * 2 ** Math.max(failures - 1, 0);

/** Out of attempts: a send that may have left is "uncertain", one that surely did not is "failed". */
export async function markExhausted(
  deps: { deliveries: NoticeDeliveryStore; log: Logger },
  key: string,
): Promise<void> {
  try {
    const d = await deps.deliveries.get(key);
    if (!d || (d.status !== "pending" && d.status !== "attempting")) return;
    await deps.deliveries.markFinal(
      key,
      d.status === "attempting" ? "uncertain" : "failed",
      "out of attempts",
    );
    deps.log.error({ key, status: d.status }, "notice: delivery out of attempts");
  } catch (err) {
    deps.log.error({ key, err: String(err) }, "notice: could not record an exhausted delivery");
  }
}
