import { encodeButton } from "../../intents/button-codec.ts";
import type { ScheduleInfo, TemplateInfo } from "../../ports/catalog-store.ts";
import type { Reply } from "../../ports/chat.ts";
import { orList, privateReply as say } from "../format.ts";
import { t } from "../i18n/catalogue.ts";
import { calendarDateText, moneyText, weekdayNames } from "./format.ts";

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

export const entryArchivedReply = (name: string, archived: boolean, entity: EntryKind): Reply =>
  say(archived ? t("studio.entryArchived", { name, entity }) : t("studio.entryRestored", { name }));

export const nameTheEntryReply = (entity: EntryKind, action: string): Reply =>
  say(t("studio.nameTheEntry", { entity, action }));

export const severalEntriesCalledReply = (entity: EntryKind, count: number, typed: string): Reply =>
  say(t("studio.severalCalled", { entity, n: count, typed }));

/** `close`: names near the one typed, offered as "Did you mean". */
export function noEntryCalledReply(entity: EntryKind, typed: string, close: string[]): Reply {
  return say(
    t("studio.noEntryCalled", {
      entity,
      typed: typed.slice(0, 80),
      hasClose: close.length > 0 ? "yes" : "no",
      close: orList(close),
    }),
  );
}

export const namedEntryCreatedReply = (entity: "type" | "space", name: string): Reply =>
  say(t("studio.namedCreated", { kind: entity, name }));

export function templateCreatedReply(x: TemplateInfo, typeName: string): Reply {
  const kind = x.capacity === 1 ? "individual" : x.closed ? "closed" : "open";
  return {
    visibility: "private",
    lines: [
      t("studio.templateCreated", {
        name: x.name,
        type: typeName,
        minutes: x.durationMinutes,
        capacity: x.capacity,
        kind: t("studio.templateKind", { kind }),
      }),
      t("studio.templateNext", { name: x.name }),
    ],
    buttons: [
      [{ label: t("studio.templateRulesButton"), data: encodeButton({ op: "so", form: "tr", id: x.id }) }],
    ],
  };
}

export const noTemplateCalledReply = (typed: string): Reply => say(t("studio.noTemplateCalled", { typed }));

export const scheduleAddedReply = (s: ScheduleInfo, occurrences: number): Reply =>
  say(
    t("studio.scheduleAdded", {
      name: s.name,
      days: weekdayNames(s.weekdays),
      time: s.startTime,
      from: calendarDateText(s.startDate),
      to: calendarDateText(s.endDate),
      n: occurrences,
    }),
    s.closed ? t("studio.scheduleClosed", { name: s.name }) : t("studio.scheduleOpen"),
  );

const terms = (p: PassTerms) => ({
  name: p.name,
  sessions: p.sessions,
  days: p.validityDays,
  price: moneyText(p.priceCents, p.currency),
});

export const passTypeCreatedReply = (p: PassTerms): Reply =>
  say(t("studio.passTypeCreated", terms(p)), t("studio.passTypeHow", { name: p.name }));

export const renamedReply = (previous: string, name: string): Reply =>
  say(t("studio.renamed", { previous, name }));

export const templateSavedReply = (name: string, sessionsUpdated: number): Reply =>
  say(t("studio.templateSaved", { name }), t("studio.templateSavedSessions", { n: sessionsUpdated }));

export const passTypeSavedReply = (p: PassTerms): Reply => say(t("studio.passTypeSaved", terms(p)));

/** What was done to a schedule, said in scheduleChangedReply; ending it names its new last day. */
export type ScheduleChange = { kind: "saved" } | { kind: "archived" } | { kind: "ends"; endDate: string };

export const SCHEDULE_CHANGE = { saved: { kind: "saved" }, archived: { kind: "archived" } } as const;

/** What ending a schedule means; `endDate` is the schedule's new last day. */
export const scheduleEndsOn = (endDate: string): ScheduleChange => ({ kind: "ends", endDate });

/** A schedule saved, ended or archived (`what`): sessions removed and added, booked ones kept. */
export const scheduleChangedReply = (
  r: { schedule: { name: string }; removed: number; added: number; keptBooked: unknown[] },
  what: ScheduleChange,
): Reply =>
  say(
    t("studio.scheduleChanged", {
      name: r.schedule.name,
      what: what.kind,
      date: what.kind === "ends" ? calendarDateText(what.endDate) : "",
      removed: r.removed,
      added: r.added,
    }),
    t("studio.keptBooked", { n: r.keptBooked.length }),
  );
