import type { OccurrenceInfo } from "../../domain/model.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { Reply, ReplyButton } from "../../ports/chat.ts";
import { sessionLine } from "../format.ts";
import { t, tLine } from "../i18n/catalogue.ts";

/** The longest reason a cancellation form accepts (members read it in their notice). */
export const FORM_REASON_MAX = 300;

/** Buttons under a roster that open the trainer forms for that session. */
export function sessionFormButtons(occ: OccurrenceInfo): ReplyButton[] {
  if (occ.status !== "scheduled") return [];
  return [
    { label: t("form.changeButton"), data: encodeButton({ op: "fo", form: "ov", occurrenceId: occ.id }) },
    {
      label: t("form.cancelButton"),
      data: encodeButton({ op: "fo", form: "co", occurrenceId: occ.id }),
      style: "danger",
    },
  ];
}

/** The override form, filled with the session's current values; only what is changed takes effect. */
export function overrideFormReply(occ: OccurrenceInfo, timezone: string): Reply {
  return {
    visibility: "private",
    lines: [tLine("form.changeOnly", { session: sessionLine(occ, timezone) })],
    form: {
      data: encodeButton({ op: "fs", form: "ov", occurrenceId: occ.id }),
      title: t("form.changeTitle"),
      submitLabel: t("form.save"),
      fields: [
        {
          name: "capacity",
          label: t("form.capacity"),
          kind: "number",
          optional: true,
          initial: String(occ.capacity),
          maxLength: 4,
        },
        {
          name: "when",
          label: t("form.when"),
          kind: "datetime",
          optional: true,
          maxLength: 60,
        },
        {
          name: "trainer",
          label: t("form.trainer"),
          kind: "text",
          optional: true,
          initial: occ.trainerName ?? "",
          maxLength: 80,
        },
        {
          name: "space",
          label: t("form.space"),
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
                label: t("form.reset"),
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
    lines: [tLine("form.cancelOnly", { session: sessionLine(occ, timezone) })],
    form: {
      data: encodeButton({ op: "fs", form: "co", occurrenceId: occ.id }),
      title: t("form.cancelTitle"),
      submitLabel: t("form.cancelSubmit"),
      fields: [
        {
          name: "reason",
          label: t("form.reason"),
          kind: "text",
          optional: true,
          maxLength: FORM_REASON_MAX,
        },
      ],
    },
  };
}

/** Refusals of a submitted trainer form's values: each names the field and what it allows. */
export const formRefusals = {
  answerTooLong: (max: number): string => t("form.answerTooLong", { max }),
  reasonTooLong: (): string => t("form.reasonTooLong", { max: FORM_REASON_MAX }),
  capacity: (): string => t("form.capacityRange"),
  unreadableWhen: (when: string): string => t("form.unreadableWhen", { when: when.slice(0, 60) }),
  oneDay: (): string => t("form.oneDay"),
  noTrainer: (typed: string): string => t("form.noTrainer", { typed: typed.slice(0, 60) }),
  yesOrNo: (): string => t("form.yesOrNo"),
};

/** A refused form value as a reply. */
export const formRefusalReply = (line: string): Reply => ({ visibility: "private", lines: [line] });
