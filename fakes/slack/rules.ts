/**
 * What the Slack Web API refuses, as the fake enforces it. Every limit names its source:
 * - methods and their errors: https://docs.slack.dev/reference/methods/chat.postMessage (channel,
 *   "One of [text, blocks, attachments] is required", msg_too_long, no_text, invalid_blocks,
 *   channel_not_found), .../chat.postEphemeral, .../views.open (trigger_id and view required,
 *   invalid_arguments);
 * - Block Kit: https://docs.slack.dev/reference/block-kit/blocks (50 blocks in a message, 100 in a
 *   modal; section text 3000, fields 10 x 2000; header 150; actions 25 elements; context 10
 *   elements; block_id 255), .../block-elements/button-element (text 75, action_id 255, value 2000,
 *   url 3000), .../block-elements/plain-text-input-element (placeholder 150, max_length 3000),
 *   .../block-elements/select-menu-element (100 options, option text 75, option value 150),
 *   https://docs.slack.dev/reference/views/modal-views (title, submit, close 24; private_metadata
 *   3000; callback_id 255), input block label 2000 and hint 2000.
 * A refusal carries response_metadata.messages with a json-pointer to the field, as Slack's do.
 */

export const SLACK_LIMITS = {
  messageText: 40_000,
  messageBlocks: 50,
  modalBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  actionsElements: 25,
  contextElements: 10,
  blockId: 255,
  buttonText: 75,
  actionId: 255,
  buttonValue: 2000,
  url: 3000,
  placeholder: 150,
  inputMaxLength: 3000,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  callbackId: 255,
  inputLabel: 2000,
  inputHint: 2000,
} as const;

/** Methods the fake knows; anything else is `unknown_method`, as slack.com answers. */
export const SLACK_KNOWN_METHODS = new Set([
  "api.test",
  "apps.connections.open",
  "auth.test",
  "chat.delete",
  "chat.postEphemeral",
  "chat.postMessage",
  "chat.update",
  "conversations.info",
  "conversations.open",
  "files.info",
  "users.info",
  "views.open",
  "views.publish",
  "views.push",
  "views.update",
]);

export interface SlackRefusal {
  ok: false;
  error: string;
  response_metadata?: { messages: string[] };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const present = (v: unknown) => v !== undefined && v !== null && v !== "";

/** Collects "[ERROR] ... [json-pointer:/a/b]" messages while walking a payload. */
class Problems {
  readonly messages: string[] = [];
  add(path: string, what: string) {
    this.messages.push(`[ERROR] ${what} [json-pointer:${path}]`);
  }
  max(path: string, value: unknown, limit: number) {
    if (typeof value === "string" && [...value].length > limit)
      this.add(path, `must be less than ${limit + 1} characters`);
  }
}

function textObject(p: Problems, path: string, t: unknown, limit: number, plainOnly = false) {
  if (!isObj(t)) return p.add(path, "must provide an object");
  if (t.type !== "plain_text" && (plainOnly || t.type !== "mrkdwn"))
    return p.add(`${path}/type`, plainOnly ? "must be plain_text" : "must be plain_text or mrkdwn");
  const text = str(t.text);
  if (text === undefined || text.length === 0) return p.add(`${path}/text`, "must be more than 0 characters");
  p.max(`${path}/text`, text, limit);
}

function element(p: Problems, path: string, e: unknown) {
  if (!isObj(e)) return p.add(path, "must provide an object");
  p.max(`${path}/action_id`, e.action_id, SLACK_LIMITS.actionId);
  if (e.placeholder !== undefined)
    textObject(p, `${path}/placeholder`, e.placeholder, SLACK_LIMITS.placeholder, true);
  switch (e.type) {
    case "button":
      textObject(p, `${path}/text`, e.text, SLACK_LIMITS.buttonText, true);
      p.max(`${path}/value`, e.value, SLACK_LIMITS.buttonValue);
      p.max(`${path}/url`, e.url, SLACK_LIMITS.url);
      if (e.style !== undefined && e.style !== "primary" && e.style !== "danger")
        p.add(`${path}/style`, "must be one of primary, danger");
      return;
    case "plain_text_input":
      if (typeof e.max_length === "number" && e.max_length > SLACK_LIMITS.inputMaxLength)
        p.add(`${path}/max_length`, `must be at most ${SLACK_LIMITS.inputMaxLength}`);
      return;
    case "static_select":
    case "multi_static_select":
    case "overflow":
    case "radio_buttons":
    case "checkboxes": {
      const options = Array.isArray(e.options) ? e.options : [];
      if (options.length === 0 && !Array.isArray(e.option_groups))
        p.add(`${path}/options`, "must provide at least 1 item");
      if (options.length > SLACK_LIMITS.selectOptions)
        p.add(`${path}/options`, `must provide at most ${SLACK_LIMITS.selectOptions} items`);
      options.forEach((o, i) => {
        const op = `${path}/options/${i}`;
        if (!isObj(o)) p.add(op, "must provide an object");
        else {
          textObject(p, `${op}/text`, o.text, SLACK_LIMITS.optionText);
          p.max(`${op}/value`, o.value, SLACK_LIMITS.optionValue);
        }
      });
      return;
    }
    case "datepicker":
    case "timepicker":
    case "datetimepicker":
    case "number_input":
    case "email_text_input":
    case "url_text_input":
    case "users_select":
    case "conversations_select":
    case "channels_select":
    case "external_select":
    case "file_input":
    case "image":
      return;
    default:
      p.add(`${path}/type`, `unsupported element type ${String(e.type)}`);
  }
}

function block(p: Problems, path: string, b: unknown, surface: "message" | "modal") {
  if (!isObj(b)) return p.add(path, "must provide an object");
  p.max(`${path}/block_id`, b.block_id, SLACK_LIMITS.blockId);
  switch (b.type) {
    case "section": {
      const fields = Array.isArray(b.fields) ? b.fields : undefined;
      if (b.text === undefined && !fields) p.add(path, "must provide text or fields");
      if (b.text !== undefined) textObject(p, `${path}/text`, b.text, SLACK_LIMITS.sectionText);
      if (fields && fields.length > SLACK_LIMITS.sectionFields)
        p.add(`${path}/fields`, `must provide at most ${SLACK_LIMITS.sectionFields} items`);
      for (const [i, f] of (fields ?? []).entries())
        textObject(p, `${path}/fields/${i}`, f, SLACK_LIMITS.fieldText);
      if (b.accessory !== undefined) element(p, `${path}/accessory`, b.accessory);
      return;
    }
    case "header":
      return textObject(p, `${path}/text`, b.text, SLACK_LIMITS.headerText, true);
    case "actions": {
      const els = Array.isArray(b.elements) ? b.elements : [];
      if (els.length === 0) p.add(`${path}/elements`, "must provide at least 1 item");
      if (els.length > SLACK_LIMITS.actionsElements)
        p.add(`${path}/elements`, `must provide at most ${SLACK_LIMITS.actionsElements} items`);
      for (const [i, e] of els.entries()) element(p, `${path}/elements/${i}`, e);
      return;
    }
    case "context": {
      const els = Array.isArray(b.elements) ? b.elements : [];
      if (els.length === 0) p.add(`${path}/elements`, "must provide at least 1 item");
      if (els.length > SLACK_LIMITS.contextElements)
        p.add(`${path}/elements`, `must provide at most ${SLACK_LIMITS.contextElements} items`);
      els.forEach((e, i) => {
        if (isObj(e) && e.type !== "image")
          textObject(p, `${path}/elements/${i}`, e, SLACK_LIMITS.sectionText);
      });
      return;
    }
    case "input":
      if (surface !== "modal") p.add(`${path}/type`, "input blocks are only allowed in modals");
      textObject(p, `${path}/label`, b.label, SLACK_LIMITS.inputLabel, true);
      if (b.hint !== undefined) textObject(p, `${path}/hint`, b.hint, SLACK_LIMITS.inputHint, true);
      if (b.element === undefined) p.add(`${path}/element`, "must provide an object");
      else element(p, `${path}/element`, b.element);
      return;
    case "divider":
    case "image":
    case "rich_text":
    case "markdown":
    case "file":
    case "video":
      return;
    default:
      p.add(`${path}/type`, `unsupported block type ${String(b.type)}`);
  }
}

function blocks(p: Problems, path: string, list: unknown, surface: "message" | "modal") {
  if (!Array.isArray(list)) return p.add(path, "must provide an array");
  const max = surface === "message" ? SLACK_LIMITS.messageBlocks : SLACK_LIMITS.modalBlocks;
  if (list.length > max) p.add(path, `must provide at most ${max} items`);
  for (const [i, b] of list.entries()) block(p, `${path}/${i}`, b, surface);
}

function refusal(error: string, p?: Problems): SlackRefusal {
  return p && p.messages.length > 0
    ? { ok: false, error, response_metadata: { messages: p.messages } }
    : { ok: false, error };
}

/** A message body (chat.postMessage/postEphemeral/update, or a response_url post): null if accepted. */
export function checkSlackMessage(body: Obj, requireChannel: boolean): SlackRefusal | null {
  if (requireChannel && !present(body.channel)) return refusal("channel_not_found");
  const hasBlocks = Array.isArray(body.blocks) && body.blocks.length > 0;
  if (!present(body.text) && !hasBlocks && !present(body.attachments)) return refusal("no_text");
  const text = str(body.text);
  if (text !== undefined && [...text].length > SLACK_LIMITS.messageText) return refusal("msg_too_long");
  if (body.blocks !== undefined) {
    const p = new Problems();
    blocks(p, "/blocks", body.blocks, "message");
    if (p.messages.length > 0) return refusal("invalid_blocks", p);
  }
  return null;
}

/** A modal view (views.open/push/update): null if accepted. */
export function checkSlackView(view: unknown): Problems | null {
  const p = new Problems();
  if (!isObj(view)) {
    p.add("/view", "must provide an object");
    return p;
  }
  if (view.type !== "modal" && view.type !== "home") p.add("/view/type", "must be modal or home");
  if (view.type === "modal") {
    textObject(p, "/view/title", view.title, SLACK_LIMITS.modalTitle, true);
    if (view.submit !== undefined) textObject(p, "/view/submit", view.submit, SLACK_LIMITS.modalButton, true);
    if (view.close !== undefined) textObject(p, "/view/close", view.close, SLACK_LIMITS.modalButton, true);
    // A modal with an input block needs a submit button.
    const hasInput = Array.isArray(view.blocks) && view.blocks.some((b) => isObj(b) && b.type === "input");
    if (hasInput && view.submit === undefined) p.add("/view/submit", "must provide submit when inputs exist");
  }
  p.max("/view/private_metadata", view.private_metadata, SLACK_LIMITS.privateMetadata);
  p.max("/view/callback_id", view.callback_id, SLACK_LIMITS.callbackId);
  blocks(p, "/view/blocks", view.blocks, "modal");
  return p.messages.length > 0 ? p : null;
}

/** The refusal Slack answers to a Web API call, or null when it would accept it. */
export function checkSlackCall(method: string, body: Obj): SlackRefusal | null {
  if (!SLACK_KNOWN_METHODS.has(method)) return refusal("unknown_method");
  switch (method) {
    case "chat.postMessage":
      return checkSlackMessage(body, true);
    case "chat.postEphemeral":
      if (!present(body.user))
        return refusal("invalid_arguments", withMessage("/user", "must provide a string"));
      return checkSlackMessage(body, true);
    case "chat.update":
      if (!present(body.ts)) return refusal("message_not_found");
      return checkSlackMessage(body, true);
    case "views.open":
    case "views.push": {
      if (!present(body.trigger_id) && !present(body.interactivity_pointer))
        return refusal("invalid_arguments", withMessage("/trigger_id", "must provide a string"));
      if (body.view === undefined)
        return refusal("invalid_arguments", withMessage("/view", "must provide an object"));
      const p = checkSlackView(body.view);
      return p ? refusal("invalid_arguments", p) : null;
    }
    case "views.update": {
      if (!present(body.view_id) && !present(body.external_id))
        return refusal("invalid_arguments", withMessage("/view_id", "must provide a string"));
      const p = checkSlackView(body.view);
      return p ? refusal("invalid_arguments", p) : null;
    }
    default:
      return null;
  }
}

function withMessage(path: string, what: string): Problems {
  const p = new Problems();
  p.add(path, what);
  return p;
}
