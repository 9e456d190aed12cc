import { lineText, type Reply, type ReplyButton } from "../../src/ports/chat.ts";

const example = (name: string) => `${name}=…`;

/** "capacity=6; when=fri 19:15" -> { capacity: "6", when: "fri 19:15" }; pieces without "=" are ignored. */
export function parseFormAnswer(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const piece of text.split(";")) {
    const i = piece.indexOf("=");
    if (i <= 0) continue;
    const name = piece.slice(0, i).trim();
    if (/^[a-z][a-zA-Z0-9_]{0,40}$/.test(name)) values[name] = piece.slice(i + 1).trim();
  }
  return values;
}

/** Plain-text rendering of a reply for the terminal; buttons are numbered from `firstNumber`. */
export function renderReplyText(reply: Reply, firstNumber: number): { text: string; buttons: ReplyButton[] } {
  const out: string[] = [];
  if (reply.title) out.push(`== ${reply.title} ==`);
  for (const l of reply.lines) out.push(lineText(l));
  for (const s of reply.sections ?? []) {
    if (s.heading) out.push(`-- ${s.heading}`);
    for (const l of s.lines) out.push(`   ${lineText(l)}`);
  }
  const buttons = (reply.buttons ?? []).flat();
  if (buttons.length) {
    const row = buttons.map((b, i) => `[${firstNumber + i}] ${b.label}`);
    out.push(row.join("  "));
  }
  if (reply.form) {
    out.push(`-- form: ${reply.form.title}`);
    for (const f of reply.form.fields) {
      const now = f.initial ? ` (now: ${f.initial})` : "";
      out.push(`   ${f.name}: ${f.label}${now}${f.optional ? "" : " (required)"}`);
    }
    out.push(
      `Answer with name=value pairs separated by ";", e.g. ${example(reply.form.fields[0]?.name ?? "field")}. "-" drops the form.`,
    );
  }
  // Control characters from stored names must not move the terminal's cursor.
  const text = out.map((l) => l.replace(/\p{Cc}/gu, "")).join("\n");
  return { text, buttons };
}
