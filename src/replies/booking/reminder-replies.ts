import type { Reply } from "../../ports/chat.ts";
import { formatDuration, privateReply as say } from "../format.ts";
import { t } from "../i18n/catalogue.ts";

/** What a member's reminder settings amount to, as the member reads them. */
export interface RemindersView {
  own: { off: boolean; minutesBefore: number | null };
  studioMinutes: number | null;
  effectiveMinutes: number | null;
  changed: boolean;
}

function stateLine(v: RemindersView): string {
  if (v.own.off) return t("reminders.off");
  if (v.effectiveMinutes === null) return t("reminders.studioNone");
  const lead = formatDuration(v.effectiveMinutes);
  return v.own.minutesBefore !== null
    ? t("reminders.own", {
        lead,
        studioOff: v.studioMinutes === null ? "yes" : "no",
        studio: v.studioMinutes === null ? "" : formatDuration(v.studioMinutes),
      })
    : t("reminders.studios", { lead });
}

/** A member's reminders, shown or just changed. */
export function myRemindersReply(v: RemindersView, asked: "show" | "off" | "on" | "default" | "lead"): Reply {
  const head = asked === "show" ? null : v.changed ? t("reminders.saved") : t("reminders.unchanged");
  return say(...[head, stateLine(v), t("reminders.how")].filter((l): l is string => l !== null));
}

/** A lead time that could not be read, named back. */
export const reminderLeadUnreadReply = (typed: string): Reply => say(t("reminders.unread", { typed }));
