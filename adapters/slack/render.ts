import type { types } from "@slack/bolt";
import { lineText, type Reply, type ReplyForm } from "../../src/ports/chat.ts";
import { AdapterLimitError } from "../shared/errors.ts";
import { replyLines } from "../shared/reply-lines.ts";
import { chunk, packLines, splitLine, trimTo } from "../shared/text.ts";
import * as L from "./limits.ts";

type KnownBlock = types.KnownBlock;
type View = types.View;

/** One Slack message: blocks plus the plain `text` Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** What a modal carries back on submit: the form's data and where to answer. */
export interface SlackFormMetadata {
  data: string;
  channelId: string;
  isDirect: boolean;
}

export const SLACK_FORM_CALLBACK_ID = "booking_form";
export const SLACK_BUTTON_ACTION_PREFIX = "btn_";
/** The action_id of the single input element in each modal block. */
export const SLACK_FORM_INPUT_ACTION_ID = "value";

/**
 * Escapes text for mrkdwn fields (the notification `text`): with &, < and > escaped, `<!channel>`
 * and `<@U123>` are shown as typed and never ping. Block bodies use plain_text, which Slack never
 * parses for mentions or formatting, so `*bold*` in a name stays literal there too.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const plain = (text: string) => ({ type: "plain_text" as const, text, emoji: true });

/** Renders a neutral reply as one or more Slack messages (more only when it exceeds 50 blocks). */
export function renderSlack(reply: Reply): SlackMessage[] {
  const content: KnownBlock[] = [];
  let pending: string[] = [];
  const flushText = () => {
    const pieces = pending.flatMap((l) => splitLine(l, L.SLACK_MAX_SECTION_TEXT));
    for (const text of packLines(pieces, L.SLACK_MAX_SECTION_TEXT)) {
      // Slack rejects empty text objects; an empty line is kept as a single space.
      content.push({ type: "section", text: plain(text.length > 0 ? text : " ") });
    }
    pending = [];
  };
  for (const l of replyLines(reply)) {
    const text = lineText(l.line);
    if (l.kind === "text") {
      pending.push(text);
      continue;
    }
    flushText();
    // A header is one line; a heading that spans lines is joined rather than rejected by Slack.
    content.push({
      type: "header",
      text: plain(trimTo(text.replace(/\s*\n\s*/g, " "), L.SLACK_MAX_HEADER_TEXT)),
    });
  }
  flushText();

  const actions = renderButtons(reply);
  const messages = chunk(content, L.SLACK_MAX_BLOCKS_PER_MESSAGE);
  const last = messages[messages.length - 1];
  if (actions.length > 0) {
    if (actions.length > L.SLACK_MAX_BLOCKS_PER_MESSAGE)
      throw new AdapterLimitError(
        "too_many_buttons",
        `Slack: ${actions.length} button rows exceed ${L.SLACK_MAX_BLOCKS_PER_MESSAGE} blocks`,
      );
    if (last && last.length + actions.length <= L.SLACK_MAX_BLOCKS_PER_MESSAGE) last.push(...actions);
    else messages.push(actions);
  }
  if (messages.length === 0) messages.push([{ type: "section", text: plain(" ") }]);
  const fallback = escapeSlack(
    trimTo(reply.title ?? lineText(reply.lines[0] ?? ""), L.SLACK_MAX_FALLBACK_TEXT),
  );
  return messages.map((blocks) => ({ text: fallback, blocks }));
}

function renderButtons(reply: Reply): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let n = 0;
  for (const row of reply.buttons ?? []) {
    for (const part of chunk(row, L.SLACK_MAX_ELEMENTS_PER_ACTIONS)) {
      const elements = part.map((b) => {
        if (b.data.length > L.SLACK_MAX_BUTTON_VALUE)
          throw new AdapterLimitError(
            "button_data_too_long",
            `Slack: button value of ${b.data.length} chars exceeds ${L.SLACK_MAX_BUTTON_VALUE}`,
          );
        // action_id must be unique within the message; the value carries the meaning.
        const button: types.Button = {
          type: "button",
          action_id: `${SLACK_BUTTON_ACTION_PREFIX}${n++}`,
          text: plain(trimTo(b.label, L.SLACK_MAX_BUTTON_TEXT)),
          value: b.data,
        };
        if (b.style) button.style = b.style;
        return button;
      });
      blocks.push({ type: "actions", block_id: `row_${blocks.length}`, elements });
    }
  }
  return blocks;
}

/** Renders a form as a modal view; the metadata rides along in private_metadata. */
export function renderSlackModal(form: ReplyForm, meta: SlackFormMetadata): View {
  const privateMetadata = JSON.stringify(meta);
  if (privateMetadata.length > L.SLACK_MAX_PRIVATE_METADATA)
    throw new AdapterLimitError(
      "form_too_large",
      `Slack: private_metadata of ${privateMetadata.length} chars exceeds ${L.SLACK_MAX_PRIVATE_METADATA}`,
    );
  if (form.fields.length > L.SLACK_MAX_MODAL_BLOCKS)
    throw new AdapterLimitError(
      "form_too_large",
      `Slack: ${form.fields.length} fields exceed ${L.SLACK_MAX_MODAL_BLOCKS} blocks`,
    );
  const blocks: KnownBlock[] = form.fields.map((f) => {
    const label = plain(trimTo(f.label, L.SLACK_MAX_INPUT_LABEL));
    const element: types.PlainTextInput | types.NumberInput =
      f.kind === "number"
        ? { type: "number_input", action_id: SLACK_FORM_INPUT_ACTION_ID, is_decimal_allowed: false }
        : { type: "plain_text_input", action_id: SLACK_FORM_INPUT_ACTION_ID };
    if (f.initial !== undefined) element.initial_value = f.initial;
    if (element.type === "plain_text_input") {
      if (f.maxLength !== undefined) element.max_length = Math.min(f.maxLength, L.SLACK_MAX_INPUT_LENGTH);
      if (f.multiline) element.multiline = true;
      if (f.kind === "datetime") element.placeholder = plain("YYYY-MM-DD HH:MM");
    }
    return { type: "input", block_id: f.name, optional: f.optional === true, label, element };
  });
  return {
    type: "modal",
    callback_id: SLACK_FORM_CALLBACK_ID,
    title: plain(trimTo(form.title, L.SLACK_MAX_MODAL_TITLE)),
    submit: plain(trimTo(form.submitLabel, L.SLACK_MAX_MODAL_SUBMIT)),
    close: plain("Cancel"),
    private_metadata: privateMetadata,
    blocks,
  };
}
