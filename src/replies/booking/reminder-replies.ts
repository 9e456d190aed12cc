import type { Reply } from "../../ports/chat.ts";
import { privateReply as say } from "../format.ts";
import { minutesText } from "../studio/format.ts";

/** What a member's reminder settings amount to, as the member reads them. */
export interface RemindersView {
  own: { off: boolean; minutesBefore: number | null };
  studioMinutes: number | null;
  effectiveMinutes: number | null;
  changed: boolean;
}

const HOW = "Change them: /reminders off, /reminders 2h (any time from 5 min to 7 days), /reminders default.";

function stateLine(v: RemindersView): string {
  if (v.own.off) return "Your reminders are off: I send you none.";
  if (v.effectiveMinutes === null)
    return "The studio sends no reminders by default, so you get none. Ask for your own: /reminders 1h.";
  const lead = `${minutesText(v.effectiveMinutes)} before each session you booked`;
  return v.own.minutesBefore !== null
    ? `I remind you ${lead} (your own setting; the studio's is ${v.studioMinutes === null ? "off" : minutesText(v.studioMinutes)}).`
    : `I remind you ${lead} (the studio's setting).`;
}

/** A member's reminders, shown or just changed. */
export function myRemindersReply(v: RemindersView, asked: "show" | "off" | "on" | "default" | "lead"): Reply {
  const head = asked === "show" ? null : v.changed ? "Saved." : "That is how it was already.";
  return say(...[head, stateLine(v), HOW].filter((l): l is string => l !== null));
}

/** A lead time that could not be read, named back. */
export const reminderLeadUnreadReply = (typed: string): Reply =>
  say(
    `I could not read "${typed}" as a time before the session. Try /reminders 30m, /reminders 2h or /reminders 1d.`,
  );
