import type { Reply, ReplyButton } from "../../ports/chat.ts";
import { formatMinuteOfDay, privateReply as say } from "../format.ts";
import { t } from "../i18n/catalogue.ts";
import { formatLocalDate, weekDayText } from "./calendar-text.ts";

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
export const clientHelpReply = (): Reply => ({
  visibility: "private",
  title: t("coaching.title"),
  lines: [t("coaching.clientHelp")],
});

export const coachingNotSetUpReply = (): Reply => say(t("coaching.notSetUp"));

export const openInStudioChatReply = (): Reply => say(t("coaching.openInStudio"));

export const coachesOnlyReply = (): Reply => say(t("coaching.coachesOnly"));

/** Several sessions on the day named: which one (a button each). */
export const whichSessionReply = (
  clientName: string,
  count: number,
  day: number,
  buttons: ReplyButton[][],
): Reply => ({
  visibility: "private",
  lines: [t("coaching.whichSession", { client: clientName, count, day: weekDayText(day) })],
  buttons,
});

export const programArchivedReply = (name: string): Reply => say(t("coaching.archived", { name }));

export const digestTimeReply = (program: Named & { digestMinute: number }, timezone: string): Reply =>
  say(
    t("coaching.digestTime", {
      program: program.name,
      time: formatMinuteOfDay(program.digestMinute),
      timezone,
    }),
  );

export const inviteRevokedReply = (clientName: string): Reply =>
  say(t("coaching.inviteRevoked", { client: clientName }));

export const horizonSetReply = (c: Named & { visibleDays: number }): Reply =>
  say(t("coaching.horizonSet", { client: c.name, days: c.visibleDays }));

export const startDateSetReply = (c: Named & { startDate: string | null }): Reply =>
  say(t("coaching.startDateSet", { client: c.name, date: c.startDate ? formatLocalDate(c.startDate) : "" }));

export const clientMovedReply = (client: string, from: string, to: string): Reply =>
  say(t("coaching.clientMoved", { client, from, to }));

export const sessionWrittenReply = (client: string, entry: Entry): Reply =>
  say(
    t("coaching.written", {
      client,
      day: weekDayText(entry.day),
      title: entry.title,
      hasBody: entry.body ? "yes" : "no",
      lines: entry.body ? entry.body.split("\n").length : 0,
    }),
  );

export const sessionUpdatedReply = (client: string, entry: Entry): Reply =>
  say(t("coaching.updated", { client, day: weekDayText(entry.day), title: entry.title }));

export const sessionMovedReply = (client: string, entry: Entry, fromDay: number): Reply =>
  say(
    t("coaching.sessionMoved", {
      title: entry.title,
      client,
      from: weekDayText(fromDay),
      to: weekDayText(entry.day),
    }),
  );

export const sessionDeletedReply = (client: string, entry: Entry): Reply =>
  say(t("coaching.deleted", { title: entry.title, client, day: weekDayText(entry.day) }));

export const weekCopiedReply = (
  copied: number,
  from: string,
  fromWeek: number,
  to: string,
  toWeek: number,
): Reply => say(t("coaching.weekCopied", { n: copied, from, fromWeek, to, toWeek }));
