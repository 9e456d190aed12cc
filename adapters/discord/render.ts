import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from "discord.js";
import type { Inline, Line, Reply, ReplyButton, ReplyForm, TimeToken } from "../../src/ports/chat.ts";
import { AdapterLimitError } from "../shared/errors.ts";
import { replyLines } from "../shared/reply-lines.ts";
import { chunk, packLines, splitLine, trimTo } from "../shared/text.ts";
import * as L from "./limits.ts";

/** A message body as Discord's API takes it (create message, interaction response, webhook). */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Always empty: no name, however it is spelled, can ever ping anyone. */
  allowed_mentions: { parse: [] };
}

/**
 * Escapes Discord markdown. Backslashes make `*`, `_`, `<@123>` and friends literal; a zero-width
 * space after "@" keeps `@everyone`/`@here` from even looking like a mention. allowed_mentions is
 * the real guarantee against pings; this keeps the text looking as typed.
 */
export function escapeDiscord(text: string): string {
  return (
    text
      // Inline markup anywhere: emphasis, code, spoilers, masked links, mentions/timestamps (<...>).
      .replace(/[\\*_~`|[\]<]/g, "\\$&")
      // Block markup only counts at the start of a line: quotes, headings, lists.
      .replace(/^(\s*)([-#>+])/gm, "$1\\$2")
      .replace(/^(\s*)(\d+)\./gm, "$1$2\\.")
      .replace(/@(everyone|here)/gi, "@\u200b$1")
  );
}

const TIME_STYLE: Record<TimeToken["style"], string> = { datetime: "F", time: "t", date: "D" };

/** A time token becomes <t:unix:style>: each viewer sees it in their own timezone and locale. */
export function discordTimestamp(t: TimeToken): string {
  return `<t:${Math.floor(t.time.getTime() / 1000)}:${TIME_STYLE[t.style]}>`;
}

function lineMarkdown(line: Line): string[] {
  if (typeof line === "string")
    return splitLine(line, L.DISCORD_MAX_EMBED_DESCRIPTION / 2).map(escapeDiscord);
  // Mixed lines are short (a sentence with a time); escaping per part keeps tokens intact.
  return [line.map((p: Inline) => (typeof p === "string" ? escapeDiscord(p) : discordTimestamp(p))).join("")];
}

/**
 * Renders a reply as one or more messages, each with one embed (title on the first). Text beyond
 * an embed's 4096 characters continues in the next message; buttons go on the last one, five per
 * row and five rows per message (further rows follow in extra messages).
 */
export function renderDiscord(reply: Reply): DiscordMessage[] {
  const lines: string[] = [];
  // Trim before escaping so a cut never leaves a dangling backslash.
  const title = reply.title ? escapeDiscord(trimTo(reply.title, L.DISCORD_MAX_EMBED_TITLE / 2)) : undefined;
  for (const l of replyLines(reply)) {
    if (l.kind === "heading") lines.push(...lineMarkdown(l.line).map((s) => `**${s}**`));
    else if (l.kind === "text") lines.push(...lineMarkdown(l.line));
  }
  const descriptions = lines.length > 0 ? packLines(lines, L.DISCORD_MAX_EMBED_DESCRIPTION) : [];
  const messages: DiscordMessage[] = descriptions.map((description, i) => {
    const embed: APIEmbed = i === 0 && title ? { title, description } : { description };
    return { embeds: [embed], components: [], allowed_mentions: { parse: [] } };
  });
  // Discord refuses a message with nothing to show (50006): a reply without text, title or
  // buttons still says something.
  const hasButtons = (reply.buttons ?? []).some((row) => row.length > 0);
  if (messages.length === 0)
    messages.push({
      embeds: title ? [{ title }] : hasButtons ? [] : [{ description: "…" }],
      components: [],
      allowed_mentions: { parse: [] },
    });
  const rows = renderRows(reply.buttons ?? []);
  const groups = chunk(rows, L.DISCORD_MAX_ROWS);
  const last = messages[messages.length - 1];
  if (last && groups[0]) last.components = groups[0];
  for (const extra of groups.slice(1))
    messages.push({
      content: "More options:",
      embeds: [],
      components: extra,
      allowed_mentions: { parse: [] },
    });
  return messages;
}

function renderRows(buttons: ReplyButton[][]): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  return buttons
    .flatMap((row) => chunk(row, L.DISCORD_MAX_BUTTONS_PER_ROW))
    .map((row) => ({ type: ComponentType.ActionRow, components: row.map(renderButton) }));
}

function renderButton(b: ReplyButton): APIButtonComponentWithCustomId {
  if (b.data.length === 0 || b.data.length > L.DISCORD_MAX_CUSTOM_ID)
    throw new AdapterLimitError(
      "button_data_too_long",
      `Discord: custom_id of ${b.data.length} chars is outside 1-${L.DISCORD_MAX_CUSTOM_ID}`,
    );
  const style =
    b.style === "primary"
      ? ButtonStyle.Primary
      : b.style === "danger"
        ? ButtonStyle.Danger
        : ButtonStyle.Secondary;
  return {
    type: ComponentType.Button,
    custom_id: b.data,
    label: trimTo(b.label, L.DISCORD_MAX_BUTTON_LABEL),
    style,
  };
}

/** Renders a form as a modal; the form's data is the modal's custom_id, each field a text input. */
export function renderDiscordModal(form: ReplyForm): APIModalInteractionResponseCallbackData {
  if (form.data.length === 0 || form.data.length > L.DISCORD_MAX_CUSTOM_ID)
    throw new AdapterLimitError(
      "button_data_too_long",
      `Discord: modal custom_id of ${form.data.length} chars is outside 1-${L.DISCORD_MAX_CUSTOM_ID}`,
    );
  if (form.fields.length > L.DISCORD_MAX_MODAL_FIELDS)
    throw new AdapterLimitError(
      "form_too_large",
      `Discord: ${form.fields.length} fields exceed ${L.DISCORD_MAX_MODAL_FIELDS} per modal`,
    );
  return {
    custom_id: form.data,
    title: trimTo(form.title, L.DISCORD_MAX_MODAL_TITLE),
    components: form.fields.map((f) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: f.name,
          label: trimTo(f.label, L.DISCORD_MAX_TEXT_INPUT_LABEL),
          style: f.multiline ? TextInputStyle.Paragraph : TextInputStyle.Short,
          required: f.optional !== true,
          ...(f.initial !== undefined ? { value: f.initial } : {}),
          ...(f.kind === "datetime" ? { placeholder: "YYYY-MM-DD HH:MM" } : {}),
          ...(f.maxLength !== undefined
            ? { max_length: Math.min(f.maxLength, L.DISCORD_MAX_TEXT_INPUT_VALUE) }
            : {}),
        },
      ],
    })),
  };
}
