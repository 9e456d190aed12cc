import type { PersonalSettings, SessionType } from "../../domain/personal/model.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { ReplyButton, ReplyForm } from "../../ports/chat.ts";
import { t } from "../i18n/catalogue.ts";

/**
 * A price as the form's initial value: a plain number ("40", "12.5"), never the display format
 * (formatMoney), because the form's answer is read back as a number.
 */
const cents = (c: number | null): string => (c === null ? "" : (c / 100).toFixed(2).replace(/\.00$/, ""));

/**
 * The yes/no, access and payment initial values stay the command's own words ("yes", "members",
 * "at_session"): they are read back as such; the labels say them in the reader's language.
 */

/** Admin settings: four fields (every platform's modal holds five). */
export function settingsForm(s: PersonalSettings): ReplyForm {
  return {
    data: encodeButton({ op: "pf", form: "st" }),
    title: t("personal.title"),
    submitLabel: t("personal.formSave"),
    fields: [
      {
        name: "enabled",
        label: t("personal.formEnabled"),
        kind: "text",
        initial: s.enabled ? "yes" : "no",
        maxLength: 3,
      },
      {
        name: "list",
        label: t("personal.formListed"),
        kind: "text",
        initial: s.showOnMemberList ? "yes" : "no",
        maxLength: 3,
      },
      {
        name: "access",
        label: t("personal.formAccess"),
        kind: "text",
        initial: s.accessLevel,
        maxLength: 10,
      },
      {
        name: "payment",
        label: t("personal.formPayment"),
        kind: "text",
        initial: s.paymentMethods.join(", "),
        maxLength: 40,
      },
    ],
  };
}

/**
 * A session type's fields in three forms of at most five (the smallest modal's limit): basics, details,
 * rules. A new type starts with the basics; the saved reply offers the other two.
 */
export type TypeFormPart = "b" | "d" | "r";

export function typeForm(type: SessionType | null, part: TypeFormPart): ReplyForm {
  const data = encodeButton({ op: "pf", form: part, ...(type ? { sessionTypeId: type.id } : {}) });
  if (part === "d")
    return {
      data,
      title: t("personal.formDetailsTitle", { hasName: type ? "yes" : "no", name: type?.name ?? "" }).slice(
        0,
        45,
      ),
      submitLabel: t("personal.formSave"),
      fields: [
        {
          name: "status",
          label: t("personal.formStatus"),
          kind: "text",
          initial: type?.status ?? "draft",
          maxLength: 10,
        },
        {
          name: "trainers",
          label: t("personal.formTrainers"),
          kind: "text",
          optional: true,
          initial: type?.trainerNames.join(", ") ?? "",
          maxLength: 300,
        },
        {
          name: "description",
          label: t("personal.formDescription"),
          kind: "text",
          optional: true,
          initial: type?.description ?? "",
          maxLength: 1000,
        },
        {
          name: "location",
          label: t("personal.formLocation"),
          kind: "text",
          optional: true,
          initial: type?.location ?? "",
          maxLength: 120,
        },
        {
          name: "image",
          label: t("personal.formImage"),
          kind: "text",
          optional: true,
          initial: type?.coverImageUrl ?? "",
          maxLength: 500,
        },
      ],
    };
  if (part === "r")
    return {
      data,
      title: t("personal.formRulesTitle", { hasName: type ? "yes" : "no", name: type?.name ?? "" }).slice(
        0,
        45,
      ),
      submitLabel: t("personal.formSave"),
      fields: [
        {
          name: "buffer",
          label: t("personal.formBuffer"),
          kind: "text",
          initial: String(type?.bufferMinutes ?? 0),
          maxLength: 4,
        },
        {
          name: "minlead",
          label: t("personal.formMinLead"),
          kind: "number",
          initial: String(type?.minLeadHours ?? 0),
          maxLength: 3,
        },
        {
          name: "maxlead",
          label: t("personal.formMaxLead"),
          kind: "number",
          optional: true,
          initial: type?.maxLeadDays?.toString() ?? "",
          maxLength: 3,
        },
        {
          name: "perday",
          label: t("personal.formPerDay"),
          kind: "number",
          optional: true,
          initial: type?.maxPerDay?.toString() ?? "",
          maxLength: 2,
        },
        {
          name: "access",
          label: t("personal.formTypeAccess"),
          kind: "text",
          optional: true,
          initial: type?.accessLevel ?? "default",
          maxLength: 10,
        },
      ],
    };
  return {
    data,
    title: type ? t("personal.formEditTitle", { name: type.name }).slice(0, 45) : t("personal.formNewTitle"),
    submitLabel: t("personal.formSave"),
    fields: [
      { name: "name", label: t("personal.formName"), kind: "text", initial: type?.name ?? "", maxLength: 80 },
      {
        name: "duration",
        label: t("personal.formDuration"),
        kind: "number",
        initial: type ? String(type.durationMinutes) : "60",
        maxLength: 3,
      },
      {
        name: "capacity",
        label: t("personal.formCapacity"),
        kind: "number",
        initial: String(type?.capacity ?? 1),
        maxLength: 3,
      },
      {
        name: "price",
        label: t("personal.formPrice"),
        kind: "text",
        initial: type ? cents(type.priceCents) : "0",
        maxLength: 10,
      },
      {
        name: "nonmember",
        label: t("personal.formNonMember"),
        kind: "text",
        optional: true,
        initial: cents(type?.nonMemberPriceCents ?? null),
        maxLength: 10,
      },
    ],
  };
}

/** The buttons under a saved session type: its three forms. */
export function sessionTypeFormButtons(sessionTypeId: string): ReplyButton[][] {
  return [
    [
      { label: t("personal.formBasicsButton"), data: encodeButton({ op: "po", form: "b", sessionTypeId }) },
      {
        label: t("personal.formDetailsButton"),
        data: encodeButton({ op: "po", form: "d", sessionTypeId }),
      },
      { label: t("personal.formRulesButton"), data: encodeButton({ op: "po", form: "r", sessionTypeId }) },
    ],
  ];
}
