import type { SessionType } from "../../domain/personal/model.ts";
import type { Reply } from "../../ports/chat.ts";
import { formatCalendarDay, formatCalendarDayTime, privateReply as say } from "../format.ts";
import { t } from "../i18n/catalogue.ts";
import { type PersonalButtons, personalTypesReply } from "./replies.ts";

/** Short answers of a member's personal-session turn: which type, none bookable, not offered, too late. */

const yes = (b: unknown): "yes" | "no" => (b ? "yes" : "no");

/** The types to choose from, asked as a question. */
export const whichPersonalKindReply = (types: SessionType[], b: PersonalButtons, today: string): Reply => ({
  ...personalTypesReply(types, false, b, today),
  lines: [t("personal.whichKind")],
});

export const noPersonalSessionsBookableReply = (): Reply => say(t("personal.noneBookable"));

export const typeOfferedByReply = (type: SessionType): Reply =>
  say(
    t("personal.offeredBy", {
      type: type.name,
      hasTrainers: yes(type.trainerNames.length),
      trainers: type.trainerNames.join(", "),
      first: type.trainerNames[0] ?? "",
    }),
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
    t("personal.tooSoon", { asked, type: typeName, hours: minLeadHours }),
    t("personal.firstTime", { hasFirst: yes(firstAt), first: firstAt ?? "" }),
    ...other.lines,
  ],
});

/** "with bob": no trainer of that name; who offers personal sessions instead. */
export const unknownPersonalTrainerReply = (typed: string, trainerNames: string[]): Reply =>
  say(
    t("personal.noSuchTrainer", { typed }),
    t("personal.givenBy", { hasTrainers: yes(trainerNames.length), trainers: trainerNames.join(", ") }),
  );

/** The time asked for ("10:00") is taken: the other free times, with that said first. */
export const askedTimeNotFreeReply = (asked: string, other: Reply): Reply => ({
  ...other,
  lines: [t("personal.notFreeOthers", { asked }), ...other.lines],
});

export const tooLateToMoveReply = (minLeadHours: number): Reply =>
  say(t("personal.tooLateToMove", { hours: minLeadHours }));

/** Nothing of the person's upcoming personal sessions matched the move request. */
export const noPersonalSessionToMoveReply = (upcoming: number, unknownTrainer: string | undefined): Reply =>
  say(
    upcoming === 0
      ? t("personal.noneToMove")
      : unknownTrainer
        ? t("personal.noSuchTrainerUpcoming", { typed: unknownTrainer })
        : t("personal.noneMatches"),
    ...(upcoming ? [] : [t("personal.bookOne")]),
  );

/** The days searched for free times: "on Fri 4 Dec", or "Fri 4 Dec to Thu 10 Dec". */
export const dayRangeText = (fromDay: string, toDay: string): string =>
  fromDay === toDay
    ? t("personal.rangeOn", { day: formatCalendarDay(fromDay) })
    : t("personal.rangeFromTo", { from: formatCalendarDay(fromDay), to: formatCalendarDay(toDay) });

/** The days searched, narrowed to the time asked for. */
export const atThatTimeText = (range: string): string => t("personal.rangeAtTime", { range });

/** A time asked for that is not free: "Fri 4 Dec 10:00". */
export const dayTimeText = (day: string, hour: number, minute: number): string =>
  formatCalendarDayTime(day, hour, minute);
