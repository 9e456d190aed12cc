import { encodeButton, type StudioFormCode } from "../../intents/button-codec.ts";
import type { PersonSummary } from "../../ports/booking-store.ts";
import type { Reply, ReplyButton, ReplySection } from "../../ports/chat.ts";
import type { Catalog, OrgSettings, PendingRole } from "../../ports/studio-store.ts";
import { formatDuration, truncate } from "../format.ts";
import { t } from "../i18n/catalogue.ts";
import { calendarDateText, moneyText, weekdayNames } from "./format.ts";

type Entity = "type" | "space" | "template" | "schedule" | "passtype";

/** How many edit buttons a catalogue reply carries; /catalog <kind> shows one kind with all of its. */
const MAX_EDIT_BUTTONS = 12;

const FORM_OF: Record<Entity, StudioFormCode> = {
  type: "ty",
  space: "sp",
  template: "tb",
  schedule: "sc",
  passtype: "pt",
};

/** An entry's name as a live entry refers to it: an archived one says so. */
const namesOf = (xs: Array<{ id: string; name: string; archived: boolean }>) =>
  new Map(xs.map((x) => [x.id, x.archived ? t("studio.archivedName", { name: x.name }) : x.name]));

/** "booking closes 30 min before" for a deadline; none means open until the session starts. */
const deadlineText = (what: "booking" | "cancel", minutes: number): string =>
  t(what === "booking" ? "studio.bookingDeadline" : "studio.cancelDeadline", {
    none: minutes === 0 ? "yes" : "no",
    d: formatDuration(minutes),
  });

/**
 * The catalogue as admins read it, with an edit button per entry. `all` is the whole catalogue,
 * archived entries included: only live ones are listed, but a live template still names its
 * archived type or space.
 */
export function catalogReply(all: Catalog, people: Map<string, string>, only?: Entity): Reply {
  const typeName = namesOf(all.trainingTypes);
  const spaceName = namesOf(all.spaces);
  const live = <T extends { archived: boolean }>(xs: T[]) => xs.filter((x) => !x.archived);
  const c: Catalog = {
    trainingTypes: live(all.trainingTypes),
    spaces: live(all.spaces),
    templates: live(all.templates),
    schedules: live(all.schedules),
    passTypes: live(all.passTypes),
  };
  const sections: ReplySection[] = [];
  const edits: Array<{ label: string; form: StudioFormCode; id: string }> = [];
  const add = (e: Entity, rows: Array<{ id: string; name: string; line: string }>) => {
    if (only && only !== e) return;
    sections.push({
      heading: t("studio.heading", { kind: e }),
      lines: rows.length > 0 ? rows.map((r) => r.line) : [t("studio.empty", { kind: e })],
    });
    for (const r of rows)
      edits.push({ label: t("studio.editEntry", { kind: e, name: r.name }), form: FORM_OF[e], id: r.id });
  };
  add(
    "type",
    c.trainingTypes.map((x) => ({ ...x, line: x.name })),
  );
  add(
    "space",
    c.spaces.map((x) => ({ ...x, line: x.name })),
  );
  add(
    "template",
    c.templates.map((x) => ({
      id: x.id,
      name: x.name,
      line: t("studio.templateLine", {
        name: x.name,
        type: typeName.get(x.trainingTypeId) ?? t("studio.removedType"),
        minutes: x.durationMinutes,
        individual: x.capacity === 1 ? "yes" : "no",
        capacity: x.capacity,
        closed: x.closed ? "yes" : "no",
        hasTrainer: x.defaultTrainerId ? "yes" : "no",
        trainer: x.defaultTrainerId ? (people.get(x.defaultTrainerId) ?? t("studio.formerStaff")) : "",
        hasSpace: x.defaultSpaceId ? "yes" : "no",
        space: x.defaultSpaceId ? (spaceName.get(x.defaultSpaceId) ?? t("studio.removedSpace")) : "",
        booking: deadlineText("booking", x.bookingDeadlineMinutes),
        cancel: deadlineText("cancel", x.cancellationDeadlineMinutes),
      }),
    })),
  );
  add(
    "schedule",
    c.schedules.map((x) => ({
      id: x.id,
      name: x.name,
      line: t("studio.scheduleLine", {
        name: x.name,
        days: weekdayNames(x.weekdays),
        time: x.startTime,
        from: calendarDateText(x.startDate),
        to: calendarDateText(x.endDate),
      }),
    })),
  );
  add(
    "passtype",
    c.passTypes.map((p) => ({
      id: p.id,
      name: p.name,
      line: t("studio.passTypeLine", {
        name: p.name,
        sessions: p.sessions,
        days: p.validityDays,
        price: moneyText(p.priceCents, p.currency),
        hasTypes: p.trainingTypeIds.length > 0 ? "yes" : "no",
        types: p.trainingTypeIds.map((id) => typeName.get(id) ?? t("studio.removedType")).join(", "),
        schedules: p.scheduleIds.length,
      }),
    })),
  );
  const buttons: ReplyButton[][] = edits.slice(0, MAX_EDIT_BUTTONS).map((e) => [
    {
      label: truncate(e.label, 60),
      data: encodeButton({ op: "so", form: e.form, ...(e.id ? { id: e.id } : {}) }),
    },
  ]);
  const more = edits.length > MAX_EDIT_BUTTONS ? [t("studio.moreEntries")] : [];
  return {
    visibility: "private",
    title: t("studio.catalogTitle"),
    lines: [t("studio.catalogIntro"), ...more],
    sections,
    buttons,
  };
}

export function staffReply(staff: PersonSummary[], pending: PendingRole[]): Reply {
  const role = (r: string) => t("studio.role", { role: r });
  const lines = staff.map((p) => t("studio.staffRow", { name: p.displayName, role: role(String(p.role)) }));
  const waiting = pending.map((p) =>
    t("studio.staffWaiting", { hasName: p.name ? "yes" : "no", name: p.name ?? "", role: role(p.role) }),
  );
  return {
    visibility: "private",
    title: t("studio.staffTitle"),
    lines: [...lines, ...waiting, t("studio.staffHow")],
  };
}

export function settingsReply(s: OrgSettings): Reply {
  const off = s.reminderMinutesBefore === null;
  return {
    visibility: "private",
    title: t("studio.settingsTitle", { name: s.name }),
    lines: [
      t("studio.settingName", { name: s.name }),
      t("studio.settingTimezone", { timezone: s.timezone }),
      t("studio.settingLanguage", { locale: s.locale }),
      t("studio.settingReminders", {
        off: off ? "yes" : "no",
        lead: off ? "" : formatDuration(s.reminderMinutesBefore ?? 0),
      }),
      t("studio.settingGrants", { policy: s.passGrantPolicy }),
      t("studio.settingsHow"),
    ],
    buttons: [[{ label: t("studio.editSettings"), data: encodeButton({ op: "so", form: "st" }) }]],
  };
}

/** The zones offered as buttons when a studio is opened; any IANA name can be typed instead. */
export const LIKELY_TIMEZONES = [
  "Europe/London",
  "Europe/Lisbon",
  "Europe/Berlin",
  "Europe/Paris",
  "Europe/Madrid",
  "America/New_York",
  "America/Chicago",
  "America/Los_Angeles",
  "Australia/Sydney",
] as const;

export const LANGUAGE_CHOICES: ReadonlyArray<[string, string]> = [
  ["en-GB", "English (UK)"],
  ["en-US", "English (US)"],
  ["de-DE", "Deutsch"],
  ["fr-FR", "Français"],
  ["es-ES", "Español"],
  ["pt-PT", "Português"],
  ["it-IT", "Italiano"],
  ["nl-NL", "Nederlands"],
];

export function timezoneQuestion(setup = false): Reply {
  const which = setup ? "ts" : "tz";
  const buttons = LIKELY_TIMEZONES.map((tz, index) => ({
    label: tz,
    data: encodeButton({ op: "sz", which, index }),
  }));
  return {
    visibility: "private",
    lines: [t("studio.timezoneQuestion")],
    buttons: [buttons.slice(0, 3), buttons.slice(3, 6), buttons.slice(6)],
  };
}

export function languageQuestion(): Reply {
  const buttons = LANGUAGE_CHOICES.map(([, label], index) => ({
    label,
    data: encodeButton({ op: "sz", which: "lg", index }),
  }));
  return {
    visibility: "private",
    lines: [t("studio.languageQuestion")],
    buttons: [buttons.slice(0, 4), buttons.slice(4)],
  };
}
