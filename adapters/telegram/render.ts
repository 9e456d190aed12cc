import { lineText, type Reply, type ReplyForm } from "../../src/ports/chat.ts";
import { AdapterLimitError } from "../shared/errors.ts";
import { replyLines } from "../shared/reply-lines.ts";
import { byteLength, chunk, packLines, splitLine, trimTo } from "../shared/text.ts";
import * as L from "./limits.ts";

export interface InlineButton {
  text: string;
  callback_data: string;
}

/** The parameters of one sendMessage call, minus chat_id. */
export interface TelegramMessage {
  text: string;
  parse_mode: "HTML";
  link_preview_options: { is_disabled: true };
  reply_markup?:
    | { inline_keyboard: InlineButton[][] }
    | { force_reply: true; selective: true; input_field_placeholder?: string };
}

/** Escapes for parse_mode HTML: with &, < and > escaped no name can open a tag or an entity. */
export function escapeTelegramHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Counts what Telegram counts (text after entity parsing): tags dropped, each entity one character. */
export function telegramTextLength(html: string): number {
  return [...html.replace(/<[^>]+>/g, "").replace(/&(amp|lt|gt|quot);/g, "_")].length;
}

/**
 * Renders a reply as one or more messages. Lines are cut on plain text first (so an escape or a tag
 * is never split), then escaped and packed under 4096 characters; buttons go on the last message.
 */
export function renderTelegram(reply: Reply): TelegramMessage[] {
  const html: string[] = [];
  for (const l of replyLines(reply)) {
    for (const piece of splitLine(lineText(l.line), L.TELEGRAM_MAX_MESSAGE_TEXT)) {
      const escaped = escapeTelegramHtml(piece);
      html.push(l.kind === "text" ? escaped : `<b>${escaped}</b>`);
    }
  }
  const texts = packLines(html, L.TELEGRAM_MAX_MESSAGE_TEXT, telegramTextLength);
  const messages: TelegramMessage[] = texts.map((text) => ({
    // Telegram rejects an empty message; a reply with only buttons still needs a line.
    text: telegramTextLength(text) > 0 ? text : "…",
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
  }));
  const keyboard = renderKeyboard(reply);
  const last = messages[messages.length - 1];
  if (keyboard && last) last.reply_markup = { inline_keyboard: keyboard };
  return messages;
}

function renderKeyboard(reply: Reply): InlineButton[][] | undefined {
  const rows = (reply.buttons ?? []).flatMap((row) => chunk(row, L.TELEGRAM_MAX_BUTTONS_PER_ROW));
  const total = rows.reduce((n, r) => n + r.length, 0);
  if (total === 0) return undefined;
  if (total > L.TELEGRAM_MAX_BUTTONS)
    throw new AdapterLimitError(
      "too_many_buttons",
      `Telegram: ${total} buttons exceed ${L.TELEGRAM_MAX_BUTTONS}`,
    );
  return rows.map((row) =>
    row.map((b) => {
      const bytes = byteLength(b.data);
      if (bytes === 0 || bytes > L.TELEGRAM_MAX_CALLBACK_DATA_BYTES)
        throw new AdapterLimitError(
          "button_data_too_long",
          `Telegram: callback_data of ${bytes} bytes is outside 1-${L.TELEGRAM_MAX_CALLBACK_DATA_BYTES}`,
        );
      return { text: trimTo(b.label, L.TELEGRAM_MAX_BUTTON_TEXT), callback_data: b.data };
    }),
  );
}

/**
 * Telegram has no modals: a form becomes one message asking for every field, one per line, as a
 * reply to it (force_reply keeps the answer attached to this message).
 */
export function renderTelegramForm(form: ReplyForm): TelegramMessage {
  const lines = [
    `<b>${escapeTelegramHtml(form.title)}</b>`,
    form.fields.length === 1
      ? "Reply to this message with:"
      : "Reply to this message with one line per field, in this order:",
    ...form.fields.map((f, i) => {
      const extra = [
        f.optional ? "optional, '-' to skip" : "",
        f.initial !== undefined ? `now: ${f.initial}` : "",
        f.kind === "datetime" ? "YYYY-MM-DD HH:MM" : "",
        f.multiline && i === form.fields.length - 1 && form.fields.length > 1 ? "all the lines after" : "",
      ]
        .filter(Boolean)
        .join("; ");
      return escapeTelegramHtml(`${i + 1}. ${f.label}${extra ? ` (${extra})` : ""}`);
    }),
  ];
  return {
    text: packLines(lines, L.TELEGRAM_MAX_MESSAGE_TEXT, telegramTextLength)[0] ?? "",
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    reply_markup: {
      force_reply: true,
      selective: true,
      input_field_placeholder: trimTo(form.submitLabel, 64),
    },
  };
}

/** Reads a reply to a form message: one value per line in field order ('-' skips an optional one). */
export function parseTelegramFormAnswer(form: ReplyForm, text: string): Record<string, string> {
  const lines = form.fields.length === 1 ? [text.trim()] : text.split("\n").map((l) => l.trim());
  const values: Record<string, string> = {};
  form.fields.forEach((f, i) => {
    // A last field of several lines (a 1-2-1 session's training) takes the rest of the reply.
    const rest = f.multiline && i === form.fields.length - 1 && form.fields.length > 1;
    const v = rest ? text.split("\n").slice(i).join("\n").trim() : lines[i];
    if (v !== undefined && v !== "" && !(f.optional && v === "-")) values[f.name] = v;
  });
  return values;
}
