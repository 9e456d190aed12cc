import type { ChatCore, ChatPlatform, IncomingEvent, Reply } from "../../src/ports/chat.ts";
import type { AdapterInbox, ClaimedEvent } from "../../src/ports/inbox.ts";
import { scrubSecrets } from "./redact.ts";

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
  eventOf(payload: P, claimed: ClaimedEvent): IncomingEvent | null | Promise<IncomingEvent | null>;
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
   * must be acknowledged and nothing more.
   */
  receive(id: string, payload: P): Promise<boolean>;
  /** Waits for the handlings this adapter started (graceful stop). */
  drain(): Promise<void>;
}

interface Handled {
  event: IncomingEvent | null;
  replies: Reply[];
}

/**
 * The one intake every platform has (docs/reliability.md): a platform event becomes `(id, payload)`
 * in the inbox, recorded before the platform is acknowledged; it is then handled from the record
 * (the core's handle, inside the claim's transaction) and answered by the platform's `deliver`.
 * A handling that dies with the process is taken over by the inbox's poller after its lease and
 * answered through the same `deliver`.
 */
export function registerInboxIntake<P>(
  inbox: AdapterInbox,
  core: ChatCore,
  spec: InboxIntakeSpec<P>,
): InboxIntake<P> {
  // What the platform's own code throws (reading the payload, answering) leaves without the
  // platform's tokens: the inbox stores a handling's error text and logs both (redact.ts).
  inbox.register(spec.platform, {
    async handle(claimed): Promise<Handled> {
      const event = await Promise.resolve(spec.eventOf(claimed.payload as P, claimed)).catch(rethrowScrubbed);
      if (!event) return { event: null, replies: [] };
      return { event, replies: await core.handle(event) };
    },
    async deliver(claimed, out) {
      const { event, replies } = out as Handled;
      if (event)
        await spec.deliver({ event, payload: claimed.payload as P, claimed }, replies).catch(rethrowScrubbed);
    },
  });
  const inFlight = new Set<Promise<void>>();
  return {
    async receive(id, payload) {
      const { fresh, handled } = await inbox.accept({ id, platform: spec.platform, payload });
      if (fresh) {
        inFlight.add(handled);
        void handled.finally(() => inFlight.delete(handled));
      }
      return fresh;
    },
    async drain() {
      await Promise.all([...inFlight]);
    },
  };
}

const rethrowScrubbed = (err: unknown): never => {
  throw scrubSecrets(err);
};
