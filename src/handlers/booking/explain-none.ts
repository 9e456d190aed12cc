import { dayRangeToInstants } from "../../domain/time/local-time.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { SessionQuery } from "../../intents/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import { noneThenNextReply, whyNoneReply } from "../../replies/booking/lookup-replies.ts";
import { sessionButtonLabel, timeToken } from "../../replies/format.ts";
import { individualReply, whyNotBookableLine } from "../../replies/understanding-replies.ts";
import { listSessions, type SessionSummary } from "../../use-cases/booking/list-sessions.ts";
import type { OrgTurn } from "../turn.ts";
import { fitsQuery, matchOf } from "./fits-query.ts";

/** Sessions fitting the query over its whole days (started ones too), cancelled ones included. */
async function allMatches(turn: OrgTurn, q: SessionQuery): Promise<SessionSummary[]> {
  const { from, to } = dayRangeToInstants(q.fromDay, q.toDay, turn.org.timezone);
  const match = matchOf(q, turn.org.timezone);
  const all = await listSessions(turn.uc, turn.actor, { from, to, match, includeCancelled: true });
  return all.filter((s) => fitsQuery(s, q, turn.org.timezone));
}

/**
 * When nothing bookable fits, says why if something does exist: an individual training (its trainer
 * adds members), a cancelled session (with the trainer's reason), one that has started. Null when
 * nothing fits at all.
 */
export async function explainNone(turn: OrgTurn, q: SessionQuery): Promise<Reply | null> {
  const named = [...q.trainingTypeIds, ...q.templateIds];
  const individual = turn.vocab.templates.filter((t) => t.individual && q.templateIds.includes(t.id));
  if (turn.actor.role === "member" && individual.length > 0 && individual.length === named.length)
    return individualReply(individual.map((t) => t.name));
  const tz = turn.org.timezone;
  const reasons = (await allMatches(turn, q))
    .filter((s) => s.status === "cancelled" || s.startsAt.getTime() <= turn.now.getTime())
    .map((s) => whyNotBookableLine(s, [timeToken(s.startsAt, tz)], turn.now));
  if (reasons.length === 0) return null;
  const next = await nextBookable(turn, q);
  return whyNoneReply(
    reasons,
    next
      ? {
          session: sessionButtonLabel(next, tz),
          data: encodeButton({ op: "bk", occurrenceId: next.id }),
        }
      : undefined,
  );
}

/**
 * Nothing of a class that exists fits the day (or time) asked for: the next session of that class
 * within two weeks, with a Book button ("book spin today" when spin is not on today). Null when a
 * class was not named or none is coming.
 */
export async function offerNextOfClass(
  turn: OrgTurn,
  q: SessionQuery,
  described: string,
): Promise<Reply | null> {
  if (q.trainingTypeIds.length + q.templateIds.length === 0) return null;
  // The next one after the day asked for (or after now, asked about today): never an earlier one.
  const dayStart = dayRangeToInstants(q.fromDay, q.fromDay, turn.org.timezone).from;
  const next = await nextBookable(turn, q, dayStart);
  if (!next) return null;
  return noneThenNextReply(described, {
    session: sessionButtonLabel(next, turn.org.timezone),
    data: encodeButton({ op: "bk", occurrenceId: next.id }),
  });
}

/** How far ahead "the next one" of a started or cancelled session is looked for. */
const NEXT_WITHIN_DAYS = 14;

/**
 * The next session of the class (or trainer) asked for that has not started, whatever day or time
 * was typed: "book hiit today" after today's has started offers the next HIIT.
 */
async function nextBookable(
  turn: OrgTurn,
  q: SessionQuery,
  after?: Date,
): Promise<SessionSummary | undefined> {
  if (q.trainingTypeIds.length + q.templateIds.length + q.trainerIds.length === 0) return undefined;
  const from = after && after.getTime() > turn.now.getTime() ? after : turn.now;
  const to = new Date(from.getTime() + NEXT_WITHIN_DAYS * 86_400_000);
  const { startsAtIn: _exact, ...names } = matchOf(q, turn.org.timezone);
  const later = await listSessions(turn.uc, turn.actor, { from, to, match: names, limit: 20 });
  return later.find((s) => s.status === "scheduled" && s.startsAt.getTime() > from.getTime());
}
