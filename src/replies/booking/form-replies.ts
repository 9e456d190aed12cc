import type { OccurrenceInfo } from "../../domain/model.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { Reply, ReplyButton } from "../../ports/chat.ts";
import { sessionLine } from "../format.ts";

/** The longest reason a cancellation form accepts (members read it in their notice). */
export const FORM_REASON_MAX = 300;

/** Buttons under a roster that open the trainer forms for that session. */
export function sessionFormButtons(occ: OccurrenceInfo): ReplyButton[] {
  if (occ.status !== "scheduled") return [];
  return [
    { label: "Change this session…", data: encodeButton({ op: "fo", form: "ov", occurrenceId: occ.id }) },
    {
      label: "Cancel this session…",
      data: encodeButton({ op: "fo", form: "co", occurrenceId: occ.id }),
      style: "danger",
    },
  ];
}

/** The override form, filled with the session's current values; only what is changed takes effect. */
export function overrideFormReply(occ: OccurrenceInfo, timezone: string): Reply {
  return {
    visibility: "private",
    lines: [["Change only this session: ", ...lineParts(sessionLine(occ, timezone))]],
    form: {
      data: encodeButton({ op: "fs", form: "ov", occurrenceId: occ.id }),
      title: "Change this session",
      submitLabel: "Save",
      fields: [
        {
          name: "capacity",
          label: "Capacity (spots)",
          kind: "number",
          optional: true,
          initial: String(occ.capacity),
          maxLength: 4,
        },
        {
          name: "when",
          label: "New day and time, e.g. fri 18:30",
          kind: "datetime",
          optional: true,
          maxLength: 60,
        },
        {
          name: "trainer",
          label: "Trainer",
          kind: "text",
          optional: true,
          initial: occ.trainerName ?? "",
          maxLength: 80,
        },
        {
          name: "space",
          label: "Space",
          kind: "text",
          optional: true,
          initial: occ.spaceName ?? "",
          maxLength: 80,
        },
        // A closed course's members are enrolled through its pass: a reset is not offered there.
        ...(occ.closed
          ? []
          : [
              {
                name: "reset",
                label: "Cancel existing bookings? yes/no",
                kind: "text" as const,
                optional: true,
                initial: "no",
                maxLength: 3,
              },
            ]),
      ],
    },
  };
}

/** The cancel form: an optional reason that booked members will read. */
export function cancelFormReply(occ: OccurrenceInfo, timezone: string): Reply {
  return {
    visibility: "private",
    lines: [["Cancel only this session: ", ...lineParts(sessionLine(occ, timezone))]],
    form: {
      data: encodeButton({ op: "fs", form: "co", occurrenceId: occ.id }),
      title: "Cancel this session",
      submitLabel: "Cancel session",
      fields: [
        {
          name: "reason",
          label: "Reason (members will see it)",
          kind: "text",
          optional: true,
          maxLength: FORM_REASON_MAX,
        },
      ],
    },
  };
}

const lineParts = (l: ReturnType<typeof sessionLine>) => (typeof l === "string" ? [l] : l);

/** Refusals of a submitted trainer form's values: each names the field and what it allows. */
export const formRefusals = {
  answerTooLong: (max: number): string => `Each answer can be at most ${max} characters.`,
  reasonTooLong: (): string => `The reason can be at most ${FORM_REASON_MAX} characters.`,
  capacity: (): string => "Capacity must be a whole number from 1 to 1000.",
  unreadableWhen: (when: string): string =>
    `I could not read "${when.slice(0, 60)}" as a day and time, e.g. "fri 18:30".`,
  oneDay: (): string => 'Give one day for the new time, e.g. "fri 18:30".',
  noTrainer: (typed: string): string => `No trainer is called "${typed.slice(0, 60)}".`,
  yesOrNo: (): string => 'Answer "yes" or "no" to "Cancel existing bookings?".',
};

/** A refused form value as a reply. */
export const formRefusalReply = (line: string): Reply => ({ visibility: "private", lines: [line] });
