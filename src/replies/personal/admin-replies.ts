import type { AvailabilityWindow } from "../../domain/personal/model.ts";
import type { Reply } from "../../ports/chat.ts";
import type { CalendarFeed } from "../../ports/personal-store.ts";
import { privateReply as say } from "../format.ts";

/** Wording of the personal-session admin and trainer commands: settings, types, availability, calendars. */

export const unknownPersonalSettingReply = (name: string): Reply =>
  say(`I do not know the setting "${name.slice(0, 30)}". Settings: enabled, list, access, payment.`);

export const noSuchSessionTypeReply = (typed: string, typeNames: string[]): Reply =>
  say(`No session type is called "${typed.slice(0, 60)}". Types: ${typeNames.join(", ") || "none yet"}.`);

/** The line above the session-type form: editing one, or creating a new one. */
export const sessionTypeFormReply = (editing: boolean): Reply =>
  say(
    editing
      ? "Change the fields you want; blank keeps them."
      : "New session type: name and duration are needed; it starts as a draft.",
  );

export const unreadableAvailabilityReply = (): Reply =>
  say("I could not read that. Example: /availability set mon-fri 09:00-12:00 14:00-18:00, sat 10:00-13:00");

export const whichDateOffReply = (): Reply =>
  say('Which date? Example: /availability off 2026-12-24 (or "off fri").');

const WEEKDAYS = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** A trainer's weekly windows (weekday 1 = Monday) and days off. */
export function availabilityReply(
  windows: AvailabilityWindow[],
  datesOff: string[],
  timezone: string,
): Reply {
  const byDay = new Map<number, string[]>();
  for (const w of windows)
    byDay.set(w.weekday, [...(byDay.get(w.weekday) ?? []), `${w.startTime}-${w.endTime}`]);
  return {
    visibility: "private",
    title: "Your availability for personal sessions",
    lines: [
      ...(byDay.size
        ? [...byDay].map(([d, ws]) => `${WEEKDAYS[d]}: ${ws.join(", ")}`)
        : ["No weekly windows yet."]),
      `Days off: ${datesOff.join(", ") || "none"}`,
      `Times are in ${timezone}. Change: /availability set mon-fri 09:00-17:00 · /availability off 2026-12-24 · /feed add <ics url>`,
    ],
  };
}

export const feedAddedNotLoadedReply = (): Reply =>
  say(
    "Added, but the calendar could not be loaded yet; I will keep trying and tell you if it keeps failing.",
  );

/** A trainer's external calendars. */
export function calendarFeedsReply(feeds: CalendarFeed[]): Reply {
  return {
    visibility: "private",
    title: "Your external calendars",
    lines: feeds.length
      ? feeds.map(
          (f) =>
            `${f.id}: ${f.kind === "url" ? new URL(f.source).host : f.source}${f.lastGoodAt ? ", loaded" : ""}${f.lastError ? ", last load failed" : ""}`,
        )
      : ["None. Add one: /feed add https://calendar.example.org/you.ics"],
  };
}

export const calendarLinkRevokedReply = (revoked: number): Reply =>
  say(
    revoked
      ? "Your calendar link is revoked: calendar apps subscribed to it get nothing from now on."
      : "You had no calendar link.",
  );

export const calendarLinksOffReply = (): Reply =>
  say("Calendar links are not set up on this server (PUBLIC_URL is missing). Ask the studio.");

export const calendarLinkReply = (url: string): Reply =>
  say(
    "Your bookings as a calendar (group and personal sessions). Subscribe in your calendar app with:",
    url,
    "Keep it private: anyone with the link sees your bookings. /calendar revoke stops it; /calendar link then gives a new one.",
  );

export const calendarFileTooLargeReply = (name: string, maxMb: number): Reply =>
  say(
    `${name} is larger than ${maxMb} MB, the most I read from chat.`,
    "Export a shorter range, or add the calendar's address instead: /feed add https://...",
  );

export const notACalendarFileReply = (name: string): Reply =>
  say(
    `${name} is not a calendar file. Send an iCalendar file (.ics), e.g. exported from Google Calendar or Outlook, to block those times.`,
  );

export const filesUnreadableHereReply = (): Reply =>
  say("Files cannot be read here. Add the calendar's address instead: /feed add https://...");

export const downloadFailedReply = (name: string): Reply =>
  say(`I could not download ${name}. Please send it again in a moment.`);

export const calendarFileLoadedReply = (name: string, busyBlocks: number, feedId: string): Reply =>
  say(
    `Busy times from ${name}: ${busyBlocks} ${busyBlocks === 1 ? "event" : "events"} loaded (${feedId}). They block your personal-session slots.`,
    "Send a new version of the file to replace it; /feed lists your calendars, /feed remove <id> removes one.",
  );
