import type { IntentOf } from "../../intents/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import { ChatFileTooLargeError } from "../../ports/chat-files.ts";
import {
  calendarFileLoadedReply,
  calendarFileTooLargeReply,
  downloadFailedReply,
  filesUnreadableHereReply,
  notACalendarFileReply,
} from "../../replies/personal/admin-replies.ts";
import * as pu from "../../use-cases/personal/index.ts";
import type { OrgTurn } from "../turn.ts";
import { pdeps } from "./member.ts";

/** Largest .ics file read from chat: a year of a busy calendar is far smaller. */
export const MAX_CHAT_ICS_BYTES = 1_000_000;

const tooLarge = (name: string): Reply[] => [calendarFileTooLargeReply(name, MAX_CHAT_ICS_BYTES / 1_000_000)];

/**
 * A trainer sends an .ics file (a document, file or attachment, or `/busy file` in the local
 * chat): the adapter's reader fetches it through the platform's file API, size-limited, and
 * its events replace that file's earlier copy as busy times.
 */
export async function personalFeedFileHandler(
  turn: OrgTurn,
  intent: IntentOf<"personal_feed_file">,
): Promise<Reply[]> {
  const name =
    intent.name
      .replace(/[\p{Cc}\p{Cf}]/gu, "")
      .trim()
      .slice(0, 100) || "calendar.ics";
  if (!/\.(ics|ical|icalendar|ifb)$/i.test(name)) return [notACalendarFileReply(name)];
  if (intent.size > MAX_CHAT_ICS_BYTES) return tooLarge(name);
  const reader = turn.deps.files?.reader(turn.event.platform);
  if (!reader) return [filesUnreadableHereReply()];
  let bytes: Buffer;
  try {
    bytes = await reader.read(intent.ref, MAX_CHAT_ICS_BYTES);
  } catch (e) {
    if (e instanceof ChatFileTooLargeError) return tooLarge(name);
    turn.deps.log.warn({ err: e, platform: turn.event.platform }, "chat file: could not download");
    return [downloadFailedReply(name)];
  }
  const { feed, busyBlocks } = await pu.importCalendarFile(pdeps(turn), turn.actor, {
    name,
    text: new TextDecoder("utf-8").decode(bytes),
  });
  return [calendarFileLoadedReply(name, busyBlocks, feed.id)];
}
