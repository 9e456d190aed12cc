import type { Reply, ReplyForm } from "../replies/reply.ts";

export type ChatPlatform = "slack" | "discord" | "telegram" | "console";

/** What a person did, as every adapter reports it. Untrusted: the core validates all of it. */
export type IncomingInput =
  | { kind: "text"; text: string }
  | { kind: "command"; name: string; args: string }
  | { kind: "button"; data: string }
  | { kind: "form"; data: string; values: Record<string, string> }
  /** A file sent as a document or attachment: its name, size and the platform's reference to it. */
  | { kind: "file"; name: string; size: number; ref: string; caption?: string };

/** One platform event turned neutral by an adapter. */
export interface IncomingEvent {
  platform: ChatPlatform;
  /** Unique per delivery on the platform (Slack event id, Telegram update id, Discord interaction id). */
  eventId: string;
  user: { platformUserId: string; displayName: string };
  conversation: {
    /** Slack team id, Discord guild id, Telegram group chat id; null in a direct message. */
    workspaceId: string | null;
    channelId: string;
    isDirect: boolean;
  };
  input: IncomingInput;
}

/** Suggestions for an autocompleting field (Discord autocomplete). */
export interface SuggestRequest {
  platform: ChatPlatform;
  user: { platformUserId: string; displayName: string };
  workspaceId: string | null;
  field: "training" | "trainer";
  prefix: string;
}

/**
 * Forms waiting for an answer where the platform cannot hold them: Telegram asks in a message and
 * reads the reply; Discord opens a modal from a button after a deferral. Kept in the database, so any
 * bot process can take the answer, and a restart forgets nothing.
 */
export interface FormMemory {
  remember(key: string, form: ReplyForm): Promise<void>;
  /** Returns the form once and forgets it; null when unknown or expired. */
  recall(key: string): Promise<ReplyForm | null>;
}

export interface HandleOptions {
  /**
   * The event is handled from the inbox, which already made it once-only (docs/reliability.md): the
   * core's own dedupe mark is skipped, since a retry after a crash must act, not be dropped.
   */
  recorded?: boolean;
  /** `prefetch(event)` of this same event: its first read, started while the event was recorded. */
  prefetched?: Prefetched;
}

/** A handling's first read, under way (ChatCore.prefetch). Opaque outside the core. */
export interface Prefetched {
  readonly eventId: string;
}

/** The one entry point adapters call. */
export interface ChatCore {
  forms: FormMemory;
  /**
   * dedupe by eventId -> intent -> use case -> replies. Never leaks internals; throws only
   * InboxLeaseLostError for a recorded event another process took over (that handling answers).
   */
  handle(event: IncomingEvent, opts?: HandleOptions): Promise<Reply[]>;
  /**
   * Starts reading who wrote and where (the first statement of every handling) while the adapter
   * records the event in the inbox, so that read and the record's commit overlap; `handle(event,
   * { recorded: true, prefetched })` then uses it. It writes nothing but what that read writes in any
   * handling: a known person writing in a connected workspace joins its studio as a member. Unused
   * (a redelivery, a failed record), it is dropped.
   */
  prefetch?(event: IncomingEvent): Prefetched;
  suggest(req: SuggestRequest): Promise<Array<{ label: string; value: string }>>;
}
