/**
 * The platform-neutral reply. Everything here is plain text: adapters escape it for their platform
 * (Slack mrkdwn, Discord markdown, Telegram HTML), so names full of markup stay inert.
 */

/** A point in time inside a line: Discord renders it as <t:unix:style>, others use `text`. */
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

/** A short form a trainer fills in (Slack/Discord modal; Telegram asks field by field). */
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
