import type { OutboxEventInput } from "../../domain/events.ts";
import type { Reply } from "../../ports/chat.ts";
import type { NoticeLoader } from "../../ports/notice-loader.ts";
import { renderDigest, renderSessionChanged } from "./render.ts";

type CoachingEvent = Extract<OutboxEventInput, { kind: "coaching.digest" | "coaching.session_changed" }>;

/**
 * A coaching notice for its client. Skipped (never sent) when the calendar is no longer theirs:
 * the client left, was archived, or the person changed. Nothing beyond the days named in the event
 * is read, so nothing beyond the client's horizon can reach them.
 */
export async function composeCoachingNotice(
  loader: NoticeLoader,
  event: CoachingEvent,
  recipient: string | null,
): Promise<{ ok: true; reply: Reply } | { ok: false; reason: string }> {
  const c = await loader.getCoachingClient(event.payload.clientId);
  if (
    c?.client.status !== "active" ||
    c.client.personId !== event.payload.personId ||
    recipient !== c.client.personId
  )
    return { ok: false, reason: "no longer this person's calendar" };
  if (event.kind === "coaching.digest") {
    const entries = await loader.listCoachingEntries(c.client.id, event.payload.fromDay, event.payload.toDay);
    if (entries.length === 0) return { ok: false, reason: "nothing left to announce" };
    return { ok: true, reply: renderDigest(c.program.name, c.client.startDate, entries) };
  }
  const entry =
    event.payload.change === "deleted" ? null : await loader.getCoachingEntry(event.payload.entryId);
  const current = entry && entry.clientId === c.client.id ? entry : null;
  return {
    ok: true,
    reply: renderSessionChanged(c.program.name, c.client.startDate, event.payload, current),
  };
}
