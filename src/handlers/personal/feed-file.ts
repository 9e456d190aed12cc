import type { IntentOf } from "../../intents/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import { ChatFileTooLargeError } from "../../ports/chat-files.ts";
import * as pu from "../../use-cases/personal/index.ts";
import type { OrgTurn } from "../turn.ts";
import { pdeps } from "./member.ts";

/** Largest .ics file read from chat: a year of a busy calendar is far smaller. */
export const MAX_CHAT_ICS_BYTES = 1_000_000;

const say = (...lines: string[]): Reply[] => [{ visibility: "private", lines }];
const tooLarge = (name: string) =>
  say(
    `${name} is larger than ${MAX_CHAT_ICS_BYTES / 1_000_000} MB, the most I read from chat.`,
    "Export a shorter range, or add the calendar's address instead: /feed add https://...",
  );

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
  if (!/\.(ics|ical|icalendar|ifb)$/i.test(name))
    return say(
      `${name} is not a calendar file. Send an iCalendar file (.ics), e.g. exported from Google Calendar or Outlook, to block those times.`,
    );
  if (intent.size > MAX_CHAT_ICS_BYTES) return tooLarge(name);
  const reader = turn.deps.files?.reader(turn.event.platform);
  if (!reader)
    return say("Files cannot be read here. Add the calendar's address instead: /feed add https://...");
  let bytes: Buffer;
  try {
    bytes = await reader.read(intent.ref, MAX_CHAT_ICS_BYTES);
  } catch (e) {
    if (e instanceof ChatFileTooLargeError) return tooLarge(name);
    turn.deps.log.warn({ err: e, platform: turn.event.platform }, "chat file: could not download");
    return say(`I could not download ${name}. Please send it again in a moment.`);
  }
  const { feed, busyBlocks } = await pu.importCalendarFile(pdeps(turn), turn.actor, {
    name,
    text: new TextDecoder("utf-8").decode(bytes),
  });
  return say(
    `Busy times from ${name}: ${busyBlocks} ${busyBlocks === 1 ? "event" : "events"} loaded (${feed.id}). They block your personal-session slots.`,
    "Send a new version of the file to replace it; /feed lists your calendars, /feed remove <id> removes one.",
  );
}
