/**
 * The inbox (docs/reliability.md): every platform event is recorded before the platform is
 * acknowledged, and handled from that record. At-least-once intake, exactly-once effect: the first
 * write transaction of an event's handling also marks it done, so a crash anywhere either leaves
 * it to be handled again (nothing committed) or done (everything committed), never half.
 */
export interface InboxEntry {
  /** The platform's stable event key ("<platform>:<bot>:<update_id>", "<platform>:<event_id>", ...). */
  id: string;
  platform: string;
  /** What the adapter needs to handle the event again after a restart (the native payload). */
  payload: unknown;
}

export interface ClaimedEvent extends InboxEntry {
  /** Attempts so far, this one included. */
  attempts: number;
  receivedAt: Date;
  /** Proves the lease: only its holder can mark the event done. */
  token: string;
  /** Set by `withinClaim`: a write transaction of the handling marked the event done with its effect. */
  doneWithEffect?: boolean;
}

export interface InboxStore {
  /** One insert. false: this event id was recorded before (a redelivery), nothing was written. */
  record(entry: InboxEntry): Promise<boolean>;
  /**
   * The receiver's fast path: records events already leased to this process, all in one insert.
   * Returns the fresh ones; an id recorded before (a redelivery) is left out and nothing is written.
   */
  recordClaimed(entries: InboxEntry[], leaseMs: number): Promise<ClaimedEvent[]>;
  /** Leases one event for handling now, unless it is done, failed, or leased by someone else. */
  claim(id: string, leaseMs: number): Promise<ClaimedEvent | null>;
  /** Leases due events (pending and past their retry time, or leased by a process that died). */
  claimDue(limit: number, leaseMs: number): Promise<ClaimedEvent[]>;
  /**
   * Runs `fn` as the handling of `event`: the first write transaction inside it (booking store)
   * also marks the event done, or rolls back with InboxLeaseLostError if the lease was lost.
   */
  withinClaim<T>(event: ClaimedEvent, fn: () => Promise<T>): Promise<T>;
  /** Handling finished: marks the event done (if no transaction did) and keeps its replies. */
  complete(event: ClaimedEvent, replies: unknown): Promise<void>;
  /**
   * The replies were handed to the platform. With `replies`, also stores them (and the done mark if
   * missing): the one write after a handling whose effect already marked it done.
   */
  markReplied(event: ClaimedEvent, replies?: unknown): Promise<void>;
  /**
   * Events whose replies were never confirmed sent: stored (about to be sent), or done with their
   * effect over a minute ago and never marked sent: the process died before or during the send.
   * They are not sent again (a platform without idempotency would show them twice).
   */
  unconfirmedReplies(): Promise<number>;
  /** Handling failed before anything was committed: try again after `retryInMs`, or give up. */
  release(event: ClaimedEvent, error: string, retryInMs: number | null): Promise<void>;
  /** Whether the event's effect has been committed (done), for the processor and tests. */
  status(id: string): Promise<{ status: string; attempts: number; replies: unknown } | null>;
  /** Deletes done events older than `before`; returns how many. */
  pruneDone(before: Date): Promise<number>;
}

/** The lease on an event ran out and another process took it over: this handling must stop. */
export class InboxLeaseLostError extends Error {
  constructor(readonly eventId: string) {
    super(`inbox lease lost for ${eventId}`);
    this.name = "InboxLeaseLostError";
  }
}

/** What a platform does with a recorded event: handle its payload, and send what came of it. */
export interface InboxHandler {
  handle(event: ClaimedEvent): Promise<unknown>;
  deliver(event: ClaimedEvent, replies: unknown): Promise<void>;
}

/** The inbox as an adapter sees it (docs/reliability.md). */
export interface AdapterInbox {
  /**
   * Records the event and leases it to this process (one insert), then handles it in the
   * background. Resolves once the record is durable: only then may the platform be acknowledged.
   * `fresh` false: a redelivery of an event recorded before, nothing more happens; `handled`
   * settles when this handling (and the sending of its replies) is over.
   */
  accept(entry: InboxEntry): Promise<{ fresh: boolean; handled: Promise<void> }>;
  /**
   * Records a batch and leases the fresh events to this process (one insert), without handling
   * them: for an adapter that must keep an order of its own (one chat at a time). Returns
   * the fresh ones; each must then be given to `handle`. Only after it resolves may the platform be
   * acknowledged.
   */
  admit(entries: InboxEntry[]): Promise<ClaimedEvent[]>;
  /** Handles an admitted event now (handle, deliver) with the handler of its platform. */
  handle(event: ClaimedEvent): Promise<void>;
  /** The adapter's way to handle and answer a recorded payload, also one recorded before a restart. */
  register(platform: string, handler: InboxHandler): void;
}
