import type { Reply, ReplyButton } from "../../ports/chat.ts";
import { privateReply as say } from "../format.ts";

/** Wording of the guided studio questions (a form asked one field at a time) and the studio's buttons. */

/** The labels of a guided question's control buttons. */
export const GUIDE_CONTROL_LABELS = { cancel: "Cancel", keep: "Keep", skip: "Skip" } as const;

export const guideOutOfDateReply = (): Reply => say("Those questions are out of date. Please start again.");

export const guideExpiredReply = (): Reply =>
  say("Those questions have expired or were answered already. Please start again.");

export const guideStoppedReply = (title: string): Reply => say(`Stopped: ${title} was not saved.`);

export const guideNothingChangedReply = (title: string): Reply => say(`Nothing changed in ${title}.`);

export const fieldNeededLine = (label: string): string => `${label} is needed: it cannot be skipped.`;

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
  const skip = q.initial
    ? `Now: ${q.initial}. "skip" keeps it.`
    : q.optional
      ? `Optional: "skip" leaves it out.`
      : null;
  return {
    visibility: "private",
    lines: [
      ...before,
      `${q.title}, question ${q.step + 1} of ${q.count}: ${q.label}`,
      ...(q.hint ? [q.hint] : []),
      ...(skip ? [skip] : []),
      `"cancel" stops without saving.`,
    ],
    ...(rows.length > 0 ? { buttons: rows } : {}),
  };
}

/** An unknown training type named in a command: create it, or use one of the close names (the buttons). */
export const createTrainingTypeQuestion = (typed: string, buttons: ReplyButton[][]): Reply => ({
  visibility: "private",
  lines: [`There is no training type called ${typed}. Create a new training type '${typed}'?`],
  buttons,
});

export const createTypeLabel = (typed: string): string => `Create '${typed}'`.slice(0, 60);

export const useTypeLabel = (name: string): string => `Use ${name}`.slice(0, 60);

export const settingChoiceOutOfDateReply = (): Reply =>
  say("That choice is out of date. Type /settings to see the settings.");

export const trainingTypeCreatedReply = (name: string): Reply => say(`Training type created: ${name}.`);

export const templateNotFoundReply = (): Reply =>
  say("That template was not found (it may have been archived). /catalog lists them.");
