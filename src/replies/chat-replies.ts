import type { Role } from "../domain/model.ts";
import type { Reply } from "../ports/chat.ts";
import { t } from "./i18n/catalogue.ts";

/**
 * The chat pipeline's own wording: unreadable input, refusals by role, a busy or interrupted store.
 * Functions, not constants: each is written when it is sent, in that reader's language.
 */
const say = (...lines: string[]): Reply => ({ visibility: "private", lines });

/** The database was unreachable and nothing of this request was committed: asking again is safe. */
export const busyReply = (): Reply => say(t("chat.busy"));

/**
 * A slash command, button or form that could not even be recorded, after tries within the platform's
 * 3 s: nothing of it was done, and the platform will not send it again by itself.
 */
export const notRecordedReply = (): Reply => say(t("chat.notRecorded"));

/** The connection broke while a change was being committed: it may or may not have been made. */
export const unsureReply = (): Reply => say(t("chat.unsure"), t("chat.unsureCheck"));

/** An event whose shape or sizes are out of bounds. */
export const unreadableEventReply = (): Reply => say(t("chat.unreadableEvent"));

/** An intent that failed its schema check. */
export const unreadableIntentReply = (): Reply => say(t("chat.unreadableIntent"));

/** A button from an older answer (its data has expired). */
export const staleButtonReply = (): Reply => say(t("chat.staleButton"));

/** Button data that does not decode (forged or damaged). */
export const forgedButtonReply = (): Reply => say(t("chat.forgedButton"));

/** A form answer over the size a form field may hold. */
export const answerTooLongReply = (max: number): Reply => say(t("form.answerTooLong", { max }));

/** A command the reader's role does not allow. */
export const roleRefusalReply = (need: Role): Reply =>
  say(need === "admin" ? t("chat.onlyAdmins") : t("chat.onlyStaff"));

/** "Keep it" and other buttons that only dismiss. */
export const dismissedReply = (): Reply => say(t("chat.dismissed"));

/** A group chat no studio has connected. */
export const notConnectedReply = (): Reply => say(t("chat.notConnected"));

/** A direct message from someone who belongs to no studio. */
export const notAMemberReply = (): Reply => say(t("chat.notAMember"), t("chat.notAMemberHow"));

/** A direct message from someone in several studios: which one (a button each, at most 8). */
export const whichStudioReply = (studios: Array<{ name: string; data: string }>): Reply => ({
  ...say(t("chat.whichStudio")),
  buttons: studios.slice(0, 8).map((s) => [{ label: s.name.slice(0, 60), data: s.data }]),
});

/** A choice button whose question has expired. */
export const choiceExpiredReply = (): Reply => say(t("chat.choiceExpired"));

/** A question's button whose waiting command has expired. */
export const questionExpiredReply = (): Reply => say(t("chat.questionExpired"));

/** A button of a question asked to someone else. */
export const notYourQuestionReply = (): Reply => say(t("chat.notYourQuestion"));

/** A question with a button for each choice; `hidden` choices did not fit and are counted. */
export const choiceQuestionReply = (
  question: string,
  lines: Reply["lines"],
  buttons: NonNullable<Reply["buttons"]>,
  hidden: number,
): Reply => ({
  visibility: "private",
  lines: [question, ...lines, ...(hidden > 0 ? [t("chat.andMore", { n: hidden })] : [])],
  buttons,
});

/** A question without choices to offer. */
export const questionReply = (question: string): Reply => say(question);
