/**
 * The chat ports: what an adapter hands the core (an incoming event), the core's one entry point, and
 * the platform-neutral reply each adapter renders natively.
 */

/**
 * A platform's id as its adapter registers it (src/app/platforms.ts): lower-case letters, digits and
 * dashes. The core never names one; what differs by platform is a capability the adapter declares.
 */
export type ChatPlatform = string;

/**
 * How commands are typed on a platform, for the texts that teach them: each its own slash command
 * ("/setup CODE"), some of them grouped under one ("/trainer template add"), or every one typed
 * after a single app command ("/book staff add @sam trainer").
 */
export type CommandStyle =
  | { kind: "slash"; grouped?: { under: string; commands: readonly string[] } }
  | { kind: "subcommands"; of: string };

/**
 * What differs by platform, as its adapter declares it. The core asks "can this chat show a form?",
 * never "which platform is this?".
 */
export interface PlatformCapabilities {
  /** The app's name as people know it, in texts that point to it (a product name, or a phrase for the local one). */
  displayName: string;
  /** A form is opened natively ("modal") or asked field by field in messages ("questions"). */
  forms: "modal" | "questions";
  /** How commands are typed there. */
  commands: CommandStyle;
  /** Buttons are tapped, or pressed by typing their number (then a numeric answer would press one). */
  buttons: "tap" | "numbered";
  /** The markup the adapter renders replies in; the core sends plain text either way. */
  markup: "plain" | "markdown" | "mrkdwn" | "html";
  /**
   * A link can open a chat with the assistant carrying a code, which arrives as the command
   * `start <code>` (the link's address needs the adapter's settings: its registration builds it).
   */
  startLinks: boolean;
}

/** What the core asks of platforms: one platform's capabilities, and every registered one's. */
export interface PlatformLookup {
  /** The capabilities of a platform id; an id nobody registered gets the plainest ones. */
  of(platform: ChatPlatform): PlatformCapabilities;
  /** The chat apps people reach the assistant in, in registry order (the local chat is not one). */
  readonly apps: readonly PlatformCapabilities[];
}

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
  /** Unique per delivery on the platform (an event, update or interaction id). */
  eventId: string;
  user: {
    platformUserId: string;
    displayName: string;
    /**
     * A shared read-only visitor account (many anonymous people behind one identity): made a person
     * like anyone, but never listed, named or counted as a member to the staff.
     */
    visitor?: boolean;
  };
  conversation: {
    /** The team, server or group chat id, as the platform has it; null in a direct message. */
    workspaceId: string | null;
    channelId: string;
    isDirect: boolean;
  };
  input: IncomingInput;
  /**
   * The language the platform reports for this person (a tag like "de" or "pt-BR"), when it reports
   * one: replies follow it unless they chose another (docs/languages.md).
   */
  locale?: string;
}

/** Suggestions for an autocompleting field (where the platform autocompletes). */
export interface SuggestRequest {
  platform: ChatPlatform;
  user: { platformUserId: string; displayName: string };
  workspaceId: string | null;
  field: "training" | "trainer";
  prefix: string;
}

/**
 * Forms waiting for an answer where the platform cannot hold them: one asks in a message and reads
 * the reply; another opens a modal from a button after a deferral. Kept in the database, so any
 * bot process can take the answer, and a restart forgets nothing.
 */
export interface FormMemory {
  remember(key: string, form: ReplyForm): Promise<void>;
  /** Returns the form once and forgets it; null when unknown or expired. */
  recall(key: string): Promise<ReplyForm | null>;
}

/** The one entry point adapters call. */
export interface ChatCore {
  forms: FormMemory;
  /**
   * intent -> use case -> replies, for an event the inbox recorded (it acts once because the inbox
   * records it once). The one error boundary of an event: every failure becomes a reply, and
   * internals never leak; it throws only InboxLeaseLostError for an event another process took over
   * (that handling answers).
   */
  handle(event: IncomingEvent): Promise<Reply[]>;
  suggest(req: SuggestRequest): Promise<Array<{ label: string; value: string }>>;
}

/**
 * The platform-neutral reply. Everything here is plain text: adapters escape it for their platform
 * (its declared markup: mrkdwn, markdown, HTML), so names full of markup stay inert.
 */

/** A point in time inside a line: a platform with native timestamps renders it, others use `text`. */
export interface TimeToken {
  time: Date;
  style: "datetime" | "time" | "date";
  /** Already formatted in the organization's timezone, with the date spelled unambiguously. */
  text: string;
}

export type Inline = string | TimeToken;
/** One line of a reply: plain text, or text with time tokens in it. */
export type Line = string | Inline[];

export interface ReplyButton {
  label: string;
  /** Encoded button data (src/intents/button-codec.ts): at most 64 bytes, checked when decoded. */
  data: string;
  style?: "primary" | "danger";
}

export interface ReplySection {
  heading?: string;
  lines: Line[];
}

/** A short form a trainer fills in (a modal, or asked field by field where there are none). */
export interface ReplyForm {
  /** Encoded data identifying what the form submits to. */
  data: string;
  title: string;
  fields: Array<{
    name: string;
    label: string;
    kind: "text" | "number" | "datetime";
    optional?: boolean;
    initial?: string;
    maxLength?: number;
    /** Several lines (a 1-2-1 session's training): a paragraph input where the platform has one. */
    multiline?: boolean;
  }>;
  submitLabel: string;
}

export interface Reply {
  /** private: only the actor sees it (ephemeral / DM); public: visible in the channel. */
  visibility: "private" | "public";
  title?: string;
  lines: Line[];
  sections?: ReplySection[];
  /** Rows of buttons; adapters split rows that exceed their platform's limit. */
  buttons?: ReplyButton[][];
  /** When set, the adapter opens this form (a modal where the platform has them). */
  form?: ReplyForm;
}

/** Flattens a line to plain text with each time shown as its formatted text. */
export function lineText(line: Line): string {
  return typeof line === "string" ? line : line.map((p) => (typeof p === "string" ? p : p.text)).join("");
}
