import { DateTime } from "luxon";
import { cancellationOpen, hasStarted } from "../../domain/deadlines.ts";
import { DomainError, ErrorCode, isDomainError } from "../../domain/errors.ts";
import { hasTrainerRights, type OccurrenceInfo, type PassInfo } from "../../domain/model.ts";
import { refuse, tooLateToCancel } from "../../domain/refusals.ts";
import { dayRangeToInstants } from "../../domain/time/local-time.ts";
import { luxonZone } from "../../domain/time/zone-time.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { IntentOf } from "../../intents/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import {
  BOOKINGS_PAGE_SIZE,
  bookedReply,
  cancelledReply,
  choosePassReply,
  confirmCancelReply,
  myBookingsReply,
  passesReply,
} from "../../replies/booking/booking-replies.ts";
import {
  noBookingToCancelReply,
  noSessionListedReply,
  WHICH,
  whichBookingToCancelReply,
} from "../../replies/booking/lookup-replies.ts";
import { myRemindersReply, reminderLeadUnreadReply } from "../../replies/booking/reminder-replies.ts";
import {
  sessionDetailReply,
  sessionListReply,
  weekViewReply,
} from "../../replies/booking/session-replies.ts";
import { sessionButtonLabel } from "../../replies/format.ts";
import { bookSession } from "../../use-cases/booking/book-session.ts";
import { cancelBooking } from "../../use-cases/booking/cancel-booking.ts";
import { listSessions } from "../../use-cases/booking/list-sessions.ts";
import { myBookings, pastBookings } from "../../use-cases/booking/my-bookings.ts";
import { myPasses } from "../../use-cases/booking/my-passes.ts";
import { myReminders, type ReminderChange } from "../../use-cases/booking/my-reminders.ts";
import { sessionDetail } from "../../use-cases/booking/session-detail.ts";
import { personalMyHandler } from "../personal/member.ts";
import type { OrgTurn } from "../turn.ts";
import { explainNone } from "./explain-none.ts";
import { fitsQuery } from "./fits-query.ts";
import { describeQuery, findSessions, firstDayOnly, resolveSession } from "./resolve-target.ts";

const one = (r: Reply): Reply[] => [r];

export async function listSessionsHandler(
  turn: OrgTurn,
  intent: IntentOf<"list_sessions">,
): Promise<Reply[]> {
  const q = intent.query;
  const found = await findSessions(turn, q);
  const days = Math.round(DateTime.fromISO(q.toDay).diff(DateTime.fromISO(q.fromDay), "days").days) + 1;
  // Page buttons re-ask with one trainer and one type at most (button data is small); when more
  // candidates or a time were typed the list is short anyway, so it goes without page buttons.
  const simple =
    !q.time && q.templateIds.length === 0 && q.trainerIds.length <= 1 && q.trainingTypeIds.length <= 1;
  const req = simple
    ? {
        fromDay: q.fromDay,
        days,
        ...(q.trainerIds[0] ? { trainerId: q.trainerIds[0] } : {}),
        ...(q.trainingTypeIds[0] ? { trainingTypeId: q.trainingTypeIds[0] } : {}),
      }
    : null;
  if (found.length === 0) {
    const why = await explainNone(turn, q);
    if (why) return one(why);
    return one(noSessionListedReply(describeQuery(q, turn)));
  }
  return one(sessionListReply(found, turn.org.timezone, intent.page, req, hasTrainerRights(turn.actor.role)));
}

export async function weekViewHandler(turn: OrgTurn, intent: IntentOf<"week_view">): Promise<Reply[]> {
  const start = DateTime.fromISO(intent.fromDay, { zone: luxonZone(turn.org.timezone) });
  const toDay = start.plus({ days: 6 }).toFormat("yyyy-MM-dd");
  const { from, to } = dayRangeToInstants(intent.fromDay, toDay, turn.org.timezone);
  // Sessions that have started are gone from the week, as from lists.
  const sessions = (await listSessions(turn.uc, turn.actor, { from, to })).filter(
    (s) => s.startsAt.getTime() > turn.now.getTime(),
  );
  return one(weekViewReply(sessions, intent.fromDay, turn.org.timezone));
}

export async function sessionDetailHandler(
  turn: OrgTurn,
  intent: IntentOf<"session_detail">,
): Promise<Reply[]> {
  const r = await resolveSession(turn, intent, intent.target, WHICH.session);
  if (!r.ok) return one(r.reply);
  const d = await sessionDetail(turn.uc, turn.actor, { occurrenceId: r.value });
  return one(sessionDetailReply(d, turn.org.timezone, hasTrainerRights(turn.actor.role), turn.now));
}

export async function bookHandler(turn: OrgTurn, intent: IntentOf<"book">): Promise<Reply[]> {
  const r = await resolveSession(turn, intent, intent.target, WHICH.sessionToBook, true);
  if (!r.ok) return one(r.reply);
  try {
    const result = await bookSession(turn.uc, turn.actor, {
      occurrenceId: r.value,
      ...(intent.passId ? { passId: intent.passId } : {}),
      ...(r.booking ? { read: r.booking } : {}),
    });
    return one(bookedReply(result, turn.org.timezone));
  } catch (e) {
    if (isDomainError(e) && e.code === ErrorCode.PassChoiceNeeded) {
      // The refusal carries the session and the usable passes (expiring first): nothing is re-read.
      const { occurrence, passes } = e.context as { occurrence: OccurrenceInfo; passes: PassInfo[] };
      return one(choosePassReply(occurrence, passes, turn.org.timezone));
    }
    throw e;
  }
}

export async function myBookingsHandler(turn: OrgTurn, intent: IntentOf<"my_bookings">): Promise<Reply[]> {
  const tz = turn.org.timezone;
  // Cancelled bookings stay in the list (status Cancelled), so a member sees what the studio called off.
  if (intent.past) {
    // The past is read one page at a time: a member may have years of it.
    const p = await pastBookings(turn.uc, turn.actor, { page: intent.page, size: BOOKINGS_PAGE_SIZE });
    return one(myBookingsReply(p.items, true, intent.page, tz, turn.now, { hasMore: p.hasMore }));
  }
  const { upcoming } = await myBookings(turn.uc, turn.actor);
  return one(myBookingsReply(upcoming, false, intent.page, tz, turn.now));
}

/** Cancelling one's own booking: find it, confirm with a button, then cancel. */
export async function cancelBookingHandler(
  turn: OrgTurn,
  intent: IntentOf<"cancel_booking">,
): Promise<Reply[]> {
  const tz = turn.org.timezone;
  const { upcoming } = await myBookings(turn.uc, turn.actor);
  const active = upcoming.filter((b) => b.status !== "cancelled");
  const t = intent.target;
  if ("bookingId" in t) {
    const b = active.find((x) => x.id === t.bookingId);
    // Not among the actor's own active bookings: the same answer whether it is someone else's or gone.
    if (!b) throw new DomainError(ErrorCode.NotFound, { what: "booking" });
    if (!intent.confirmed) {
      refuseLateCancel(b, turn.now);
      return one(confirmCancelReply(b, tz));
    }
    const result = await cancelBooking(turn.uc, turn.actor, { bookingId: b.id });
    return one(cancelledReply(result, tz));
  }
  const q = t.query;
  const { from, to } = dayRangeToInstants(q.fromDay, q.toDay, tz);
  const fitting = active.filter((b) => {
    const o = b.occurrence;
    if (q.dated && (o.startsAt < from || o.startsAt >= to)) return false;
    return fitsQuery(o, q, tz);
  });
  const first = firstDayOnly(
    fitting.map((b) => ({ startsAt: b.occurrence.startsAt, b })),
    q,
    tz,
  );
  const matches = first.map((x) => x.b);
  const [only] = matches;
  if (only && matches.length === 1) {
    refuseLateCancel(only, turn.now);
    return one(confirmCancelReply(only, tz));
  }
  if (matches.length === 0) {
    // "cancel my pt": no booking in the class called PT, so the personal sessions were meant.
    if (intent.orPersonal) return personalMyHandler(turn);
    const none = noBookingToCancelReply(active.length > 0, active.length ? describeQuery(q, turn) : "");
    return active.length ? [none, myBookingsReply(active, false, 0, tz, turn.now)] : one(none);
  }
  return one(
    whichBookingToCancelReply(
      matches
        .slice(0, 8)
        .map((b) => [
          { label: sessionButtonLabel(b.occurrence, tz), data: encodeButton({ op: "cb", bookingId: b.id }) },
        ]),
    ),
  );
}

export async function myPassesHandler(turn: OrgTurn): Promise<Reply[]> {
  return one(passesReply(await myPasses(turn.uc, turn.actor), turn.org.timezone));
}

/** Too late to cancel is said before "Cancel ...?" is asked, not after "Yes, cancel". */
function refuseLateCancel(b: { status: string; occurrence: OccurrenceInfo }, now: Date): void {
  if (hasStarted(b.occurrence, now)) throw refuse(ErrorCode.SessionStarted, b.occurrence);
  if (b.status === "confirmed" && !cancellationOpen(b.occurrence, now)) throw tooLateToCancel(b.occurrence);
}

/** A member's own reminders: shown, switched off or on, their lead time, or the studio's again. */
export async function myRemindersHandler(turn: OrgTurn, intent: IntentOf<"my_reminders">): Promise<Reply[]> {
  if (intent.change === "bad") return one(reminderLeadUnreadReply(intent.typed ?? ""));
  const change: ReminderChange =
    intent.change === "lead"
      ? { kind: "lead", minutes: intent.minutes ?? Number.NaN }
      : { kind: intent.change };
  return one(myRemindersReply(await myReminders(turn.uc, turn.actor, change), intent.change));
}
