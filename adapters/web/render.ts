import { lineText, type Reply, type ReplyForm } from "../../src/ports/chat.ts";

/** What the page renders (web-contract.md): plain text only, the page never injects HTML. */
export type Block =
  | { type: "text"; text: string }
  | { type: "title"; text: string }
  | { type: "list"; items: string[] }
  | { type: "buttons"; buttons: Array<{ label: string; data: string; style?: "primary" | "danger" }> }
  | {
      type: "form";
      id: string;
      title: string;
      submit: string;
      fields: FormField[];
    }
  | { type: "notice"; text: string };

export interface FormField {
  name: string;
  label: string;
  kind: "text" | "textarea" | "select" | "number" | "date";
  required: boolean;
  options?: Array<{ label: string; value: string }>;
  value?: string;
  placeholder?: string;
}

export interface WebReply {
  id: string;
  at: string;
  blocks: Block[];
}

/** The core's form as the page's: a date and time is typed as the core reads it, so it stays text. */
export function formBlock(form: ReplyForm): Block {
  return {
    type: "form",
    id: form.data,
    title: form.title,
    submit: form.submitLabel,
    fields: form.fields.map((f) => ({
      name: f.name,
      label: f.label,
      kind: f.multiline ? "textarea" : f.kind === "number" ? "number" : "text",
      required: !f.optional,
      ...(f.initial !== undefined ? { value: f.initial } : {}),
      ...(f.kind === "datetime" ? { placeholder: "2026-12-24 18:00" } : {}),
    })),
  };
}

/** One neutral reply as the page's blocks; a notice is one notice block with the text under it. */
export function renderReply(reply: Reply, kind: "reply" | "notice" = "reply"): Block[] {
  const blocks: Block[] = [];
  const lines = reply.lines.map(lineText).filter((l) => l.length > 0);
  if (kind === "notice") {
    blocks.push({ type: "notice", text: [reply.title, ...lines].filter(Boolean).join("\n") });
  } else {
    if (reply.title) blocks.push({ type: "title", text: reply.title });
    if (lines.length > 0) blocks.push({ type: "text", text: lines.join("\n") });
  }
  for (const s of reply.sections ?? []) {
    if (s.heading) blocks.push({ type: "title", text: s.heading });
    const items = s.lines.map(lineText).filter((l) => l.length > 0);
    if (items.length > 0) blocks.push({ type: "list", items });
  }
  const buttons = (reply.buttons ?? []).flat();
  if (buttons.length > 0)
    blocks.push({
      type: "buttons",
      buttons: buttons.map((b) => ({ label: b.label, data: b.data, ...(b.style ? { style: b.style } : {}) })),
    });
  if (reply.form) blocks.push(formBlock(reply.form));
  return blocks;
}

/** Plain text of blocks (a notice e-mail). */
export function blocksText(blocks: Block[]): string {
  return blocks
    .flatMap((b) =>
      b.type === "list"
        ? b.items.map((i) => `- ${i}`)
        : b.type === "buttons" || b.type === "form"
          ? []
          : [b.text],
    )
    .join("\n");
}
