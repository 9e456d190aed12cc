import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { fanOutOutboxEvent } from "../../src/notices/fan-out.ts";
import { sendDelivery } from "../../src/notices/send-delivery.ts";
import { lineText, type Reply } from "../../src/ports/chat.ts";
import { processorDeps } from "../notices/harness.ts";
import { createRecordingSender } from "../notices/recording-sender.ts";

/** Every outbox row of the database (of the kinds named by prefix) fanned out and sent through the real processors, as text per target. */
export async function deliverAll(
  prisma: PrismaClient,
  platform = "console",
  kindPrefixes: string[] = [""],
): Promise<Array<{ to: string; text: string }>> {
  const sender = createRecordingSender(platform);
  const deps = processorDeps(prisma, [sender]);
  const rows = await prisma.outboxEvent.findMany({
    where: { OR: kindPrefixes.map((p) => ({ kind: { startsWith: p } })) },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  for (const row of rows)
    for (const ref of await fanOutOutboxEvent(deps.fanOut, row.id)) await sendDelivery(deps.send, ref.key);
  return sender.sent.map((s) => ({
    to: s.target.kind === "direct" ? s.target.platformUserId : `#${s.target.channelId}`,
    text: replyText(s.reply),
  }));
}

/** A reply as one text: title, lines, section headings and lines, button labels. */
export function replyText(r: Reply): string {
  return [
    r.title ?? "",
    ...r.lines.map(lineText),
    ...(r.sections ?? []).flatMap((s) => [s.heading ?? "", ...s.lines.map(lineText)]),
    ...(r.buttons ?? []).flat().map((b) => b.label),
  ]
    .filter((l) => l !== "")
    .join("\n");
}
