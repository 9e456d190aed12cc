import { DateTime } from "luxon";
import type { IntentOf } from "../../intents/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import { WHICH } from "../../replies/booking/lookup-replies.ts";
import { noPassLinkedReply } from "../../replies/booking/staff-replies.ts";
import {
  channelLinkedReply,
  coursePassCreatedReply,
  linkChannelInGroupReply,
  nameWhatToLinkReply,
  noTemplateByThatNameReply,
  passRequestedReply,
  scheduleCreatedReply,
} from "../../replies/studio/admin-replies.ts";
import { closedSchedulesWithoutPass } from "../../use-cases/booking/closed-schedules-without-pass.ts";
import { passForSchedule } from "../../use-cases/booking/pass-for-schedule.ts";
import { createSchedule } from "../../use-cases/studio/create-schedule.ts";
import { askChoice } from "../pending.ts";
import type { OrgTurn } from "../turn.ts";
import { askBookAnyway, clashesOf } from "./clash-question.ts";
import { studioContext } from "./studio.ts";
import { runStudioCommand } from "./studio-commands.ts";

/**
 * The short form "/template Flow | Yoga | 60 | 12 [| closed]" is the studio's template command: the same
 * checks, and an unknown training type is asked about ("Create a new training type?"), never created.
 */
export function createTemplateHandler(turn: OrgTurn, intent: IntentOf<"create_template">): Promise<Reply[]> {
  return runStudioCommand(studioContext(turn), {
    op: "entry",
    entity: "template",
    action: "add",
    fields: {
      name: intent.name,
      type: intent.trainingTypeName,
      duration: String(intent.durationMinutes),
      capacity: String(intent.capacity),
      ...(intent.closed ? { closed: "yes" } : {}),
    },
  });
}

const WEEKDAY_WORDS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export async function createScheduleHandler(
  turn: OrgTurn,
  intent: IntentOf<"create_schedule">,
): Promise<Reply[]> {
  const [templateId] = intent.templateIds;
  if (!templateId) return [noTemplateByThatNameReply()];
  if (intent.templateIds.length > 1) {
    const options = turn.vocab.templates
      .filter((t) => intent.templateIds.includes(t.id))
      .map((t) => ({ id: t.id, label: t.name }));
    return [await askChoice(turn, intent, "template", WHICH.template, options)];
  }
  const today = DateTime.fromJSDate(turn.now, { zone: turn.org.timezone }).startOf("day");
  let result: Awaited<ReturnType<typeof createSchedule>>;
  try {
    result = await createSchedule(turn.uc, turn.actor, {
      templateId,
      weekdays: intent.weekdays,
      startTime: intent.startTime,
      startDate: today.toFormat("yyyy-MM-dd"),
      endDate: today.plus({ weeks: intent.weeks, days: -1 }).toFormat("yyyy-MM-dd"),
    });
  } catch (e) {
    // Like `/schedule add`: every clash named, and "Book anyway" runs the same schedule as its entry.
    const clashes = clashesOf(e);
    const name = turn.vocab.templates.find((t) => t.id === templateId)?.name;
    if (!clashes || !name) throw e;
    const fields = {
      name,
      weekdays: intent.weekdays.map((d) => WEEKDAY_WORDS[d - 1]).join(", "),
      time: intent.startTime,
      from: today.toFormat("yyyy-MM-dd"),
      weeks: String(intent.weeks),
    };
    const ctx = studioContext(turn);
    return [await askBookAnyway(ctx, { op: "entry", entity: "schedule", action: "add", fields }, clashes)];
  }
  const replies = [
    scheduleCreatedReply(result.schedule.name, intent.startTime, result.occurrences, intent.weeks),
  ];
  const warning = noPassLinkedReply(
    (await closedSchedulesWithoutPass(turn.uc, turn.actor)).filter((s) => s.id === result.schedule.id),
  );
  return warning ? [...replies, warning] : replies;
}

/** The one-step fix for "No pass linked": a pass type named after the course, linked to it. */
/**
 * The one-step fix for "No pass linked": the course pass is created at once (admins, and trainers when
 * trainers may grant passes), or the admins get a pre-filled request to approve with one tap.
 */
export async function createPassForScheduleHandler(
  turn: OrgTurn,
  intent: IntentOf<"create_pass_for_schedule">,
): Promise<Reply[]> {
  const r = await passForSchedule(turn.uc, turn.actor, { scheduleId: intent.scheduleId });
  if (r.kind === "requested") return [passRequestedReply(r.scheduleName)];
  return [coursePassCreatedReply(r.passType)];
}

export async function linkChannelHandler(turn: OrgTurn, intent: IntentOf<"link_channel">): Promise<Reply[]> {
  const c = turn.event.conversation;
  if (c.isDirect) return [linkChannelInGroupReply()];
  const schedules = await turn.deps.directory.schedulesOfTemplates(turn.org.id, intent.templateIds);
  const scheduleIds = intent.scheduleId ? [intent.scheduleId] : schedules.map((s) => s.id);
  if (intent.trainingTypeIds.length === 0 && scheduleIds.length === 0) {
    return [nameWhatToLinkReply()];
  }
  for (const trainingTypeId of intent.trainingTypeIds) {
    await turn.deps.identities.linkChannel({
      orgId: turn.org.id,
      platform: turn.event.platform,
      channelId: c.channelId,
      trainingTypeId,
    });
  }
  for (const scheduleId of scheduleIds) {
    await turn.deps.identities.linkChannel({
      orgId: turn.org.id,
      platform: turn.event.platform,
      channelId: c.channelId,
      scheduleId,
    });
  }
  // Say plainly what was linked; however many links cover a session, the channel hears it once.
  const types = turn.vocab.trainingTypes
    .filter((t) => intent.trainingTypeIds.includes(t.id))
    .map((t) => t.name);
  const classes = turn.vocab.templates.filter((t) => intent.templateIds.includes(t.id)).map((t) => t.name);
  return [channelLinkedReply(types, classes, scheduleIds.length)];
}
