import { encodeButton, type StudioFormCode } from "../../intents/button-codec.ts";
import type { PersonSummary } from "../../ports/booking-store.ts";
import type { Reply, ReplyButton, ReplySection } from "../../ports/chat.ts";
import type { Catalog, OrgSettings, PendingRole } from "../../ports/studio-store.ts";
import { truncate } from "../format.ts";
import { calendarDateText, minutesText, moneyText, weekdaysText } from "./format.ts";

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
  new Map(xs.map((x) => [x.id, x.archived ? `${x.name} (archived)` : x.name]));

/** "30 min before" for a deadline; none means open until the session starts. */
const deadlineText = (what: "booking" | "cancel", minutes: number): string => {
  if (minutes === 0) return what === "booking" ? "booking open until the start" : "cancel until the start";
  return what === "booking"
    ? `booking closes ${minutesText(minutes)} before`
    : `cancel until ${minutesText(minutes)} before`;
};

/** Which kind an edit button edits: one name may be a template and a schedule at once. */
const KIND_LABEL: Record<Entity, string> = {
  type: "type",
  space: "space",
  template: "template",
  schedule: "schedule",
  passtype: "pass type",
};

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
  const add = (
    e: Entity,
    heading: string,
    rows: Array<{ id: string; name: string; line: string }>,
    empty: string,
  ) => {
    if (only && only !== e) return;
    sections.push({ heading, lines: rows.length > 0 ? rows.map((r) => r.line) : [empty] });
    for (const r of rows)
      edits.push({ label: `Edit ${KIND_LABEL[e]} ${r.name}`, form: FORM_OF[e], id: r.id });
  };
  add(
    "type",
    "Training types",
    c.trainingTypes.map((t) => ({ ...t, line: t.name })),
    "None yet: /type add Yoga",
  );
  add(
    "space",
    "Spaces",
    c.spaces.map((s) => ({ ...s, line: s.name })),
    "None yet: /space add Studio A",
  );
  add(
    "template",
    "Templates",
    c.templates.map((t) => ({
      id: t.id,
      name: t.name,
      line: [
        `${t.name}: ${typeName.get(t.trainingTypeId) ?? "a removed type"}, ${t.durationMinutes} min, `,
        t.capacity === 1 ? "individual" : `capacity ${t.capacity}${t.closed ? ", closed" : ""}`,
        t.defaultTrainerId ? `, trainer ${people.get(t.defaultTrainerId) ?? "no longer on the staff"}` : "",
        t.defaultSpaceId ? `, in ${spaceName.get(t.defaultSpaceId) ?? "a removed space"}` : "",
        `, ${deadlineText("booking", t.bookingDeadlineMinutes)}, ${deadlineText("cancel", t.cancellationDeadlineMinutes)}`,
      ].join(""),
    })),
    "None yet: /template add Morning Flow | type Yoga | duration 60 | capacity 12",
  );
  add(
    "schedule",
    "Schedules",
    c.schedules.map((s) => ({
      id: s.id,
      name: s.name,
      line: `${s.name}: ${weekdaysText(s.weekdays)} at ${s.startTime}, ${calendarDateText(s.startDate)} to ${calendarDateText(s.endDate)}`,
    })),
    "None yet: /schedule add Morning Flow | mon, wed | 07:00 | weeks 8",
  );
  add(
    "passtype",
    "Pass types",
    c.passTypes.map((p) => ({
      id: p.id,
      name: p.name,
      line: `${p.name}: ${p.sessions} sessions, ${p.validityDays} days, ${moneyText(p.priceCents, p.currency)}${
        p.trainingTypeIds.length > 0
          ? `, covers ${p.trainingTypeIds.map((id) => typeName.get(id) ?? "a removed type").join(", ")}`
          : ""
      }${p.scheduleIds.length > 0 ? `, enrols in ${p.scheduleIds.length} closed schedule(s)` : ""}`,
    })),
    "None yet: /passtype add Yoga 10 | sessions 10 | days 90 | price 90 EUR | types Yoga",
  );
  const buttons: ReplyButton[][] = edits.slice(0, MAX_EDIT_BUTTONS).map((e) => [
    {
      label: truncate(e.label, 60),
      data: encodeButton({ op: "so", form: e.form, ...(e.id ? { id: e.id } : {}) }),
    },
  ]);
  const more =
    edits.length > MAX_EDIT_BUTTONS
      ? ["More entries: /catalog templates (or types, spaces, schedules, passes)."]
      : [];
  return {
    visibility: "private",
    title: "Catalogue",
    lines: ["Tap an entry to edit it, or type a command (help lists them).", ...more],
    sections,
    buttons,
  };
}

export function staffReply(staff: PersonSummary[], pending: PendingRole[]): Reply {
  const lines = staff.map((p) => `${p.displayName}: ${p.role}`);
  const waiting = pending.map(
    (p) => `${p.name ?? "someone mentioned"}: ${p.role} (when they first talk to me)`,
  );
  return {
    visibility: "private",
    title: "Staff",
    lines: [...lines, ...waiting, "Add: /staff add @name trainer (or admin). Remove: /staff remove @name."],
  };
}

const POLICY_TEXT = { staff: "trainers and admins", admins: "admins only" } as const;

export function settingsReply(s: OrgSettings): Reply {
  return {
    visibility: "private",
    title: `Settings of ${s.name}`,
    lines: [
      `Name: ${s.name}`,
      `Timezone: ${s.timezone}`,
      `Language: ${s.locale}`,
      `Reminders: ${s.reminderMinutesBefore === null ? "off" : `${minutesText(s.reminderMinutesBefore)} before`}`,
      `Who may grant passes: ${POLICY_TEXT[s.passGrantPolicy]}`,
      "Change one: /settings timezone Europe/Lisbon, /settings reminders 2h (or off), /settings grants admins.",
    ],
    buttons: [[{ label: "Edit settings", data: encodeButton({ op: "so", form: "st" }) }]],
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
    lines: [
      "Which timezone is the studio in? Tap one, or type /settings timezone Area/City (e.g. Asia/Tokyo).",
    ],
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
    lines: ["Which language should I use? Tap one, or type /settings language xx-XX."],
    buttons: [buttons.slice(0, 4), buttons.slice(4)],
  };
}
