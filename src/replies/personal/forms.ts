import type { PersonalSettings, SessionType } from "../../domain/personal/model.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { ReplyButton, ReplyForm } from "../../ports/chat.ts";

const cents = (c: number | null): string => (c === null ? "" : (c / 100).toFixed(2).replace(/\.00$/, ""));

/** Admin settings: four fields (every platform's modal holds five). */
export function settingsForm(s: PersonalSettings): ReplyForm {
  return {
    data: encodeButton({ op: "pf", form: "st" }),
    title: "Personal sessions",
    submitLabel: "Save",
    fields: [
      {
        name: "enabled",
        label: "Enabled (yes/no)",
        kind: "text",
        initial: s.enabled ? "yes" : "no",
        maxLength: 3,
      },
      {
        name: "list",
        label: "Show on member list (yes/no)",
        kind: "text",
        initial: s.showOnMemberList ? "yes" : "no",
        maxLength: 3,
      },
      {
        name: "access",
        label: "Access: public, members, private",
        kind: "text",
        initial: s.accessLevel,
        maxLength: 10,
      },
      {
        name: "payment",
        label: "Payment: at_session, check, online",
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

export function typeForm(t: SessionType | null, part: TypeFormPart): ReplyForm {
  const data = encodeButton({ op: "pf", form: part, ...(t ? { sessionTypeId: t.id } : {}) });
  if (part === "d")
    return {
      data,
      title: `Details: ${t?.name ?? "new type"}`.slice(0, 45),
      submitLabel: "Save",
      fields: [
        {
          name: "status",
          label: "Status: draft, active, paused, archived",
          kind: "text",
          initial: t?.status ?? "draft",
          maxLength: 10,
        },
        {
          name: "trainers",
          label: "Trainers (names, comma separated)",
          kind: "text",
          optional: true,
          initial: t?.trainerNames.join(", ") ?? "",
          maxLength: 300,
        },
        {
          name: "description",
          label: "Description",
          kind: "text",
          optional: true,
          initial: t?.description ?? "",
          maxLength: 1000,
        },
        {
          name: "location",
          label: "Location",
          kind: "text",
          optional: true,
          initial: t?.location ?? "",
          maxLength: 120,
        },
        {
          name: "image",
          label: "Cover image URL",
          kind: "text",
          optional: true,
          initial: t?.coverImageUrl ?? "",
          maxLength: 500,
        },
      ],
    };
  if (part === "r")
    return {
      data,
      title: `Rules: ${t?.name ?? "new type"}`.slice(0, 45),
      submitLabel: "Save",
      fields: [
        {
          name: "buffer",
          label: "Buffer: none, 5, 10, 15, 30, 45, 60 min",
          kind: "text",
          initial: String(t?.bufferMinutes ?? 0),
          maxLength: 4,
        },
        {
          name: "minlead",
          label: "Minimum lead time (hours)",
          kind: "number",
          initial: String(t?.minLeadHours ?? 0),
          maxLength: 3,
        },
        {
          name: "maxlead",
          label: "Maximum lead time (days, blank = none)",
          kind: "number",
          optional: true,
          initial: t?.maxLeadDays?.toString() ?? "",
          maxLength: 3,
        },
        {
          name: "perday",
          label: "Max sessions per day (blank = no limit)",
          kind: "number",
          optional: true,
          initial: t?.maxPerDay?.toString() ?? "",
          maxLength: 2,
        },
        {
          name: "access",
          label: "Access: public, members, private, default",
          kind: "text",
          optional: true,
          initial: t?.accessLevel ?? "default",
          maxLength: 10,
        },
      ],
    };
  return {
    data,
    title: t ? `Edit: ${t.name}`.slice(0, 45) : "New personal session type",
    submitLabel: "Save",
    fields: [
      { name: "name", label: "Name", kind: "text", initial: t?.name ?? "", maxLength: 80 },
      {
        name: "duration",
        label: "Duration: 15, 30, ... 120 minutes",
        kind: "number",
        initial: t ? String(t.durationMinutes) : "60",
        maxLength: 3,
      },
      {
        name: "capacity",
        label: "Capacity (1 = private)",
        kind: "number",
        initial: String(t?.capacity ?? 1),
        maxLength: 3,
      },
      {
        name: "price",
        label: "Price (member price if split)",
        kind: "text",
        initial: t ? cents(t.priceCents) : "0",
        maxLength: 10,
      },
      {
        name: "nonmember",
        label: "Non-member price (blank = flat)",
        kind: "text",
        optional: true,
        initial: cents(t?.nonMemberPriceCents ?? null),
        maxLength: 10,
      },
    ],
  };
}

/** The buttons under a saved session type: its three forms. */
export function sessionTypeFormButtons(sessionTypeId: string): ReplyButton[][] {
  return [
    [
      { label: "Basics…", data: encodeButton({ op: "po", form: "b", sessionTypeId }) },
      {
        label: "Details and trainers…",
        data: encodeButton({ op: "po", form: "d", sessionTypeId }),
      },
      { label: "Booking rules…", data: encodeButton({ op: "po", form: "r", sessionTypeId }) },
    ],
  ];
}
