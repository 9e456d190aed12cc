import { encodeButton } from "../../intents/button-codec.ts";
import type { Reply } from "../../ports/chat.ts";
import { t } from "../../replies/i18n/catalogue.ts";
import { coursePassName, DEFAULT_COURSE_PASS } from "../../use-cases/booking/pass-for-schedule.ts";

/** Button data that starts pass creation pre-filled with the schedule (the chat core's "ps" op). */
export const newPassButtonData = (scheduleId: string): string => encodeButton({ op: "ps", scheduleId });

/** A closed schedule nobody can join because no pass is linked to it. */
export function renderNoPassLinked(schedule: { id: string; name: string }, daily: boolean): Reply {
  return {
    visibility: "private",
    title: t("staff.noPassTitle"),
    lines: [
      t("staff.noPassNotice", { name: schedule.name }),
      t("staff.noPassFix", { daily: daily ? "yes" : "no" }),
    ],
    buttons: [
      [
        {
          label: t("staff.createPass", { name: schedule.name }).slice(0, 60),
          data: newPassButtonData(schedule.id),
          style: "primary",
        },
      ],
    ],
  };
}

/** A trainer's request for a pass for a closed course: an admin approves or declines with one tap. */
export function renderAdminRequest(
  r: { requestId: string; scheduleName: string },
  requesterName: string | undefined,
): Reply {
  return {
    visibility: "private",
    title: t("staff.passRequestTitle"),
    lines: [
      t("staff.passRequest", { requester: requesterName ?? t("staff.aTrainer"), name: r.scheduleName }),
      t("staff.passRequestApproving", {
        // The pass type's name as the approval creates it (coursePassName, pass-for-schedule.ts).
        pass: coursePassName(r.scheduleName),
        sessions: DEFAULT_COURSE_PASS.sessions,
        days: DEFAULT_COURSE_PASS.validityDays,
      }),
    ],
    buttons: [
      [
        {
          label: t("staff.approve"),
          data: encodeButton({ op: "rq", requestId: r.requestId, decision: "y" }),
          style: "primary",
        },
        {
          label: t("staff.decline"),
          data: encodeButton({ op: "rq", requestId: r.requestId, decision: "n" }),
        },
      ],
    ],
  };
}
