import { DateTime } from "luxon";
import { DomainError, ErrorCode, isDomainError } from "../../domain/errors.ts";
import { findNames } from "../../intents/fuzzy.ts";
import type { IntentOf } from "../../intents/intent.ts";
import { wordsOf } from "../../intents/session-query.ts";
import { plural } from "../../replies/format.ts";
import type { Reply } from "../../replies/reply.ts";
import { noPassLinkedReply } from "../../replies/staff-replies.ts";
import { closedSchedulesWithoutPass } from "../../use-cases/closed-schedules-without-pass.ts";
import { createPassType } from "../../use-cases/create-pass-type.ts";
import { createSchedule } from "../../use-cases/create-schedule.ts";
import { createTemplate } from "../../use-cases/create-template.ts";
import { createTrainingType } from "../../use-cases/create-training-type.ts";
import { askChoice } from "../pending.ts";
import type { OrgTurn } from "../turn.ts";

const text = (...lines: string[]): Reply[] => [{ visibility: "private", lines }];

/** Pre-filled pass for a closed schedule ("No pass linked" one-step action); admins adjust it later. */
const DEFAULT_COURSE_PASS = { sessions: 10, validityDays: 90 } as const;

export async function createTemplateHandler(
  turn: OrgTurn,
  intent: IntentOf<"create_template">,
): Promise<Reply[]> {
  const types = findNames(wordsOf(intent.trainingTypeName), turn.vocab.trainingTypes);
  if (types.length > 1)
    return text(`"${intent.trainingTypeName}" matches several training types; type its full name.`);
  // An unknown training type is created with the template: one command sets up a new kind of class.
  const type =
    types[0]?.item ?? (await createTrainingType(turn.uc, turn.actor, { name: intent.trainingTypeName }));
  const t = await createTemplate(turn.uc, turn.actor, {
    name: intent.name,
    trainingTypeId: type.id,
    durationMinutes: intent.durationMinutes,
    capacity: intent.capacity,
    closed: intent.closed,
  });
  const kind = t.capacity === 1 ? "individual training" : t.closed ? "closed course" : "group class";
  return text(
    `Template created: ${t.name} (${type.name}, ${t.durationMinutes} min, capacity ${t.capacity}, ${kind}).`,
    `Next: /schedule ${t.name} | mon,wed | 07:00`,
  );
}

export async function createScheduleHandler(
  turn: OrgTurn,
  intent: IntentOf<"create_schedule">,
): Promise<Reply[]> {
  const [templateId] = intent.templateIds;
  if (!templateId) return text("No template by that name. Create one with /template first.");
  if (intent.templateIds.length > 1) {
    const options = turn.vocab.templates
      .filter((t) => intent.templateIds.includes(t.id))
      .map((t) => ({ id: t.id, label: t.name }));
    return [await askChoice(turn, intent, "template", "Which template?", options)];
  }
  const today = DateTime.fromJSDate(turn.now, { zone: turn.org.timezone }).startOf("day");
  const result = await createSchedule(turn.uc, turn.actor, {
    templateId,
    weekdays: intent.weekdays,
    startTime: intent.startTime,
    startDate: today.toFormat("yyyy-MM-dd"),
    endDate: today.plus({ weeks: intent.weeks, days: -1 }).toFormat("yyyy-MM-dd"),
  });
  const replies = text(
    `Schedule created: ${result.schedule.name} at ${intent.startTime}, ${plural(result.occurrences, "session")} over ${plural(intent.weeks, "week")}.`,
  );
  const warning = noPassLinkedReply(
    (await closedSchedulesWithoutPass(turn.uc, turn.actor)).filter((s) => s.id === result.schedule.id),
  );
  return warning ? [...replies, warning] : replies;
}

/** The one-step fix for "No pass linked": a pass type named after the course, linked to it. */
export async function createPassForScheduleHandler(
  turn: OrgTurn,
  intent: IntentOf<"create_pass_for_schedule">,
): Promise<Reply[]> {
  const template = await turn.deps.directory.templateOfSchedule(turn.org.id, intent.scheduleId);
  if (!template) throw new DomainError(ErrorCode.NotFound, { what: "schedule" });
  const base = `${template.name} pass`;
  for (const name of [base, `${base} 2`, `${base} 3`]) {
    try {
      const p = await createPassType(turn.uc, turn.actor, {
        name,
        ...DEFAULT_COURSE_PASS,
        trainingTypeIds: [template.trainingTypeId],
        scheduleIds: [intent.scheduleId],
      });
      return text(
        `Pass type created and linked: ${p.name} (${p.sessions} sessions, valid ${p.validityDays} days).`,
        `Give it to a member with /grant <name> ${p.name}; they are enrolled automatically.`,
      );
    } catch (e) {
      // Only a name clash is retried with the next name; every other refusal is the person's answer.
      if (!(isDomainError(e) && e.code === ErrorCode.Conflict)) throw e;
    }
  }
  throw new DomainError(ErrorCode.Conflict, { what: "pass_type" });
}

export async function linkChannelHandler(turn: OrgTurn, intent: IntentOf<"link_channel">): Promise<Reply[]> {
  const c = turn.event.conversation;
  if (c.isDirect) return text("Run /linkchannel in the group channel that should hear the announcements.");
  const schedules = await turn.deps.directory.schedulesOfTemplates(turn.org.id, intent.templateIds);
  const scheduleIds = intent.scheduleId ? [intent.scheduleId] : schedules.map((s) => s.id);
  if (intent.trainingTypeIds.length === 0 && scheduleIds.length === 0) {
    return text("Name a training type or a class, e.g. /linkchannel spin.");
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
  const names = [
    ...turn.vocab.trainingTypes.filter((t) => intent.trainingTypeIds.includes(t.id)).map((t) => t.name),
    ...turn.vocab.templates.filter((t) => intent.templateIds.includes(t.id)).map((t) => t.name),
  ];
  return [
    {
      visibility: "public",
      lines: [`This channel will hear about changes to ${names.join(", ") || "these"} sessions.`],
    },
  ];
}
