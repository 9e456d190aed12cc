import { weekDayOf } from "../../domain/coaching/calendar-days.ts";
import type { ClientInfo, EntryInfo, ProgramInfo } from "../../domain/coaching/model.ts";
import { LIMITS } from "../../domain/coaching/program-input.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { Reply } from "../../ports/chat.ts";
import { t } from "../i18n/catalogue.ts";

/** The coaching forms (a modal where the platform has one): programs, and writing, editing, moving a session. */

/** "W1D3": the short day form the forms read back (the same in every language). */
const wd = (day: number): string => {
  const w = weekDayOf(day);
  return `W${w.week}D${w.day}`;
};

/**
 * The new-program form, or a program's edit form with its current values. The price's initial value
 * is a plain number ("200", "149.50"), never the display format (formatMoney): it is read back as a
 * number, with the currency in its own field.
 */
export function programForm(p: ProgramInfo | null): Reply {
  const price = p ? (p.priceCents / 100).toFixed(p.priceCents % 100 === 0 ? 0 : 2) : undefined;
  const init = (v: string | null | undefined) => (v ? { initial: v } : {});
  return {
    visibility: "private",
    lines: [p ? t("coaching.formEditLine", { name: p.name }) : t("coaching.formNewProgram")],
    form: {
      data: p ? encodeButton({ op: "ks", form: "pe", id: p.id }) : encodeButton({ op: "ks", form: "pn" }),
      title: t(p ? "coaching.formEditProgram" : "coaching.formNewProgram"),
      submitLabel: t(p ? "coaching.formSave" : "coaching.formCreate"),
      fields: [
        {
          name: "name",
          label: t("coaching.formName"),
          kind: "text",
          maxLength: LIMITS.name,
          ...init(p?.name),
        },
        { name: "price", label: t("coaching.formPrice"), kind: "text", maxLength: 10, ...init(price) },
        {
          name: "currency",
          label: t("coaching.formCurrency"),
          kind: "text",
          optional: true,
          maxLength: 3,
          initial: p?.currency ?? "EUR",
        },
        {
          name: "description",
          label: t("coaching.formDescription"),
          kind: "text",
          optional: true,
          maxLength: LIMITS.description,
          multiline: true,
          ...init(p?.description),
        },
        {
          name: "welcome",
          label: t("coaching.formWelcome"),
          kind: "text",
          optional: true,
          maxLength: LIMITS.welcome,
          multiline: true,
          ...init(p?.welcomeMessage),
        },
        {
          name: "waiver",
          label: t("coaching.formWaiver"),
          kind: "text",
          optional: true,
          maxLength: LIMITS.waiver,
          multiline: true,
          ...init(p?.waiver),
        },
      ],
    },
  };
}

export function writeForm(client: ClientInfo, day?: number): Reply {
  return {
    visibility: "private",
    lines: [t("coaching.formWriteLine", { client: client.name })],
    form: {
      data: encodeButton({ op: "ks", form: "ws", id: client.id, ...(day ? { day } : {}) }),
      title: t("coaching.formWriteTitle", { client: client.name }).slice(0, 45),
      submitLabel: t("coaching.formSave"),
      fields: [
        {
          name: "day",
          label: t("coaching.formDay"),
          kind: "text",
          maxLength: 12,
          ...(day ? { initial: wd(day) } : {}),
        },
        { name: "title", label: t("coaching.formTitle"), kind: "text", maxLength: LIMITS.title },
        {
          name: "training",
          label: t("coaching.formTraining"),
          kind: "text",
          optional: true,
          maxLength: LIMITS.body,
          multiline: true,
        },
      ],
    },
  };
}

/** The form that moves one session of a client to another day. */
export function entryMoveForm(entry: EntryInfo, client: { name: string }): Reply {
  return {
    visibility: "private",
    lines: [t("coaching.formMoveLine", { title: entry.title, client: client.name, day: wd(entry.day) })],
    form: {
      data: encodeButton({ op: "ks", form: "em", id: entry.id }),
      title: t("coaching.formMoveTitle"),
      submitLabel: t("coaching.formMove"),
      fields: [
        {
          name: "to",
          label: t("coaching.formToDay"),
          kind: "text",
          maxLength: 12,
          initial: wd(entry.day),
        },
      ],
    },
  };
}

/** The form that edits one session's title and training. */
export function entryEditForm(entry: EntryInfo, client: { name: string }): Reply {
  return {
    visibility: "private",
    lines: [t("coaching.formEditEntryLine", { title: entry.title, client: client.name, day: wd(entry.day) })],
    form: {
      data: encodeButton({ op: "ks", form: "ee", id: entry.id }),
      title: t("coaching.formEditSession"),
      submitLabel: t("coaching.formSave"),
      fields: [
        {
          name: "title",
          label: t("coaching.formTitle"),
          kind: "text",
          maxLength: LIMITS.title,
          initial: entry.title,
        },
        {
          name: "training",
          label: t("coaching.formTraining"),
          kind: "text",
          optional: true,
          maxLength: LIMITS.body,
          multiline: true,
          initial: entry.body,
        },
      ],
    },
  };
}
