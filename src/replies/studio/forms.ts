import { encodeButton, type StudioFormCode } from "../../intents/button-codec.ts";
import type { Reply, ReplyForm } from "../../ports/chat.ts";
import type {
  CatalogPassType,
  CatalogSchedule,
  CatalogTemplate,
  NamedEntry,
  OrgSettings,
} from "../../ports/studio-store.ts";
import { minutesText, priceInputText, weekdaysText } from "./format.ts";

/**
 * The studio's create and edit forms: a modal where the platform has them, questions one by one
 * elsewhere (the same ReplyForm). The smallest modal holds five inputs, so a template has two
 * forms (basics, rules). Field names are the one-line command's field keys, so both paths meet.
 */
type Field = ReplyForm["fields"][number];

const text = (name: string, label: string, initial?: string, optional = true, maxLength = 80): Field => ({
  name,
  label,
  kind: "text",
  optional,
  maxLength,
  ...(initial !== undefined && initial !== "" ? { initial } : {}),
});
const num = (name: string, label: string, initial?: number, optional = true): Field => ({
  name,
  label,
  kind: "number",
  optional,
  maxLength: 12,
  ...(initial !== undefined ? { initial: String(initial) } : {}),
});

function form(
  code: StudioFormCode,
  id: string | undefined,
  title: string,
  fields: Field[],
  intro: string,
): Reply {
  return {
    visibility: "private",
    lines: [intro],
    form: {
      data: encodeButton({ op: "ss", form: code, ...(id ? { id } : {}) }),
      title: title.slice(0, 45),
      submitLabel: id ? "Save" : "Create",
      fields,
    },
  };
}

/** While opening a studio the bot asks the name first (then timezone and language, with buttons). */
export function studioNameForm(): Reply {
  return form(
    "st",
    "setup",
    "Your studio",
    [text("name", "What is your studio called?", undefined, false)],
    "What is your studio called?",
  );
}

export function studioBasicsForm(s: OrgSettings): Reply {
  return form(
    "st",
    undefined,
    "Your studio",
    [
      text("name", "Studio name", s.name === "New studio" ? undefined : s.name, false),
      text(
        "timezone",
        "Timezone (IANA), e.g. Europe/Lisbon",
        s.timezone === "UTC" ? undefined : s.timezone,
        false,
        60,
      ),
      text("language", "Language, e.g. en-GB, pt-PT, de-DE", s.locale, true, 10),
      text(
        "reminders",
        "Reminders before a session, e.g. 2h, or off",
        s.reminderMinutesBefore === null ? "off" : minutesText(s.reminderMinutesBefore),
        true,
        12,
      ),
      text("grants", "Who grants passes: staff or admins", s.passGrantPolicy, true, 20),
    ],
    "Name, timezone, language, reminders and who may grant passes.",
  );
}

export function namedEntryForm(kind: "type" | "space", entry?: NamedEntry): Reply {
  const what = kind === "type" ? "training type" : "space";
  return form(
    kind === "type" ? "ty" : "sp",
    entry?.id,
    entry ? `Rename ${what}` : `New ${what}`,
    [text("name", "Name", entry?.name, false)],
    entry ? `Rename the ${what} ${entry.name}.` : `A new ${what}.`,
  );
}

export function templateBasicsForm(t?: CatalogTemplate & { typeName?: string }): Reply {
  return form(
    "tb",
    t?.id,
    t ? `Edit ${t.name}` : "New template",
    [
      text("name", "Name", t?.name, t !== undefined),
      text("type", "Training type", t?.typeName, t !== undefined),
      num("duration", "Duration in minutes (5-1440)", t?.durationMinutes, t !== undefined),
      num("capacity", "Capacity (1-1000; 1 = individual)", t?.capacity, t !== undefined),
      text("description", "Description", t?.description, true, 2000),
    ],
    t ? `Change ${t.name}: leave a field as it is to keep it.` : "A new template: what a class is.",
  );
}

export function templateRulesForm(t: CatalogTemplate & { trainerName?: string; spaceName?: string }): Reply {
  return form(
    "tr",
    t.id,
    `Rules of ${t.name}`,
    [
      text("trainer", "Default trainer (name, or none)", t.trainerName),
      text("space", "Default space (name, or none)", t.spaceName),
      text("booking", "Booking closes before start, e.g. 30m, 2h", minutesText(t.bookingDeadlineMinutes)),
      text("cancel", "Members can cancel until, e.g. 2h, 1d", minutesText(t.cancellationDeadlineMinutes)),
      text(
        "kind",
        "Kind: open, closed or individual",
        t.capacity === 1 ? "individual" : t.closed ? "closed" : "open",
      ),
    ],
    `Trainer, space, deadlines and kind of ${t.name}.`,
  );
}

export function scheduleForm(s?: CatalogSchedule): Reply {
  return form(
    "sc",
    s?.id,
    s ? `Edit ${s.name} schedule` : "New schedule",
    [
      ...(s ? [] : [text("name", "Template", undefined, false)]),
      text("weekdays", "Weekdays, e.g. mon, wed", s ? weekdaysText(s.weekdays) : undefined, s !== undefined),
      text("time", "Start time, e.g. 07:00", s?.startTime, s !== undefined, 5),
      ...(s ? [] : [text("from", "First day (YYYY-MM-DD; empty = today)", undefined, true, 10)]),
      text("until", "Last day (YYYY-MM-DD) or number of weeks", s?.endDate, s !== undefined, 10),
    ],
    s ? "Changes reach only future sessions nobody booked." : "A weekly schedule of a template.",
  );
}

export function passTypeForm(p?: CatalogPassType & { typeNames?: string[] }): Reply {
  return form(
    "pt",
    p?.id,
    p ? `Edit ${p.name}` : "New pass type",
    [
      text("name", "Name", p?.name, p !== undefined),
      num("sessions", "Sessions (1-1000)", p?.sessions, p !== undefined),
      num("validity", "Valid for days (1-3660)", p?.validityDays, p !== undefined),
      text("price", "Price, e.g. 90 EUR", p ? priceInputText(p.priceCents, p.currency) : undefined, true, 20),
      text("types", "Training types it covers, e.g. Yoga, Spin", p?.typeNames?.join(", "), true, 400),
    ],
    p ? `Change ${p.name}: passes already held keep their sessions.` : "A new pass type.",
  );
}
