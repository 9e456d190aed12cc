import { encodeButton, type StudioFormCode } from "../../intents/button-codec.ts";
import type { Reply, ReplyForm } from "../../ports/chat.ts";
import type {
  CatalogPassType,
  CatalogSchedule,
  CatalogTemplate,
  NamedEntry,
  OrgSettings,
} from "../../ports/studio-store.ts";
import { t } from "../i18n/catalogue.ts";
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
      submitLabel: id ? t("form.save") : t("form.create"),
      fields,
    },
  };
}

/** While opening a studio the bot asks the name first (then timezone and language, with buttons). */
export function studioNameForm(): Reply {
  return form(
    "st",
    "setup",
    t("form.studioTitle"),
    [text("name", t("form.studioNameQuestion"), undefined, false)],
    t("form.studioNameQuestion"),
  );
}

export function studioBasicsForm(s: OrgSettings): Reply {
  return form(
    "st",
    undefined,
    t("form.studioTitle"),
    [
      text("name", t("form.studioName"), s.name === "New studio" ? undefined : s.name, false),
      text("timezone", t("form.timezone"), s.timezone === "UTC" ? undefined : s.timezone, false, 60),
      text("language", t("form.language"), s.locale, true, 10),
      text(
        "reminders",
        t("form.reminders"),
        s.reminderMinutesBefore === null ? "off" : minutesText(s.reminderMinutesBefore),
        true,
        12,
      ),
      text("grants", t("form.grants"), s.passGrantPolicy, true, 20),
    ],
    t("form.studioIntro"),
  );
}

export function namedEntryForm(kind: "type" | "space", entry?: NamedEntry): Reply {
  const rename = entry ? "yes" : "no";
  return form(
    kind === "type" ? "ty" : "sp",
    entry?.id,
    t("form.namedTitle", { rename, kind }),
    [text("name", t("form.name"), entry?.name, false)],
    t("form.namedIntro", { rename, kind, name: entry?.name ?? "" }),
  );
}

export function templateBasicsForm(x?: CatalogTemplate & { typeName?: string }): Reply {
  return form(
    "tb",
    x?.id,
    x ? t("form.editTitle", { name: x.name }) : t("form.newTemplate"),
    [
      text("name", t("form.name"), x?.name, x !== undefined),
      text("type", t("form.type"), x?.typeName, x !== undefined),
      num("duration", t("form.duration"), x?.durationMinutes, x !== undefined),
      num("capacity", t("form.templateCapacity"), x?.capacity, x !== undefined),
      text("description", t("form.description"), x?.description, true, 2000),
    ],
    t("form.templateIntro", { edit: x ? "yes" : "no", name: x?.name ?? "" }),
  );
}

export function templateRulesForm(x: CatalogTemplate & { trainerName?: string; spaceName?: string }): Reply {
  return form(
    "tr",
    x.id,
    t("form.rulesTitle", { name: x.name }),
    [
      text("trainer", t("form.defaultTrainer"), x.trainerName),
      text("space", t("form.defaultSpace"), x.spaceName),
      text("booking", t("form.bookingCloses"), minutesText(x.bookingDeadlineMinutes)),
      text("cancel", t("form.cancelUntil"), minutesText(x.cancellationDeadlineMinutes)),
      text("kind", t("form.kind"), x.capacity === 1 ? "individual" : x.closed ? "closed" : "open"),
    ],
    t("form.rulesIntro", { name: x.name }),
  );
}

export function scheduleForm(s?: CatalogSchedule): Reply {
  return form(
    "sc",
    s?.id,
    t("form.scheduleTitle", { edit: s ? "yes" : "no", name: s?.name ?? "" }),
    [
      ...(s ? [] : [text("name", t("form.template"), undefined, false)]),
      text("weekdays", t("form.weekdays"), s ? weekdaysText(s.weekdays) : undefined, s !== undefined),
      text("time", t("form.startTime"), s?.startTime, s !== undefined, 5),
      ...(s ? [] : [text("from", t("form.firstDay"), undefined, true, 10)]),
      text("until", t("form.lastDay"), s?.endDate, s !== undefined, 10),
    ],
    t("form.scheduleIntro", { edit: s ? "yes" : "no" }),
  );
}

export function passTypeForm(p?: CatalogPassType & { typeNames?: string[] }): Reply {
  return form(
    "pt",
    p?.id,
    p ? t("form.editTitle", { name: p.name }) : t("form.newPassType"),
    [
      text("name", t("form.name"), p?.name, p !== undefined),
      num("sessions", t("form.sessions"), p?.sessions, p !== undefined),
      num("validity", t("form.validity"), p?.validityDays, p !== undefined),
      text("price", t("form.price"), p ? priceInputText(p.priceCents, p.currency) : undefined, true, 20),
      text("types", t("form.types"), p?.typeNames?.join(", "), true, 400),
    ],
    t("form.passTypeIntro", { edit: p ? "yes" : "no", name: p?.name ?? "" }),
  );
}
