import { encodeButton } from "../../intents/button-codec.ts";
import type { Reply } from "../../ports/chat.ts";

/** Button data that starts pass creation pre-filled with the schedule (the chat core's "ps" op). */
export const newPassButtonData = (scheduleId: string): string => encodeButton({ op: "ps", scheduleId });

/** A closed schedule nobody can join because no pass is linked to it. */
export function renderNoPassLinked(schedule: { id: string; name: string }, daily: boolean): Reply {
  return {
    visibility: "private",
    title: "No pass linked",
    lines: [
      `The closed schedule ${schedule.name} has no pass linked, so no member can be enrolled.`,
      daily ? "Daily reminder: create a pass for it to fix this." : "Create a pass for it to fix this.",
    ],
    buttons: [
      [
        {
          label: `Create pass for ${schedule.name}`.slice(0, 60),
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
  requesterName: string,
): Reply {
  return {
    visibility: "private",
    title: "Request: a pass for a closed course",
    lines: [
      `${requesterName} asks for a pass for the closed schedule ${r.scheduleName}, so members can be enrolled.`,
      `Approving creates "${r.scheduleName} pass" (10 sessions, valid 90 days), linked to it; edit it later with /catalog.`,
    ],
    buttons: [
      [
        {
          label: "Approve",
          data: encodeButton({ op: "rq", requestId: r.requestId, decision: "y" }),
          style: "primary",
        },
        { label: "Decline", data: encodeButton({ op: "rq", requestId: r.requestId, decision: "n" }) },
      ],
    ],
  };
}
