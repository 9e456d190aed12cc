import { weekDayLabel } from "../../domain/coaching/calendar-days.ts";
import type { ClientInfo, EntryInfo, ProgramInfo } from "../../domain/coaching/model.ts";
import { LIMITS } from "../../domain/coaching/program-input.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { Reply } from "../../ports/chat.ts";

/** The coaching forms (a modal where the platform has one): programs, and writing, editing, moving a session. */

const wd = (day: number): string => weekDayLabel(day).replace("Week ", "W").replace(" Day ", "D");

/** The new-program form, or a program's edit form with its current values. */
export function programForm(p: ProgramInfo | null): Reply {
  const price = p ? (p.priceCents / 100).toFixed(p.priceCents % 100 === 0 ? 0 : 2) : undefined;
  const init = (v: string | null | undefined) => (v ? { initial: v } : {});
  return {
    visibility: "private",
    lines: [p ? `Edit ${p.name}` : "New 1-2-1 program"],
    form: {
      data: p ? encodeButton({ op: "ks", form: "pe", id: p.id }) : encodeButton({ op: "ks", form: "pn" }),
      title: p ? "Edit 1-2-1 program" : "New 1-2-1 program",
      submitLabel: p ? "Save" : "Create",
      fields: [
        { name: "name", label: "Name", kind: "text", maxLength: LIMITS.name, ...init(p?.name) },
        { name: "price", label: "Price (e.g. 200)", kind: "text", maxLength: 10, ...init(price) },
        {
          name: "currency",
          label: "Currency (EUR, GBP, ...)",
          kind: "text",
          optional: true,
          maxLength: 3,
          initial: p?.currency ?? "EUR",
        },
        {
          name: "description",
          label: "Description",
          kind: "text",
          optional: true,
          maxLength: LIMITS.description,
          multiline: true,
          ...init(p?.description),
        },
        {
          name: "welcome",
          label: "Welcome message",
          kind: "text",
          optional: true,
          maxLength: LIMITS.welcome,
          multiline: true,
          ...init(p?.welcomeMessage),
        },
        {
          name: "waiver",
          label: "Waiver (optional)",
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
    lines: [`Write a session for ${client.name}`],
    form: {
      data: encodeButton({ op: "ks", form: "ws", id: client.id, ...(day ? { day } : {}) }),
      title: `Session for ${client.name}`.slice(0, 45),
      submitLabel: "Save",
      fields: [
        {
          name: "day",
          label: "Day (W1D3 or day number)",
          kind: "text",
          maxLength: 12,
          ...(day ? { initial: wd(day) } : {}),
        },
        { name: "title", label: "Title", kind: "text", maxLength: LIMITS.title },
        {
          name: "training",
          label: "Training",
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
    lines: [`Move ${entry.title} (${client.name}, ${wd(entry.day)})`],
    form: {
      data: encodeButton({ op: "ks", form: "em", id: entry.id }),
      title: "Move session",
      submitLabel: "Move",
      fields: [
        {
          name: "to",
          label: "To day (W1D5 or day number)",
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
    lines: [`Edit ${entry.title} (${client.name}, ${wd(entry.day)})`],
    form: {
      data: encodeButton({ op: "ks", form: "ee", id: entry.id }),
      title: "Edit session",
      submitLabel: "Save",
      fields: [
        { name: "title", label: "Title", kind: "text", maxLength: LIMITS.title, initial: entry.title },
        {
          name: "training",
          label: "Training",
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
