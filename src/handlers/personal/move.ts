import { DateTime } from "luxon";
import { DomainError, ErrorCode, isDomainError } from "../../domain/errors.ts";
import type { PersonalBookingRecord } from "../../domain/personal/model.ts";
import { dayRangeToInstants, matchesTime } from "../../domain/time/local-time.ts";
import type { IntentOf } from "../../intents/intent.ts";
import { PART_OF_DAY } from "../../intents/personal/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import {
  dayRangeText,
  dayTimeText,
  noPersonalSessionToMoveReply,
  tooLateToMoveReply,
} from "../../replies/personal/member-replies.ts";
import {
  chooseBookingToMoveReply,
  personalMovedReply,
  personalMoveSlotsReply,
} from "../../replies/personal/move-replies.ts";
import * as pu from "../../use-cases/personal/index.ts";
import type { OrgTurn } from "../turn.ts";
import { personalMoveButtons } from "./buttons.ts";
import { pdeps } from "./member.ts";

const one = (r: Reply): Reply[] => [r];
const dayOf = (d: Date, tz: string): string => DateTime.fromJSDate(d, { zone: tz }).toFormat("yyyy-MM-dd");
const plusDays = (day: string, n: number): string =>
  DateTime.fromISO(day).plus({ days: n }).toFormat("yyyy-MM-dd");

/** Which upcoming personal booking of the person the request means (by id, or by what was typed). */
function candidates(
  mine: PersonalBookingRecord[],
  intent: IntentOf<"personal_move">,
  tz: string,
): PersonalBookingRecord[] {
  if (intent.bookingId) return mine.filter((b) => b.id === intent.bookingId);
  return mine.filter(
    (b) =>
      (intent.sessionTypeIds.length === 0 || intent.sessionTypeIds.includes(b.sessionTypeId)) &&
      (intent.trainerIds.length === 0 || intent.trainerIds.includes(b.trainerId)) &&
      (!intent.onDay || dayOf(b.startsAt, tz) === intent.onDay),
  );
}

/** A member's deadline passed: said as a move, not as a cancellation. */
function tooLate(e: unknown): Reply[] | null {
  if (!isDomainError(e) || e.code !== ErrorCode.CancellationDeadlinePassed) return null;
  const h = Number(e.context.minLeadHours ?? 0);
  return one(tooLateToMoveReply(h));
}

async function moveTo(turn: OrgTurn, booking: PersonalBookingRecord, startsAt: Date): Promise<Reply[]> {
  try {
    const r = await pu.reschedulePersonalBooking(pdeps(turn), turn.actor, {
      bookingId: booking.id,
      startsAt,
    });
    return one(personalMovedReply(r.booking, r.previous, turn.org.timezone));
  } catch (e) {
    const late = tooLate(e);
    if (late) return late;
    throw e;
  }
}

/**
 * "move my session with Sam to friday 10am", the Move button of "my personal sessions": finds the
 * booking, then moves it to an exact time (a button, or a day and time typed) or offers the free
 * times of the same type and trainer. The type's deadlines apply (the use case checks them);
 * the member and the trainer are told through the outbox.
 */
export async function personalMoveHandler(
  turn: OrgTurn,
  intent: IntentOf<"personal_move">,
): Promise<Reply[]> {
  const deps = pdeps(turn);
  const tz = turn.org.timezone;
  const upcoming = (await pu.myPersonalBookings(deps, turn.actor)).filter(
    (b) => b.status === "confirmed" && b.startsAt > turn.now,
  );
  const unknown = intent.trainerIds.length === 0 ? intent.unknownTrainers[0] : undefined;
  const found = unknown ? [] : candidates(upcoming, intent, tz);
  if (intent.bookingId && found.length === 0) throw new DomainError(ErrorCode.NotFound, { what: "booking" });
  if (found.length === 0)
    return one(noPersonalSessionToMoveReply(upcoming.length, unknown)).concat(
      upcoming.length ? one(chooseBookingToMoveReply(upcoming, tz, personalMoveButtons)) : [],
    );
  const booking = found.length === 1 ? found[0] : undefined;
  if (!booking) return one(chooseBookingToMoveReply(found, tz, personalMoveButtons));

  if (intent.startMinute !== undefined) return moveTo(turn, booking, new Date(intent.startMinute * 60_000));

  // A time alone ("to 10am") is on the booking's own day; no day: the coming week.
  const today = dayOf(turn.now, tz);
  const fromDay = intent.toFromDay ?? (intent.time ? dayOf(booking.startsAt, tz) : today);
  const toDay = intent.toToDay ?? (intent.time ? fromDay : plusDays(today, 6));
  let notFree: string | undefined;
  if (intent.time && fromDay === toDay) {
    const t = intent.time;
    const hour = t.hour;
    const startsAt = DateTime.fromISO(fromDay, { zone: tz }).set({ hour, minute: t.minute }).toJSDate();
    try {
      return await moveTo(turn, booking, startsAt);
    } catch (e) {
      if (!isDomainError(e) || (e.code !== ErrorCode.SlotUnavailable && e.code !== ErrorCode.SlotFull))
        throw e;
      notFree = dayTimeText(fromDay, hour, t.minute);
    }
  }
  const { from, to } = dayRangeToInstants(fromDay, toDay, tz);
  const r = await pu.findFreeSlots(deps, turn.actor, {
    sessionTypeId: booking.sessionTypeId,
    trainerId: booking.trainerId,
    from,
    to,
  });
  // Inside the member's deadline nothing is offered (the use case refuses it anyway).
  const staff = turn.actor.role === "admin" || booking.trainerId === turn.actor.personId;
  if (!staff && booking.startsAt.getTime() - turn.now.getTime() < r.type.minLeadHours * 3_600_000)
    return (
      tooLate(new DomainError(ErrorCode.CancellationDeadlinePassed, { minLeadHours: r.type.minLeadHours })) ??
      []
    );
  let slots = r.slots.filter((s) => s.startsAt.getTime() !== booking.startsAt.getTime());
  if (intent.time && !notFree) {
    const t = intent.time;
    slots = slots.filter((s) => matchesTime(s.startsAt, tz, t));
  }
  if (intent.part) {
    const [lo, hi] = PART_OF_DAY[intent.part];
    slots = slots.filter((s) => {
      const l = DateTime.fromJSDate(s.startsAt, { zone: tz });
      return l.hour * 60 + l.minute >= lo && l.hour * 60 + l.minute < hi;
    });
  }
  const rangeText = dayRangeText(fromDay, toDay);
  return one(
    personalMoveSlotsReply(
      {
        booking,
        capacity: r.type.capacity,
        slots,
        tz,
        rangeText: intent.part ? `${rangeText} (${intent.part})` : rangeText,
        nextDay: plusDays(toDay, 1),
        ...(notFree ? { notFree } : {}),
      },
      personalMoveButtons,
    ),
  );
}
