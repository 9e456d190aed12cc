import type { Reply } from "../../ports/chat.ts";
import { calendarDateText, weekdaysText } from "../../replies/studio/format.ts";
import { compact, noticeSessionLine, type SessionView, whoWhereLine } from "./session.ts";

/** A booked session no longer fits its edited or ended schedule: it stays, the member is told. */
export function renderScheduleChanged(
  s: SessionView,
  p: { change: "edited" | "ended"; weekdays: number[]; startTime: string; endDate: string },
): Reply {
  const what =
    p.change === "ended"
      ? `The schedule ends on ${calendarDateText(p.endDate)}.`
      : `The schedule now runs ${weekdaysText(p.weekdays)} at ${p.startTime} until ${calendarDateText(p.endDate)}.`;
  return {
    visibility: "private",
    title: "Schedule changed: your booking stands",
    lines: compact([
      what,
      noticeSessionLine(s, " stays as you booked it."),
      whoWhereLine(s),
      "Can't come now? Cancel it in My bookings before the cancellation deadline.",
    ]),
  };
}
