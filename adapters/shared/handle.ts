import type { ChatCore, IncomingEvent, Reply } from "../../src/ports/chat.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { FALLBACK_REPLY } from "../../src/replies/error-reply.ts";

/**
 * Calls the core. ChatCore promises never to throw, but a platform handler that throws leaves a
 * person without an answer (and Slack/Telegram retry the delivery), so this is the last-resort guard:
 * it sends the core's own fallback reply (src/replies/error-reply.ts), so there is one wording.
 */
export async function handleSafely(core: ChatCore, event: IncomingEvent, log: Logger): Promise<Reply[]> {
  try {
    return await core.handle(event);
  } catch (err) {
    log.error({ err, eventId: event.eventId }, "chat core threw; sending the fallback reply");
    return [FALLBACK_REPLY];
  }
}

/** Splits the first word off a command text: "sessions tomorrow" -> ["sessions", "tomorrow"]. */
export function firstWord(text: string): [string, string] {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  if (space < 0) return [trimmed, ""];
  return [trimmed.slice(0, space), trimmed.slice(space).trim()];
}
