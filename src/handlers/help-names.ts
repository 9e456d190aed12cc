import { DateTime } from "luxon";
import type { HelpNames } from "../replies/help-reply.ts";
import { listSessions } from "../use-cases/booking/list-sessions.ts";
import type { OrgTurn } from "./turn.ts";

const DAY_WORDS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/**
 * The studio's own names for the help's examples: the next open group session from tomorrow on (so
 * "book <it> <day> <time>" works the day help is read), a trainer, a member and a pass type. Names
 * the studio does not have are left out; the help then shows a placeholder.
 */
export async function helpNames(turn: OrgTurn): Promise<HelpNames> {
  const zone = turn.org.timezone;
  const today = DateTime.fromJSDate(turn.now, { zone }).startOf("day");
  const from = today.plus({ days: 1 });
  const sessions = await listSessions(turn.uc, turn.actor, {
    from: from.toJSDate(),
    to: from.plus({ days: 6 }).toJSDate(),
    limit: 60,
  });
  const next = sessions.find(
    (s) => s.status === "scheduled" && !s.closed && !s.individual && s.spotsLeft > 0,
  );
  const names: HelpNames = {};
  if (next) {
    const at = DateTime.fromJSDate(next.startsAt, { zone });
    const days = Math.round(at.startOf("day").diff(today, "days").days);
    names.session = {
      what: next.name.toLowerCase(),
      day: days === 1 ? "tomorrow" : (DAY_WORDS[at.weekday - 1] ?? ""),
      time: at.toFormat("HH:mm"),
    };
  }
  // The trainer who teaches most in the coming week: "what's on next week with <them>" finds sessions.
  const teaching = new Map<string, number>();
  for (const s of sessions)
    if (s.trainerName && s.status === "scheduled")
      teaching.set(s.trainerName, (teaching.get(s.trainerName) ?? 0) + 1);
  const trainer = [...teaching].sort((a, b) => b[1] - a[1])[0]?.[0] ?? turn.vocab.trainers[0]?.name;
  if (trainer) names.trainer = trainer;
  const trainerIds = new Set(turn.vocab.trainers.map((t) => t.id));
  const member = turn.vocab.people.find((p) => !trainerIds.has(p.id) && p.id !== turn.actor.personId);
  if (member) names.member = member.name;
  const pass = turn.vocab.passTypes[0];
  if (pass) names.passType = pass.name;
  return names;
}
