import { DateTime } from "luxon";
import type { SessionType } from "../../domain/personal/model.ts";
import type { Reply } from "../../ports/chat.ts";
import { privateReply as say } from "../format.ts";
import { type PersonalButtons, personalTypesReply } from "./replies.ts";

/** Short answers of a member's personal-session turn: which type, none bookable, not offered, too late. */

/** The types to choose from, asked as a question. */
export const whichPersonalKindReply = (types: SessionType[], b: PersonalButtons, today: string): Reply => ({
  ...personalTypesReply(types, false, b, today),
  lines: ["Which kind of personal session?"],
});

export const noPersonalSessionsBookableReply = (): Reply =>
  say("No personal sessions can be booked right now.");

export const typeOfferedByReply = (type: SessionType): Reply =>
  say(
    `${type.name} is offered by ${type.trainerNames.join(", ") || "nobody yet"}. Try "${type.name} with ${type.trainerNames[0] ?? "..."}".`,
  );

/** The time asked for lies inside the type's minimum notice: why, and the first time that may be booked. */
export const askedTimeTooSoonReply = (
  asked: string,
  typeName: string,
  minLeadHours: number,
  firstAt: string | null,
  other: Reply,
): Reply => ({
  ...other,
  lines: [
    `${asked} is too soon: ${typeName} is booked at least ${minLeadHours} hour${minLeadHours === 1 ? "" : "s"} ahead.`,
    firstAt ? `The first time you can book is ${firstAt}. Other times:` : "Other times:",
    ...other.lines,
  ],
});

/** "with bob": no trainer of that name; who offers personal sessions instead. */
export const unknownPersonalTrainerReply = (typed: string, trainerNames: string[]): Reply =>
  say(
    `There is no trainer called "${typed}" here.`,
    trainerNames.length
      ? `Personal sessions are given by ${trainerNames.join(", ")}.`
      : "Nobody gives personal sessions yet.",
  );

/** The time asked for ("10:00") is taken: the other free times, with that said first. */
export const askedTimeNotFreeReply = (asked: string, other: Reply): Reply => ({
  ...other,
  lines: [`${asked} is not free. Other times:`, ...other.lines],
});

export const tooLateToMoveReply = (minLeadHours: number): Reply =>
  say(
    `It is too late to move this session: it can be moved up to ${minLeadHours} hour${minLeadHours === 1 ? "" : "s"} before the start. Please tell your trainer.`,
  );

/** Nothing of the person's upcoming personal sessions matched the move request. */
export const noPersonalSessionToMoveReply = (upcoming: number, unknownTrainer: string | undefined): Reply =>
  say(
    upcoming === 0
      ? "You have no upcoming personal session to move."
      : unknownTrainer
        ? `There is no trainer called "${unknownTrainer}" here. Your upcoming personal sessions:`
        : "None of your upcoming personal sessions matches that. Here they are:",
    ...(upcoming ? [] : ["Book one with /personal."]),
  );

const dayText = (day: string): string => DateTime.fromISO(day).setLocale("en-GB").toFormat("ccc d LLL");

/** The days searched for free times: "on Fri 4 Dec", or "Fri 4 Dec to Thu 10 Dec". */
export const dayRangeText = (fromDay: string, toDay: string): string =>
  fromDay === toDay ? `on ${dayText(fromDay)}` : `${dayText(fromDay)} to ${dayText(toDay)}`;

/** The days searched, narrowed to the time asked for. */
export const atThatTimeText = (range: string): string => `${range} at that time`;

/** A time asked for that is not free: "Fri 4 Dec 10:00". */
export const dayTimeText = (day: string, hour: number, minute: number): string =>
  `${dayText(day)} ${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
