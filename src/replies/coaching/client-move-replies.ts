import { weekDayLabel } from "../../domain/coaching/calendar-days.ts";
import type { Reply } from "../../ports/chat.ts";
import { privateReply as say } from "../format.ts";
import { t } from "../i18n/catalogue.ts";

/**
 * A client asked to move their own 1-2-1 session: the coach moves sessions (SPEC "Clients cannot
 * reschedule their sessions"), so the client is told whom to ask and what to ask for.
 */
export const askCoachToMoveReply = (coach: string | undefined, from: number, to: number): Reply =>
  say(
    t("coachingMove.askCoach", {
      coach: coach ?? "",
      named: coach ? "yes" : "no",
      from: weekDayLabel(from),
      to: weekDayLabel(to),
    }),
  );
