import { DateTime } from "luxon";
import type { OccurrenceInfo } from "../../domain/model.ts";
import { dayRangeToInstants } from "../../domain/time/local-time.ts";
import { luxonZone } from "../../domain/time/zone-time.ts";
import type { Intent, PersonTarget, SessionQuery, SessionTarget } from "../../intents/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import type { BookingContext } from "../../ports/one-step-booking.ts";
import {
  describeSessionQuery,
  noPersonNamedReply,
  noSessionFoundReply,
  whichPersonQuestion,
} from "../../replies/booking/lookup-replies.ts";
import { formatTime, sessionButtonLabel, timeToken } from "../../replies/format.ts";
import { whyNotBookableLine } from "../../replies/understanding-replies.ts";
import { listSessions, type SessionSummary } from "../../use-cases/booking/list-sessions.ts";
import { askChoice } from "../pending.ts";
import type { OrgTurn } from "../turn.ts";
import { explainNone, offerNextOfClass } from "./explain-none.ts";
import { fitsQuery, matchOf } from "./fits-query.ts";

export type Resolved<T> = { ok: true; value: T } | { ok: false; reply: Reply };
/** A session resolved for booking: with what booking needs when the search read it. */
export type ResolvedSession = Resolved<string> & { booking?: BookingContext };

/** With a weekday named on that weekday, only the first day that has matches counts. */
export function firstDayOnly<T extends { startsAt: Date }>(
  found: T[],
  q: SessionQuery,
  timezone: string,
): T[] {
  if (!q.weekday || found.length === 0) return found;
  const dayOf = (x: T) => DateTime.fromJSDate(x.startsAt, { zone: luxonZone(timezone) }).toISODate();
  const first = found.map(dayOf).sort()[0];
  return found.filter((x) => dayOf(x) === first);
}

/** The instant range of a query, starting no earlier than now (past sessions are not offered). */
function queryRange(q: SessionQuery, timezone: string, now: Date): { from: Date; to: Date } {
  const r = dayRangeToInstants(q.fromDay, q.toDay, timezone);
  return { from: r.from.getTime() < now.getTime() ? now : r.from, to: r.to };
}

/** Sessions matching a query, as the actor may see them (members never see individual trainings). */
export async function findSessions(turn: OrgTurn, q: SessionQuery): Promise<SessionSummary[]> {
  return (await findWithCancelled(turn, q)).found;
}

/**
 * The sessions a query finds, and (for members, in the same read) the cancelled ones that fit too:
 * a member's lists never show them, but "spin thursday" with Thursday's 18:00 cancelled is a question.
 */
async function findWithCancelled(
  turn: OrgTurn,
  q: SessionQuery,
  forBooking = false,
): Promise<{ found: SessionSummary[]; cancelled: SessionSummary[] }> {
  const { from, to } = queryRange(q, turn.org.timezone, turn.now);
  if (from.getTime() >= to.getTime()) return { found: [], cancelled: [] };
  const member = turn.actor.role === "member";
  const all = await listSessions(turn.uc, turn.actor, {
    from,
    to,
    match: matchOf(q, turn.org.timezone),
    includeCancelled: member,
    forBooking,
  });
  const fit = firstDayOnly(
    all.filter((s) => fitsQuery(s, q, turn.org.timezone)),
    q,
    turn.org.timezone,
  );
  if (!member) return { found: fit, cancelled: [] };
  return {
    found: fit.filter((s) => s.status === "scheduled"),
    cancelled: fit.filter((s) => s.status === "cancelled"),
  };
}

/** Human words for what was searched, for "nothing found" replies. */
export function describeQuery(q: SessionQuery, turn: OrgTurn): string {
  return describeSessionQuery(q, turn.vocab, turn.org.timezone);
}

/**
 * One session for an intent: by id, or by query. Several matches are never guessed between: the
 * person is asked with buttons (the intent waits in ConversationState). `forBooking`: the search
 * also reads what booking the session needs (the actor's booking there, their passes).
 */
export async function resolveSession(
  turn: OrgTurn,
  intent: Intent,
  target: SessionTarget,
  question: string,
  forBooking = false,
): Promise<ResolvedSession> {
  if ("occurrenceId" in target) return { ok: true, value: target.occurrenceId };
  const { found, cancelled: cancelledFits } = await findWithCancelled(turn, target.query, forBooking);
  if (found.length === 0) {
    const why = await explainNone(turn, target.query);
    if (why) return { ok: false, reply: why };
    const described = describeQuery(target.query, turn);
    // Booking a class that is not on then: its next session, one tap away.
    const next = forBooking ? await offerNextOfClass(turn, target.query, described) : null;
    return { ok: false, reply: next ?? noSessionFoundReply(described) };
  }
  // A cancelled session that fits too makes one match a guess: "spin thursday" may mean the
  // cancelled 18:00, so the person is told and asked.
  const tz = turn.org.timezone;
  const cancelled = cancelledFits.map((s) => whyNotBookableLine(s, [timeToken(s.startsAt, tz)], turn.now));
  const [only] = found;
  if (only && found.length === 1 && cancelled.length === 0)
    return { ok: true, value: only.id, ...(only.booking ? { booking: only.booking } : {}) };
  return {
    ok: false,
    reply: await askChoice(
      turn,
      intent,
      "session",
      question,
      found.map((s) => ({ id: s.id, label: sessionButtonLabel(s, tz) })),
      cancelled,
    ),
  };
}

/** One person of the organization, by id or by typed name; asks when several names fit. */
export async function resolvePerson(
  turn: OrgTurn,
  intent: Intent,
  target: PersonTarget,
  slot: "person" | "trainer",
): Promise<Resolved<string>> {
  if ("personId" in target) return { ok: true, value: target.personId };
  const [only] = target.personIds;
  if (only && target.personIds.length === 1) return { ok: true, value: only };
  const pool = slot === "trainer" ? turn.vocab.trainers : turn.vocab.people;
  if (target.personIds.length === 0) {
    const who = slot === "trainer" ? "trainer" : "member";
    return { ok: false, reply: noPersonNamedReply(who, target.typed) };
  }
  const options = pool
    .filter((p) => target.personIds.includes(p.id))
    .map((p) => ({ id: p.id, label: p.name }));
  return {
    ok: false,
    reply: await askChoice(turn, intent, slot, whichPersonQuestion(slot), options),
  };
}

/** "07:00" style time of a session, for short confirmations. */
export const startTime = (o: OccurrenceInfo, tz: string): string => formatTime(o.startsAt, tz);
