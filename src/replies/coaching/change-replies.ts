import { weekDayLabel } from "../../domain/coaching/calendar-days.ts";
import { formatTimeOfDay } from "../../domain/coaching/program-input.ts";
import type { Reply, ReplyButton } from "../../ports/chat.ts";
import { privateReply as say } from "../format.ts";

/** Wording of a coach's changes (programs, clients, calendar sessions) and of coaching refusals. */

interface Named {
  name: string;
}
interface Entry {
  title: string;
  day: number;
  body?: string | null;
}

/** The client-side help: what a coached client can type. */
export const CLIENT_HELP: Reply = {
  visibility: "private",
  title: "1-2-1 coaching",
  lines: ["my week · my week 2 · my day · my day 10 · my coaching · /join CODE (a code from your coach)"],
};

export const coachingNotSetUpReply = (): Reply => say("1-2-1 coaching is not set up on this assistant.");

export const openInStudioChatReply = (): Reply =>
  say('Open this in your studio\'s chat first, or send "/join CODE" with the code from your coach.');

export const coachesOnlyReply = (): Reply => say("Only coaches (trainers and admins) can do that.");

/** Several sessions on the day named: which one (a button each). */
export const whichSessionReply = (
  clientName: string,
  count: number,
  day: number,
  buttons: ReplyButton[][],
): Reply => ({
  visibility: "private",
  lines: [`${clientName} has ${count} sessions on ${weekDayLabel(day)}. Which one?`],
  buttons,
});

export const programArchivedReply = (name: string): Reply =>
  say(`Archived ${name}. Its clients' calendars were moved before; nothing was deleted.`);

export const digestTimeReply = (program: Named & { digestMinute: number }, timezone: string): Reply =>
  say(
    `${program.name}: clients get their daily digest at ${formatTimeOfDay(program.digestMinute)} (${timezone}).`,
  );

export const inviteRevokedReply = (clientName: string): Reply =>
  say(
    `Revoked ${clientName}'s invite: its code no longer works. Send a new one with "invite ${clientName} link".`,
  );

export const horizonSetReply = (c: Named & { visibleDays: number }): Reply =>
  say(
    `${c.name} now sees ${c.visibleDays} day(s) ahead, today included. Newly visible days come in the next digest.`,
  );

export const startDateSetReply = (c: Named & { startDate: string | null }): Reply =>
  say(`${c.name}'s Week 1 Day 1 is ${c.startDate}.`);

export const clientMovedReply = (client: string, from: string, to: string): Reply =>
  say(`Moved ${client} from ${from} to ${to}; their calendar came along unchanged.`);

export const sessionWrittenReply = (client: string, entry: Entry): Reply =>
  say(
    `Written for ${client}, ${weekDayLabel(entry.day)}: ${entry.title}${entry.body ? ` (${entry.body.split("\n").length} line(s) of training)` : ""}.`,
  );

export const sessionUpdatedReply = (client: string, entry: Entry): Reply =>
  say(`Updated ${client}'s ${weekDayLabel(entry.day)}: ${entry.title}.`);

export const sessionMovedReply = (client: string, entry: Entry, fromDay: number): Reply =>
  say(`Moved ${entry.title} for ${client} from ${weekDayLabel(fromDay)} to ${weekDayLabel(entry.day)}.`);

export const sessionDeletedReply = (client: string, entry: Entry): Reply =>
  say(`Deleted ${entry.title} from ${client}'s ${weekDayLabel(entry.day)}.`);

export const weekCopiedReply = (
  copied: number,
  from: string,
  fromWeek: number,
  to: string,
  toWeek: number,
): Reply => say(`Copied ${copied} session(s) from ${from}'s week ${fromWeek} to ${to}'s week ${toWeek}.`);
