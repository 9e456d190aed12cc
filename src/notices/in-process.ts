import type { ChatPlatform } from "../ports/chat.ts";
import type { DeliveryRecord } from "../ports/notice-deliveries.ts";
import type { NoticeOutbox } from "../ports/notice-outbox.ts";
import { type FanOutDeps, fanOutOutboxEvent } from "./fan-out.ts";
import { RELAY_BATCH_SIZE, relayOnce } from "./relay.ts";
import { markExhausted, retryDelayMs, SEND_RETRY } from "./retry-policy.ts";
import { REMINDER_SCAN_EVERY_MS, scanNoPassDaily, scanReminders } from "./scheduled.ts";
import { RetryableSendError, type SendDeps, sendDelivery } from "./send-delivery.ts";

export const IN_PROCESS_POLL_MS = 500;
const DAILY_SCAN_EVERY_MS = 60 * 60_000;
const OPEN_BATCH = 200;
const FINAL_DRAIN_MS = 3_000;

/**
 * Without Redis the same processors run here: the one relay fans the outbox out into delivery
 * rows, and open delivery rows are sent under the one retry policy (retry-policy.ts; without
 * jitter, as one process has no burst of workers to spread). The rows are the queue, so a restart
 * resumes where it stopped.
 */
export function startInProcessNotices(deps: {
  outbox: NoticeOutbox;
  fanOut: FanOutDeps;
  send: SendDeps;
  pollMs?: number;
}): {
  stop(): Promise<void>;
  /** Runs one full pass now (tests, and a poke after a write). */
  tick(): Promise<void>;
} {
  const { fanOut, send } = deps;
  const notBefore = new Map<string, number>();
  const failures = new Map<string, number>();
  // A platform paused by a bot-wide 429 (or its budget booked ahead): none of its rows is tried.
  const pausedUntil = new Map<ChatPlatform, number>();
  // Rows refused with a 429 for their chat: retried first, with a slot further ahead if need be.
  const refused = new Set<string>();
  const dueAt = (d: DeliveryRecord): number =>
    Math.max(notBefore.get(d.key) ?? 0, pausedUntil.get(d.platform) ?? 0);
  let nextReminderScan = 0;
  let nextDailyScan = 0;
  let running: Promise<void> | null = null;
  let stopped = false;

  // Publishing a row here is fanning it out, in outbox order: later rows wait for a failed one.
  const relay = () =>
    relayOnce({
      outbox: deps.outbox,
      clock: send.clock,
      log: send.log,
      batchSize: RELAY_BATCH_SIZE,
      claim: "unlocked",
      async publish(rows) {
        const done: bigint[] = [];
        for (const r of rows) {
          try {
            await fanOutOutboxEvent(fanOut, r.id);
            done.push(r.id);
          } catch (err) {
            send.log.warn(
              { outboxId: String(r.id), err: String(err) },
              "notices: fan-out failed; retried next poll",
            );
            break;
          }
        }
        return done;
      },
    });

  const pass = async (): Promise<void> => {
    await relay();
    const now = send.clock.now().getTime();
    if (now >= nextReminderScan) {
      nextReminderScan = now + REMINDER_SCAN_EVERY_MS;
      await scanReminders(fanOut, send.clock.now());
      await fanOut.coachingDigestScan?.();
    }
    if (now >= nextDailyScan) {
      nextDailyScan = now + DAILY_SCAN_EVERY_MS;
      await scanNoPassDaily(fanOut, send.clock.now());
    }
    // Oldest first; a row that must wait (refused, paused, an older notice to its chat ahead) keeps
    // its place and is sent as soon as it is due, ahead of every later row, as in the queue.
    const rows = await send.deliveries.listOpen(OPEN_BATCH);
    let waited = false;
    while (rows.length > 0 && !stopped) {
      const now = send.clock.now().getTime();
      const i = rows.findIndex((d) => dueAt(d) <= now);
      if (i < 0) {
        // Nothing due: wait for the first one when it is near (once per send, so a clock that does
        // not move cannot spin here), else leave the rest to the next pass.
        const waitMs = Math.min(...rows.map(dueAt)) - now;
        if (waited || waitMs > (deps.pollMs ?? IN_PROCESS_POLL_MS)) return;
        waited = true;
        await new Promise((r) => setTimeout(r, waitMs));
        continue;
      }
      waited = false;
      const d = rows[i] as DeliveryRecord;
      if (!(await sendOne(d))) rows.splice(i, 1);
    }
  };

  /** One send; true when the row stays open and keeps its place (it waits to be tried again). */
  const sendOne = async (d: DeliveryRecord): Promise<boolean> => {
    try {
      const out = await sendDelivery(send, d.key, { afterRefusal: refused.has(d.key) });
      const now = send.clock.now().getTime();
      if (out.kind === "paused") pausedUntil.set(d.platform, now + out.ms);
      else if (out.kind === "delay" || out.kind === "refused") notBefore.set(d.key, now + out.ms);
      if (out.kind === "refused") refused.add(d.key);
      if (out.kind === "paused" || out.kind === "delay" || out.kind === "refused") return true;
      notBefore.delete(d.key);
      failures.delete(d.key);
      refused.delete(d.key);
      return false;
    } catch (err) {
      if (!(err instanceof RetryableSendError)) throw err;
      const n = (failures.get(d.key) ?? 0) + 1;
      failures.set(d.key, n);
      notBefore.set(d.key, send.clock.now().getTime() + retryDelayMs(SEND_RETRY, n));
      if (n >= SEND_RETRY.attempts) {
        await markExhausted(send, d.key);
        // Out of attempts: it is not tried again here, so nothing of it is kept.
        failures.delete(d.key);
        notBefore.delete(d.key);
        refused.delete(d.key);
      }
      return false;
    }
  };

  const tick = (): Promise<void> => {
    if (!running) {
      running = pass()
        .catch((err: unknown) => send.log.error({ err: String(err) }, "notices: in-process pass failed"))
        .finally(() => {
          running = null;
        });
    }
    return running;
  };
  const timer = setInterval(() => void tick(), deps.pollMs ?? IN_PROCESS_POLL_MS);
  return {
    tick,
    async stop() {
      clearInterval(timer);
      await running;
      // One last pass delivers what was committed just before shutdown (a local chat session that
      // ends right after a cancel still shows the promotion), bounded so a slow platform cannot
      // hold the exit.
      await Promise.race([tick(), new Promise((r) => setTimeout(r, FINAL_DRAIN_MS))]);
      stopped = true;
      await running;
    },
  };
}
