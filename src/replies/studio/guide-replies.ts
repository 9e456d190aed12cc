import type { Reply, ReplyButton } from "../../ports/chat.ts";
import { MAX_SCHEDULE_WEEKS } from "../../use-cases/studio/schedule-pattern.ts";
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

/** What a field allows, said under its question. */
export const GUIDE_HINTS: Record<string, string> = {
  name: "1 to 80 characters.",
  timezone: "An IANA name like Europe/Lisbon or America/New_York: tap one or type it.",
  language: "One of en-GB, en-US, de-DE, fr-FR, es-ES, pt-PT, it-IT, nl-NL.",
  reminders: "Minutes before a session, 5 to 10080 (2h, 1d are read), or off.",
  grants: "staff (trainers and admins) or admins (admins only).",
  template: "The template it repeats: tap one or type its name.",
  type: "An existing training type (tap one) or a new name (I will ask before creating it).",
  duration: "Minutes, 5 to 1440 (60, 1h30).",
  capacity: "A whole number from 1 to 1000; 1 makes it an individual training.",
  description: "Up to 2000 characters.",
  trainer: "A trainer's name, or none.",
  space: "A space's name, or none.",
  booking: "How long before the start booking closes: 0 to 30 days (30m, 2h, 1d).",
  cancel: "Until how long before the start members may cancel: 0 to 30 days (2h, 1d).",
  kind: "open, closed (pass-only course) or individual.",
  weekdays: "One or more of mon, tue, wed, thu, fri, sat, sun (mon, wed; weekdays; daily).",
  time: "A 24-hour time, e.g. 07:00 or 18:30.",
  from: `A date as YYYY-MM-DD.`,
  until: `A last day as YYYY-MM-DD, or a number of weeks from 1 to ${MAX_SCHEDULE_WEEKS}.`,
  sessions: "A whole number from 1 to 1000.",
  validity: "Days, a whole number from 1 to 3660.",
  price: "An amount and currency, e.g. 90 EUR, €12.50, or free.",
  types: "Training types it covers, separated by commas (tap one for a single type).",
};

/** The choices of who may grant passes, as buttons of the guided question. */
export const GRANT_CHOICES: ReadonlyArray<{ label: string; value: string }> = [
  { label: "Trainers and admins", value: "staff" },
  { label: "Admins only", value: "admins" },
];
