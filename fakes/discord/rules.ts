/**
 * What Discord's REST API refuses, as the fake enforces it. Sources (https://discord.com/developers/docs):
 * - resources/message#create-message: content "up to 2000 characters", up to 10 embeds, "Cannot send
 *   an empty message" (50006) without content, embeds, components, files or a poll;
 * - interactions/message-components (Action Rows: "up to 5 action rows" in a message, an action row
 *   holds "up to 5 buttons" or one select menu; Buttons: custom_id "max 100 characters", label "max
 *   80 characters"; Select menus: 25 options, placeholder 150; Text inputs: label "max 45
 *   characters", placeholder 100, value and min/max_length 4000);
 * - interactions/receiving-and-responding (a modal's title "max 45 characters", "between 1 and 5"
 *   components; "Interaction tokens are valid for 15 minutes", the initial response must come
 *   "within 3 seconds"; an unknown or expired interaction is 10062 "Unknown interaction", a second
 *   initial response 40060 "Interaction has already been acknowledged");
 * - reference#error-messages: 50035 "Invalid Form Body" with `errors` nested by field path.
 */

export const DISCORD_RULES = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  rows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  placeholder: 150,
  modalTitle: 45,
  modalComponents: 5,
  textInputLabel: 45,
  textInputPlaceholder: 100,
  textInputValue: 4000,
  interactionDeadlineMs: 3000,
} as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const len = (v: unknown) => (typeof v === "string" ? [...v].length : 0);

/** Field errors keyed by path, as Discord nests them under `errors`. */
class FormErrors {
  readonly list: Array<{ path: Array<string | number>; code: string; message: string }> = [];
  max(path: Array<string | number>, v: unknown, limit: number) {
    if (len(v) > limit)
      this.list.push({ path, code: "BASE_TYPE_MAX_LENGTH", message: `Must be ${limit} or fewer in length.` });
  }
  required(path: Array<string | number>, v: unknown) {
    if (v === undefined || v === null || v === "")
      this.list.push({ path, code: "BASE_TYPE_REQUIRED", message: "This field is required" });
  }
  items(path: Array<string | number>, v: unknown[], min: number, max: number) {
    if (v.length > max)
      this.list.push({
        path,
        code: "BASE_TYPE_BAD_LENGTH",
        message: `Must be between ${min} and ${max} in length.`,
      });
    if (v.length < min)
      this.list.push({
        path,
        code: "BASE_TYPE_BAD_LENGTH",
        message: `Must be between ${min} and ${max} in length.`,
      });
  }
  add(path: Array<string | number>, code: string, message: string) {
    this.list.push({ path, code, message });
  }
  /** The 50035 body: `errors` nested by path, each leaf `{ _errors: [...] }`. */
  body(): { code: number; message: string; errors: Obj } {
    const errors: Obj = {};
    for (const e of this.list) {
      let node = errors;
      for (const key of e.path) {
        const k = String(key);
        if (!isObj(node[k])) node[k] = {};
        node = node[k] as Obj;
      }
      const leaf = (node._errors as unknown[] | undefined) ?? [];
      leaf.push({ code: e.code, message: e.message });
      node._errors = leaf;
    }
    return { code: 50035, message: "Invalid Form Body", errors };
  }
}

function button(f: FormErrors, path: Array<string | number>, b: Obj) {
  // A link button (style 5) has a url and no custom_id; a premium one (6) a sku_id.
  if (b.style !== 5 && b.style !== 6) f.required([...path, "custom_id"], b.custom_id);
  f.max([...path, "custom_id"], b.custom_id, DISCORD_RULES.customId);
  f.max([...path, "label"], b.label, DISCORD_RULES.buttonLabel);
}

function messageRows(f: FormErrors, path: Array<string | number>, rows: unknown[]) {
  f.items(path, rows, 0, DISCORD_RULES.rows);
  for (const [i, row] of rows.entries()) {
    const rp = [...path, i];
    if (!isObj(row) || row.type !== 1) {
      f.add([...rp, "type"], "COMPONENT_TYPE_INVALID", "Invalid component type");
      continue;
    }
    const children = Array.isArray(row.components) ? row.components : [];
    const selects = children.filter(
      (c) => isObj(c) && typeof c.type === "number" && c.type >= 3 && c.type !== 4,
    );
    f.items([...rp, "components"], children, 1, selects.length > 0 ? 1 : DISCORD_RULES.buttonsPerRow);
    for (const [j, c] of children.entries()) {
      const cp = [...rp, "components", j];
      if (!isObj(c)) {
        f.add(cp, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
        continue;
      }
      if (c.type === 2) {
        button(f, cp, c);
        continue;
      }
      if (c.type === 4) {
        f.add([...cp, "type"], "COMPONENT_TYPE_INVALID", "Text inputs are only allowed in modals");
        continue;
      }
      f.required([...cp, "custom_id"], c.custom_id);
      f.max([...cp, "custom_id"], c.custom_id, DISCORD_RULES.customId);
      f.max([...cp, "placeholder"], c.placeholder, DISCORD_RULES.placeholder);
      if (Array.isArray(c.options)) f.items([...cp, "options"], c.options, 1, DISCORD_RULES.selectOptions);
    }
  }
}

/** A message body (channel message, follow-up, @original edit, or a callback's data). */
export function checkDiscordMessage(body: unknown, base: Array<string | number> = []): FormErrors | null {
  const f = new FormErrors();
  const b = isObj(body) ? body : {};
  f.max([...base, "content"], b.content, DISCORD_RULES.content);
  const embeds = Array.isArray(b.embeds) ? b.embeds : [];
  f.items([...base, "embeds"], embeds, 0, DISCORD_RULES.embeds);
  embeds.forEach((e, i) => {
    if (!isObj(e)) return;
    f.max([...base, "embeds", i, "title"], e.title, DISCORD_RULES.embedTitle);
    f.max([...base, "embeds", i, "description"], e.description, DISCORD_RULES.embedDescription);
  });
  if (Array.isArray(b.components)) messageRows(f, [...base, "components"], b.components);
  return f.list.length > 0 ? f : null;
}

/** Whether a message body has nothing to show (Discord: 50006 "Cannot send an empty message"). */
export function isEmptyMessage(body: unknown): boolean {
  const b = isObj(body) ? body : {};
  const some = (v: unknown) => Array.isArray(v) && v.length > 0;
  return !(
    len(b.content) > 0 ||
    some(b.embeds) ||
    some(b.components) ||
    some(b.attachments) ||
    isObj(b.poll)
  );
}

function textInput(f: FormErrors, path: Array<string | number>, t: Obj, labelled: boolean) {
  f.required([...path, "custom_id"], t.custom_id);
  f.max([...path, "custom_id"], t.custom_id, DISCORD_RULES.customId);
  if (!labelled) f.required([...path, "label"], t.label);
  f.max([...path, "label"], t.label, DISCORD_RULES.textInputLabel);
  f.max([...path, "placeholder"], t.placeholder, DISCORD_RULES.textInputPlaceholder);
  f.max([...path, "value"], t.value, DISCORD_RULES.textInputValue);
  for (const k of ["min_length", "max_length"] as const)
    if (typeof t[k] === "number" && ((t[k] as number) < 0 || (t[k] as number) > DISCORD_RULES.textInputValue))
      f.add(
        [...path, k],
        "NUMBER_TYPE_MAX",
        `int value should be less than or equal to ${DISCORD_RULES.textInputValue}.`,
      );
}

/** A MODAL callback's data: title, custom_id, 1-5 rows of one text input (or label components). */
export function checkDiscordModal(data: unknown): FormErrors | null {
  const f = new FormErrors();
  const d = isObj(data) ? data : {};
  const base = ["data"];
  f.required([...base, "title"], d.title);
  f.max([...base, "title"], d.title, DISCORD_RULES.modalTitle);
  f.required([...base, "custom_id"], d.custom_id);
  f.max([...base, "custom_id"], d.custom_id, DISCORD_RULES.customId);
  const rows = Array.isArray(d.components) ? d.components : [];
  f.items([...base, "components"], rows, 1, DISCORD_RULES.modalComponents);
  for (const [i, row] of rows.entries()) {
    const rp = [...base, "components", i];
    if (!isObj(row)) continue;
    if (row.type === 18) {
      // A label component (type 18) around one input: the label is the label's.
      f.max([...rp, "label"], row.label, DISCORD_RULES.textInputLabel);
      if (isObj(row.component) && row.component.type === 4)
        textInput(f, [...rp, "component"], row.component, true);
      continue;
    }
    if (row.type !== 1) {
      f.add([...rp, "type"], "COMPONENT_TYPE_INVALID", "Invalid component type");
      continue;
    }
    const children = Array.isArray(row.components) ? row.components : [];
    f.items([...rp, "components"], children, 1, 1);
    for (const [j, c] of children.entries()) {
      if (isObj(c) && c.type === 4) textInput(f, [...rp, "components", j], c, false);
      else
        f.add(
          [...rp, "components", j, "type"],
          "COMPONENT_TYPE_INVALID",
          "Only text inputs are allowed in modals",
        );
    }
  }
  return f.list.length > 0 ? f : null;
}

/**
 * When each interaction was created, as Discord knows it: noted when a fake gateway or
 * dispatchInteraction hands it to the bot (tests reuse fixture ids whose snowflake time is old).
 */
const createdAt = new Map<string, number>();
const DISCORD_EPOCH = 1_420_070_400_000n;

export function noteInteraction(id: string, at = Date.now()): void {
  createdAt.set(id, at);
}

/** When the interaction was created: noted, else its snowflake's time if recent, else unknown. */
export function interactionCreatedAt(id: string): number | undefined {
  const noted = createdAt.get(id);
  if (noted !== undefined) return noted;
  if (!/^\d{15,20}$/.test(id)) return undefined;
  const at = Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
  // A fixture id from long ago says nothing about when the test sent it.
  return Math.abs(Date.now() - at) < 15 * 60_000 ? at : undefined;
}
