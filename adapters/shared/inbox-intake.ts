import type { ChatCore, ChatPlatform, IncomingEvent, Prefetched, Reply } from "../../src/ports/chat.ts";
import type { AdapterInbox, ClaimedEvent } from "../../src/ports/inbox.ts";

/** A recorded event being answered: the core's event, the payload it was recorded with, its claim. */
export interface RecordedEvent<P> {
  event: IncomingEvent;
  payload: P;
  claimed: ClaimedEvent;
}

/** What one platform adds to the shared intake: reading its recorded payload, and answering. */
export interface InboxIntakeSpec<P> {
  platform: ChatPlatform;
  /** The core's event of a recorded payload; null: nothing to handle (it is marked done). */
  eventOf(payload: P): IncomingEvent | null | Promise<IncomingEvent | null>;
  /**
   * Sends the replies. Also called for an event recorded by a process that died, so it may only
   * rely on the payload (plus whatever this process still holds for the event, if it received it).
   */
  deliver(recorded: RecordedEvent<P>, replies: Reply[]): Promise<void>;
}

export interface InboxIntake<P> {
  /**
   * Records the event (one insert, leased to this process) and starts handling it from the record.
   * Resolves once the record is durable: the adapter acknowledges the platform only then. false:
   * a redelivery of an event recorded before (a Slack retry, a replayed gateway packet), which
   * must be acknowledged and nothing more. `event`, when the adapter has it already: the core starts
   * its first read meanwhile (ChatCore.prefetch), so it overlaps the record's commit.
   */
  receive(id: string, payload: P, event?: IncomingEvent): Promise<boolean>;
  /** Waits for the handlings this adapter started (graceful stop). */
  drain(): Promise<void>;
}

interface Handled {
  event: IncomingEvent | null;
  replies: Reply[];
}

/**
 * The intake every platform shares (docs/reliability.md): a platform event is recorded in the inbox
 * before the platform is acknowledged, then handled from the record with the core's effect and the
 * done mark in one transaction (`recorded: true`). A handling that dies with the process is taken
 * over by the inbox's poller after its lease and answered through the same `deliver`.
 */
export function registerInboxIntake<P>(
  inbox: AdapterInbox,
  core: ChatCore,
  spec: InboxIntakeSpec<P>,
): InboxIntake<P> {
  // Reads started at receive, each taken by its event's handling in this process.
  const ahead = new Map<string, Prefetched>();
  inbox.register(spec.platform, {
    async handle(claimed): Promise<Handled> {
      const prefetched = ahead.get(claimed.id);
      ahead.delete(claimed.id);
      const event = await spec.eventOf(claimed.payload as P);
      if (!event) return { event: null, replies: [] };
      return {
        event,
        replies: await core.handle(event, { recorded: true, ...(prefetched ? { prefetched } : {}) }),
      };
    },
    async deliver(claimed, out) {
      const { event, replies } = out as Handled;
      if (event) await spec.deliver({ event, payload: claimed.payload as P, claimed }, replies);
    },
  });
  const inFlight = new Set<Promise<void>>();
  return {
    async receive(id, payload, event) {
      const early = event && core.prefetch?.(event);
      if (early) ahead.set(id, early);
      // A fresh record is handled here, which takes the read; else it is not handled at all.
      const { fresh, handled } = await inbox
        .accept({ id, platform: spec.platform, payload })
        .catch((err: unknown) => {
          ahead.delete(id);
          throw err;
        });
      if (fresh) {
        inFlight.add(handled);
        void handled.finally(() => inFlight.delete(handled));
      } else ahead.delete(id);
      return fresh;
    },
    async drain() {
      await Promise.all([...inFlight]);
    },
  };
}
