import { lineText, type Reply, type ReplyButton } from "../replies/reply.ts";

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
  if (reply.form) out.push(`(form: ${reply.form.title})`);
  // Control characters from stored names must not move the terminal's cursor.
  const text = out.map((l) => l.replace(/\p{Cc}/gu, "")).join("\n");
  return { text, buttons };
}
