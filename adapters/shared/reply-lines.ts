import { type Line, lineText, type Reply } from "../../src/ports/chat.ts";

/** One logical line of a reply before platform formatting: kind tells the renderer how to style it. */
export interface PlainLine {
  kind: "title" | "heading" | "text";
  line: Line;
}

/** Flattens a Reply's title, lines and sections into ordered logical lines (the shared reading order). */
export function replyLines(reply: Reply): PlainLine[] {
  const out: PlainLine[] = [];
  if (reply.title) out.push({ kind: "title", line: reply.title });
  for (const line of reply.lines) out.push({ kind: "text", line });
  for (const section of reply.sections ?? []) {
    if (section.heading) out.push({ kind: "heading", line: section.heading });
    for (const line of section.lines) out.push({ kind: "text", line });
  }
  return out;
}

/** The plain text of a reply, for notification previews and logs. */
export function replyPlainText(reply: Reply): string {
  return replyLines(reply)
    .map((l) => lineText(l.line))
    .join("\n");
}
