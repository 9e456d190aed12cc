import type { Role } from "../domain/model.ts";
import type { Reply } from "../ports/chat.ts";

/** The chat pipeline's own wording: unreadable input, refusals by role, a busy or interrupted store. */
const say = (...lines: string[]): Reply => ({ visibility: "private", lines });

/** The database was unreachable and nothing of this request was committed: asking again is safe. */
export const BUSY: Reply = say("The studio's system is busy, please try again in a moment.");

/**
 * A slash command, button or form that could not even be recorded, after tries within the platform's
 * 3 s: nothing of it was done, and the platform will not send it again by itself.
 */
export const NOT_RECORDED: Reply = say(
  "Nothing was done: the studio's system could not take that just now. Please send it again in a minute.",
);

/** The connection broke while a change was being committed: it may or may not have been made. */
export const UNSURE: Reply = say(
  "The studio's system was interrupted while saving that, so I cannot tell whether it went through.",
  "Please check with 'my bookings' before trying again.",
);

/** An event whose shape or sizes are out of bounds. */
export const UNREADABLE_EVENT: Reply = say("I could not read that message. Please try again.");

/** An intent that failed its schema check. */
export const UNREADABLE_INTENT: Reply = say("I could not read that. Type help for examples.");

/** A button from an older answer (its data has expired). */
export const STALE_BUTTON: Reply = say("That button is out of date. Please ask again (type help if unsure).");

/** Button data that does not decode (forged or damaged). */
export const FORGED_BUTTON: Reply = say("I could not read that button. Please ask again.");

/** A form answer over the size a form field may hold. */
export const answerTooLongReply = (max: number): Reply =>
  say(`Each answer can be at most ${max} characters.`);

/** A command the reader's role does not allow. */
export const roleRefusalReply = (need: Role): Reply =>
  say(
    need === "admin"
      ? "Only studio admins can do that."
      : "Only trainers and admins can do that. Type help to see what you can do.",
  );

/** "Keep it" and other buttons that only dismiss. */
export const DISMISSED: Reply = say("OK, nothing changed.");

/** A group chat no studio has connected. */
export const NOT_CONNECTED: Reply = say(
  "This chat is not connected to a studio yet. A studio admin can send /connect to get a code, then /connect CODE here.",
);

/** A direct message from someone who belongs to no studio. */
export const NOT_A_MEMBER: Reply = say(
  "Hi! You are not a member of a studio here yet.",
  "Say hello in your studio's workspace, server or group, or link this app to your account there: send /link in that app and /link CODE here.",
);

/** A direct message from someone in several studios: which one (a button each, at most 8). */
export const whichStudioReply = (studios: Array<{ name: string; data: string }>): Reply => ({
  ...say("You belong to several studios. Which one do you mean? (Change later with /org.)"),
  buttons: studios.slice(0, 8).map((s) => [{ label: s.name.slice(0, 60), data: s.data }]),
});

/** A choice button whose question has expired. */
export const CHOICE_EXPIRED: Reply = say("That choice has expired. Please ask again.");

/** A question's button whose waiting command has expired. */
export const QUESTION_EXPIRED: Reply = say("That question has expired. Please send the command again.");

/** A button of a question asked to someone else. */
export const NOT_YOUR_QUESTION: Reply = say("That button belongs to someone else's question.");

/** A question with a button for each choice; `hidden` choices did not fit and are counted. */
export const choiceQuestionReply = (
  question: string,
  lines: Reply["lines"],
  buttons: NonNullable<Reply["buttons"]>,
  hidden: number,
): Reply => ({
  visibility: "private",
  lines: [
    question,
    ...lines,
    ...(hidden > 0 ? [`…and ${hidden} more: be more specific to narrow it down.`] : []),
  ],
  buttons,
});

/** A question without choices to offer. */
export const questionReply = (question: string): Reply => say(question);
