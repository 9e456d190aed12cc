import type { Reply, ReplyButton } from "../../ports/chat.ts";
import { MAX_SCHEDULE_WEEKS } from "../../use-cases/studio/schedule-pattern.ts";
import { privateReply as say } from "../format.ts";
import { type MessageKey, t } from "../i18n/catalogue.ts";
import { catalogues } from "../locales/index.ts";

/** Wording of the guided studio questions (a form asked one field at a time) and the studio's buttons. */

/** The labels of a guided question's control buttons. */
export const guideControlLabel = (which: "cancel" | "keep" | "skip"): string => t(`guide.${which}`);

export const guideOutOfDateReply = (): Reply => say(t("guide.outOfDate"));

export const guideExpiredReply = (): Reply => say(t("guide.expired"));

export const guideStoppedReply = (title: string): Reply => say(t("guide.stopped", { title }));

export const guideNothingChangedReply = (title: string): Reply => say(t("guide.nothingChanged", { title }));

export const fieldNeededLine = (label: string): string => t("guide.fieldNeeded", { label });

/** One guided question: what came before (a refusal), the question, its hint, skip and cancel. */
export function guideQuestionReply(
  q: {
    title: string;
    step: number;
    count: number;
    label: string;
    hint: string | undefined;
    initial: string | undefined;
    optional: boolean | undefined;
  },
  before: string[],
  rows: ReplyButton[][],
): Reply {
  const skip = q.initial ? t("guide.now", { initial: q.initial }) : q.optional ? t("guide.optional") : null;
  return {
    visibility: "private",
    lines: [
      ...before,
      t("guide.question", { title: q.title, step: q.step + 1, count: q.count, label: q.label }),
      ...(q.hint ? [q.hint] : []),
      ...(skip ? [skip] : []),
      t("guide.cancelStops"),
    ],
    ...(rows.length > 0 ? { buttons: rows } : {}),
  };
}

/** An unknown training type named in a command: create it, or use one of the close names (the buttons). */
export const createTrainingTypeQuestion = (typed: string, buttons: ReplyButton[][]): Reply => ({
  visibility: "private",
  lines: [t("guide.createType", { typed })],
  buttons,
});

export const createTypeLabel = (typed: string): string => t("guide.createTypeButton", { typed }).slice(0, 60);

export const useTypeLabel = (name: string): string => t("guide.useType", { name }).slice(0, 60);

export const settingChoiceOutOfDateReply = (): Reply => say(t("guide.settingOutOfDate"));

export const trainingTypeCreatedReply = (name: string): Reply => say(t("guide.typeCreated", { name }));

export const templateNotFoundReply = (): Reply => say(t("guide.templateNotFound"));

/** What a field allows, said under its question (undefined for a field without a hint). */
export function guideHint(field: string): string | undefined {
  const key = `hint.${field}`;
  if (!Object.hasOwn(catalogues.en, key)) return undefined;
  return t(key as MessageKey, { max: MAX_SCHEDULE_WEEKS });
}

/** The choices of who may grant passes, as buttons of the guided question. */
export const grantChoices = (): Array<{ label: string; value: string }> => [
  { label: t("guide.grantStaff"), value: "staff" },
  { label: t("guide.grantAdmins"), value: "admins" },
];
