import { encodeButton } from "../../intents/button-codec.ts";
import type { ScheduleInfo, TemplateInfo } from "../../ports/catalog-store.ts";
import type { Reply } from "../../ports/chat.ts";
import { privateReply as say } from "../format.ts";
import { calendarDateText, moneyText, weekdaysText } from "./format.ts";

/** Wording of the catalogue entry commands: which entry, created, saved, archived, a schedule changed. */

export type EntryKind = "type" | "space" | "template" | "schedule" | "passtype";

/** What a pass type's answers say of it. */
interface PassTerms {
  name: string;
  sessions: number;
  validityDays: number;
  priceCents: number;
  currency: string;
}

const label = (e: EntryKind): string =>
  ({
    type: "training type",
    space: "space",
    template: "template",
    schedule: "schedule",
    passtype: "pass type",
  })[e];

export const entryArchivedReply = (name: string, archived: boolean, entity: EntryKind): Reply =>
  say(
    archived
      ? `${name} is archived: it is no longer offered for anything new; what exists keeps working. Undo: /${entity} restore ${name}`
      : `${name} is back in the catalogue.`,
  );

export const nameTheEntryReply = (entity: EntryKind, action: string): Reply =>
  say(`Name the ${label(entity)}, e.g. /${entity} ${action} <name>. /catalog lists them.`);

export const severalEntriesCalledReply = (entity: EntryKind, count: number, typed: string): Reply =>
  say(`There are ${count} ${label(entity)}s called ${typed}. Pick one in /catalog ${entity}s.`);

/** `close`: names near the one typed, offered as "Did you mean". */
export function noEntryCalledReply(entity: EntryKind, typed: string, close: string[]): Reply {
  const hint = close.length > 0 ? ` Did you mean ${close.join(" or ")}?` : "";
  return say(`There is no ${label(entity)} called ${typed.slice(0, 80)}.${hint} /catalog lists them.`);
}

export const namedEntryCreatedReply = (entity: "type" | "space", name: string): Reply =>
  say(`${entity === "type" ? "Training type" : "Space"} created: ${name}.`);

export function templateCreatedReply(t: TemplateInfo, typeName: string): Reply {
  const kind =
    t.capacity === 1 ? "individual training" : t.closed ? "closed (pass-only) course" : "open class";
  return {
    visibility: "private",
    lines: [
      `Template created: ${t.name} (${typeName}, ${t.durationMinutes} min, capacity ${t.capacity}, ${kind}).`,
      `Next: /schedule add ${t.name} | mon, wed | 07:00 | weeks 8`,
    ],
    buttons: [
      [{ label: "Trainer, space, deadlines…", data: encodeButton({ op: "so", form: "tr", id: t.id }) }],
    ],
  };
}

export const noTemplateCalledReply = (typed: string): Reply =>
  say(`There is no template called ${typed}. /catalog templates lists them.`);

export const scheduleAddedReply = (s: ScheduleInfo, occurrences: number): Reply =>
  say(
    `Schedule created: ${s.name}, ${weekdaysText(s.weekdays)} at ${s.startTime}, ${calendarDateText(s.startDate)} to ${calendarDateText(s.endDate)}: ${occurrences} sessions.`,
    s.closed
      ? `It is a closed course: link a pass so members can be enrolled, e.g. /passtype add ${s.name} pass | sessions 8 | days 60 | schedules ${s.name}`
      : "Members can book it now.",
  );

export const passTypeCreatedReply = (p: PassTerms): Reply =>
  say(
    `Pass type created: ${p.name}, ${p.sessions} sessions, valid ${p.validityDays} days, ${moneyText(p.priceCents, p.currency)}.`,
    `Give it to someone with /grant <name> ${p.name}.`,
  );

export const renamedReply = (previous: string, name: string): Reply =>
  say(`Renamed: ${previous} is now ${name}.`);

export const templateSavedReply = (name: string, sessionsUpdated: number): Reply =>
  say(
    `${name} saved.`,
    sessionsUpdated > 0
      ? `${sessionsUpdated} upcoming sessions nobody had booked took the new terms; booked ones keep theirs.`
      : "Sessions already booked keep the terms they were booked on.",
  );

export const passTypeSavedReply = (p: PassTerms): Reply =>
  say(
    `${p.name} saved: ${p.sessions} sessions, valid ${p.validityDays} days, ${moneyText(p.priceCents, p.currency)}. Passes already held keep their sessions.`,
  );

/** What was done to a schedule, said in scheduleChangedReply. */
export const SCHEDULE_CHANGE = { saved: "saved", archived: "archived" } as const;

/** What ending a schedule means; `endDate` is the schedule's new last day. */
export const scheduleEndsOn = (endDate: string): string => `ends on ${calendarDateText(endDate)}`;

/** A schedule saved, ended or archived (`what`): sessions removed and added, booked ones kept. */
export const scheduleChangedReply = (
  r: { schedule: { name: string }; removed: number; added: number; keptBooked: unknown[] },
  what: string,
): Reply =>
  say(
    `Schedule ${r.schedule.name} ${what}: ${r.removed} unbooked sessions removed, ${r.added} added.`,
    r.keptBooked.length > 0
      ? `${r.keptBooked.length} booked sessions stay as they were; their members are being told.`
      : "No booked session was affected.",
  );
