import type { Reply } from "../../ports/chat.ts";
import { formatMinuteOfDay } from "../../replies/format.ts";
import { t, tLine } from "../../replies/i18n/catalogue.ts";
import { calendarDateText, weekdayNames } from "../../replies/studio/format.ts";
import { compact, noticeSessionLine, type SessionView, whoWhereLine } from "./session.ts";

/** "07:30" ("7:30 AM" in en-US) for a schedule's "HH:MM" start, in the reader's locale. */
function startTimeText(hhmm: string): string {
  const [h, m] = hhmm.split(":").map(Number);
  return Number.isInteger(h) && Number.isInteger(m) ? formatMinuteOfDay((h ?? 0) * 60 + (m ?? 0)) : hhmm;
}

/** A booked session no longer fits its edited or ended schedule: it stays, the member is told. */
export function renderScheduleChanged(
  s: SessionView,
  p: { change: "edited" | "ended"; weekdays: number[]; startTime: string; endDate: string },
): Reply {
  const end = calendarDateText(p.endDate);
  const what =
    p.change === "ended"
      ? t("scheduleNotice.ends", { end })
      : t("scheduleNotice.runs", { days: weekdayNames(p.weekdays), time: startTimeText(p.startTime), end });
  return {
    visibility: "private",
    title: t("scheduleNotice.title"),
    lines: compact([
      what,
      tLine("scheduleNotice.stays", { session: noticeSessionLine(s) }),
      whoWhereLine(s),
      t("scheduleNotice.cancelHint"),
    ]),
  };
}
