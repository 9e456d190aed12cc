import type { EventObserver } from "../ports/event-observer.ts";
import type { AdapterInbox, ClaimedEvent, InboxHandler, InboxStore } from "../ports/inbox.ts";
import { InboxLeaseLostError } from "../ports/inbox.ts";
import { withLogContext } from "../ports/log-context.ts";
import type { Logger } from "../ports/logger.ts";

export type { InboxHandler } from "../ports/inbox.ts";

export interface InboxProcessorOptions {
  inbox: InboxStore;
  /** Handlers by platform; adapters also `register` theirs. */
  handlerFor?(platform: string): InboxHandler | undefined;
  log: Logger;
  /** How long a handling may take before another process may take the event over. */
  leaseMs?: number;
  /** How often leftovers (crashed handlings, retries) are looked for. */
  pollMs?: number;
  maxAttempts?: number;
  /** Told of each event offered (metrics); absent: nobody is. */
  observer?: Pick<EventObserver, "received">;
}

export interface InboxProcessor extends AdapterInbox {
  /** Starts looking for leftovers: events a dead process had leased, retries that are due. */
  start(): void;
  /** Stops polling and waits for handlings in flight (at most `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

export const INBOX_LEASE_MS = 60_000;
const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 60_000;

/**
 * At-least-once intake, exactly-once effect (docs/reliability.md). The effect's transaction marks
 * the event done (the booking store does it for the event in whose claim it runs); a read-only
 * handling is marked done with its replies afterwards. A crash before the effect committed leaves
 * the event to be handled again once its lease runs out; a crash after leaves it done.
 */
export function createInboxProcessor(o: InboxProcessorOptions): InboxProcessor {
  const leaseMs = o.leaseMs ?? INBOX_LEASE_MS;
  const maxAttempts = o.maxAttempts ?? 8;
  const inFlight = new Set<Promise<void>>();
  const handlers = new Map<string, InboxHandler>();
  let timer: NodeJS.Timeout | null = null;
  let polling = false;

  const track = (p: Promise<void>) => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    return p;
  };

  async function run(ev: ClaimedEvent): Promise<void> {
    const log = { eventId: ev.id, platform: ev.platform, attempt: ev.attempts };
    const handler = handlers.get(ev.platform) ?? o.handlerFor?.(ev.platform);
    if (!handler) {
      o.log.warn(log, "inbox: no handler for this platform in this process; left for another");
      await o.inbox.release(ev, "no handler", leaseMs);
      return;
    }
    let replies: unknown;
    try {
      replies = await o.inbox.withinClaim(ev, () => handler.handle(ev));
    } catch (err) {
      if (err instanceof InboxLeaseLostError) {
        o.log.warn(log, "inbox: lease lost to another process; its handling counts, this one rolled back");
        return;
      }
      const retry =
        ev.attempts >= maxAttempts ? null : Math.min(RETRY_BASE_MS * 2 ** (ev.attempts - 1), RETRY_MAX_MS);
      o.log.warn({ ...log, err, retryInMs: retry }, "inbox: handling failed; nothing of it was committed");
      await o.inbox.release(ev, String((err as Error)?.message ?? err), retry);
      return;
    }
    // A read-only handling is marked done (with its replies) before they are sent: a crash during the
    // send must not handle it again. One whose effect marked it done needs no write here: its
    // replies are stored with the sent mark, one write after the send (the fast path).
    if (!ev.doneWithEffect)
      await o.inbox.complete(ev, replies).catch((err: unknown) => {
        o.log.warn({ ...log, err }, "inbox: could not store the replies; sending them anyway");
      });
    try {
      await handler.deliver(ev, replies);
    } catch (err) {
      // The effect stands (done); the replies stay stored and unconfirmed, counted as in doubt.
      o.log.warn(
        { ...log, err },
        "inbox: sending the replies failed; the event is done, its replies in doubt",
      );
      return;
    }
    await o.inbox.markReplied(ev, ev.doneWithEffect ? replies : undefined).catch((err: unknown) => {
      o.log.warn({ ...log, err }, "inbox: could not record the replies as sent");
    });
  }

  // Every line logged during the handling carries the event's id and platform (src/app/logger.ts).
  const guarded = (ev: ClaimedEvent) =>
    withLogContext({ eventId: ev.id, platform: ev.platform }, () =>
      run(ev).catch((err: unknown) => {
        o.log.error({ eventId: ev.id, err }, "inbox: event handling broke; it is retried after its lease");
      }),
    );

  async function poll(): Promise<void> {
    if (polling) return;
    polling = true;
    try {
      for (;;) {
        const due = await o.inbox.claimDue(16, leaseMs);
        if (due.length === 0) break;
        await Promise.all(due.map((ev) => track(guarded(ev))));
      }
    } catch (err) {
      o.log.warn({ err }, "inbox: looking for due events failed; trying again later");
    } finally {
      polling = false;
    }
  }

  return {
    register(platform, handler) {
      handlers.set(platform, handler);
    },

    async accept(entry) {
      // One insert records the event already leased to this process: no separate claim.
      const [ev] = await o.inbox.recordClaimed([entry], leaseMs);
      o.observer?.received(entry.platform, ev !== undefined);
      if (!ev) return { fresh: false, handled: Promise.resolve() };
      return { fresh: true, handled: track(guarded(ev)) };
    },

    async admit(entries) {
      const fresh = await o.inbox.recordClaimed(entries, leaseMs);
      if (o.observer) {
        const ids = new Set(fresh.map((e) => e.id));
        for (const e of entries) o.observer.received(e.platform, ids.has(e.id));
      }
      return fresh;
    },

    handle: (ev) => track(guarded(ev)),

    start() {
      if (timer) return;
      timer = setInterval(() => void poll(), o.pollMs ?? 1_000);
      void poll();
    },

    async stop(graceMs = 10_000) {
      if (timer) clearInterval(timer);
      timer = null;
      await Promise.race([Promise.all([...inFlight]), new Promise((r) => setTimeout(r, graceMs))]);
    },
  };
}
