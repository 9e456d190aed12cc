import { DateTime } from "luxon";
import { DomainError, ErrorCode, isDomainError } from "../../domain/errors.ts";
import { hasTrainerRights } from "../../domain/model.ts";
import type { PaymentMethod, SessionType } from "../../domain/personal/model.ts";
import { dayRangeToInstants, matchesTime, timeInstants } from "../../domain/time/local-time.ts";
import type { IntentOf } from "../../intents/intent.ts";
import { PART_OF_DAY } from "../../intents/personal/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import { formatMoney } from "../../replies/format.ts";
import {
  askedTimeNotFreeReply,
  askedTimeTooSoonReply,
  atThatTimeText,
  dayRangeText,
  noPersonalSessionsBookableReply,
  typeOfferedByReply,
  unknownPersonalTrainerReply,
  whichPersonalKindReply,
} from "../../replies/personal/member-replies.ts";
import {
  choosePaymentReply,
  confirmPersonalCancelReply,
  personalBookedReply,
  personalBookingsReply,
  personalCancelledReply,
  personalSlotsReply,
  personalTypesReply,
} from "../../replies/personal/replies.ts";
import { invalidWhenReply } from "../../replies/understanding-replies.ts";
import type { PersonalDeps } from "../../use-cases/personal/index.ts";
import * as pu from "../../use-cases/personal/index.ts";
import { pendingButtons } from "../pending.ts";
import type { OrgTurn } from "../turn.ts";
import { personalButtons } from "./buttons.ts";

const one = (r: Reply): Reply[] => [r];

export const pdeps = (turn: OrgTurn): PersonalDeps => ({
  personal: turn.deps.personal,
  clock: turn.deps.clock,
  ...(turn.deps.calendarFetcher ? { fetcher: turn.deps.calendarFetcher } : {}),
});

const todayOf = (turn: OrgTurn): string =>
  DateTime.fromJSDate(turn.now, { zone: turn.org.timezone }).toFormat("yyyy-MM-dd");

export async function personalTypesHandler(turn: OrgTurn): Promise<Reply[]> {
  const { types } = await pu.listSessionTypes(pdeps(turn), turn.actor);
  return one(personalTypesReply(types, hasTrainerRights(turn.actor.role), personalButtons, todayOf(turn)));
}

/** Which type a request means: the one named, the only one there is, or a question. */
function pickType(types: SessionType[], ids: string[]): SessionType | Reply {
  const bookable = types.filter((t) => t.status === "active");
  const named = bookable.filter((t) => ids.includes(t.id));
  if (named.length === 1 && named[0]) return named[0];
  if (named.length === 0 && bookable.length === 1 && bookable[0]) return bookable[0];
  const list = named.length > 1 ? named : bookable;
  return whichPersonalKindReply(list, personalButtons, "");
}

export async function personalSlotsHandler(
  turn: OrgTurn,
  intent: IntentOf<"personal_slots">,
): Promise<Reply[]> {
  const deps = pdeps(turn);
  const tz = turn.org.timezone;
  // Read as exactly as a group booking: an impossible time is named back, nothing is listed.
  if (intent.invalid) return one(invalidWhenReply(intent.invalid.kind, intent.invalid.text));
  const { types } = await pu.listSessionTypes(deps, turn.actor);
  const [unknownTrainer] = intent.unknownTrainers ?? [];
  if (unknownTrainer && intent.trainerIds.length === 0) {
    const names = [...new Set(types.filter((t) => t.status === "active").flatMap((t) => t.trainerNames))];
    return one(unknownPersonalTrainerReply(unknownTrainer, names));
  }
  const picked = pickType(types, intent.sessionTypeIds);
  if (!("id" in picked)) {
    if (types.every((t) => t.status !== "active")) return one(noPersonalSessionsBookableReply());
    const active = types.filter((t) => t.status === "active");
    const named = active.filter((t) => intent.sessionTypeIds.includes(t.id));
    const offered = named.length > 1 ? named : active;
    const list = personalTypesReply(offered, false, personalButtons, todayOf(turn));
    // Each answer resumes this very request (kept in the database): the day, the exact time and the
    // trainer typed are not asked again.
    const choices = offered.slice(0, 10).map((t) => ({ id: t.id, label: t.name }));
    return one({
      ...list,
      lines: picked.lines,
      buttons: await pendingButtons(turn, intent, "sessionType", choices),
    });
  }
  const type = picked;
  let trainerId: string | undefined;
  if (intent.trainerIds.length > 0) {
    const offering = intent.trainerIds.filter((id) => type.trainerIds.includes(id));
    if (offering.length === 0) return one(typeOfferedByReply(type));
    if (offering.length === 1) trainerId = offering[0];
  }
  const { from, to } = dayRangeToInstants(intent.fromDay, intent.toDay, tz);
  const r = await pu.findFreeSlots(deps, turn.actor, {
    sessionTypeId: type.id,
    from,
    to,
    ...(trainerId ? { trainerId } : {}),
  });
  let slots = r.slots;
  const time = intent.time;
  if (time) slots = slots.filter((s) => matchesTime(s.startsAt, tz, time));
  if (intent.part) {
    const [lo, hi] = PART_OF_DAY[intent.part];
    slots = slots.filter((s) => {
      const l = DateTime.fromJSDate(s.startsAt, { zone: tz });
      const m = l.hour * 60 + l.minute;
      return m >= lo && m < hi;
    });
  }
  const first = slots[0];
  // One exact slot asked for and free: straight to payment (or booked, with one method).
  if (time && slots.length === 1 && first)
    return personalBookHandler(turn, {
      kind: "personal_book",
      sessionTypeId: type.id,
      trainerKey: first.trainerId.slice(-10),
      startMinute: Math.floor(first.startsAt.getTime() / 60_000),
    });
  const rangeText = dayRangeText(intent.fromDay, intent.toDay);
  const nextDay = DateTime.fromISO(intent.toDay).plus({ days: 1 }).toFormat("yyyy-MM-dd");
  const reply = personalSlotsReply(
    {
      type,
      slots,
      tz,
      price: r.price,
      nextDay,
      rangeText: time || intent.part ? atThatTimeText(rangeText) : rangeText,
    },
    personalButtons,
  );
  if (time && slots.length === 0 && r.slots.length > 0) {
    const other = personalSlotsReply(
      { type, slots: r.slots, tz, price: r.price, nextDay, rangeText },
      personalButtons,
    );
    const asked = `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}`;
    // Asked for inside the minimum notice: say so, with the first time that may be booked.
    const earliest = turn.now.getTime() + type.minLeadHours * 3_600_000;
    const candidates = timeInstants(intent.fromDay, intent.toDay, tz, time);
    if (type.minLeadHours > 0 && candidates.length > 0 && candidates.every((c) => c.getTime() < earliest)) {
      const first = r.slots.find((x) => x.startsAt.getTime() >= earliest);
      const firstAt = first ? DateTime.fromJSDate(first.startsAt, { zone: tz }).toFormat("HH:mm") : null;
      return one(askedTimeTooSoonReply(asked, type.name, type.minLeadHours, firstAt, other));
    }
    return one(askedTimeNotFreeReply(asked, other));
  }
  return one(reply);
}

export async function personalBookHandler(
  turn: OrgTurn,
  intent: IntentOf<"personal_book">,
): Promise<Reply[]> {
  const deps = pdeps(turn);
  const tz = turn.org.timezone;
  const { types, paymentMethods } = await pu.listSessionTypes(deps, turn.actor);
  const type = types.find((t) => t.id === intent.sessionTypeId && t.status === "active");
  if (!type) throw new DomainError(ErrorCode.NotFound, { what: "session_type" });
  const trainerIdx = type.trainerIds.findIndex((id) => id.endsWith(intent.trainerKey));
  const trainerId = type.trainerIds[trainerIdx];
  if (!trainerId) throw new DomainError(ErrorCode.NotFound, { what: "trainer" });
  const startsAt = new Date(intent.startMinute * 60_000);
  const accepted = paymentMethods as PaymentMethod[];
  if (!intent.payment && accepted.length > 1) {
    const check = await pu.findFreeSlots(deps, turn.actor, {
      sessionTypeId: type.id,
      trainerId,
      from: startsAt,
      to: new Date(startsAt.getTime() + 60_000),
    });
    if (!check.slots.some((s) => s.startsAt.getTime() === startsAt.getTime()))
      throw new DomainError(ErrorCode.SlotUnavailable, {});
    return one(
      choosePaymentReply(
        {
          type,
          trainerId,
          trainerName: type.trainerNames[trainerIdx] ?? "",
          startsAt,
          tz,
          accepted,
          amount: formatMoney(check.price.amountCents, check.price.currency),
        },
        personalButtons,
      ),
    );
  }
  const booking = await pu.bookPersonalSession(deps, turn.actor, {
    sessionTypeId: type.id,
    trainerId,
    startsAt,
    ...(intent.payment ? { paymentMethod: intent.payment } : {}),
  });
  return one(personalBookedReply(booking, tz, personalButtons));
}

export async function personalMyHandler(turn: OrgTurn): Promise<Reply[]> {
  const deps = pdeps(turn);
  const mine = await pu.myPersonalBookings(deps, turn.actor);
  const teaching = hasTrainerRights(turn.actor.role)
    ? await pu.trainerPersonalSchedule(deps, turn.actor, {
        from: turn.now,
        to: new Date(turn.now.getTime() + 28 * 86_400_000),
      })
    : null;
  return one(personalBookingsReply(mine, teaching, turn.org.timezone, personalButtons));
}

export async function personalCancelHandler(
  turn: OrgTurn,
  intent: IntentOf<"personal_cancel">,
): Promise<Reply[]> {
  const deps = pdeps(turn);
  if (!intent.confirmed) {
    const mine = await pu.myPersonalBookings(deps, turn.actor);
    const teaching = hasTrainerRights(turn.actor.role)
      ? await pu.trainerPersonalSchedule(deps, turn.actor, {
          from: turn.now,
          to: new Date(turn.now.getTime() + 366 * 86_400_000),
        })
      : [];
    const b = [...mine, ...teaching].find((x) => x.id === intent.bookingId && x.status === "confirmed");
    if (!b) throw new DomainError(ErrorCode.NotFound, { what: "booking" });
    return one(confirmPersonalCancelReply(b, turn.org.timezone, personalButtons));
  }
  const r = await pu.cancelPersonalBooking(deps, turn.actor, { bookingId: intent.bookingId });
  return one(personalCancelledReply(r, turn.org.timezone));
}

export const isPaymentChoice = (e: unknown): boolean =>
  isDomainError(e) && e.code === ErrorCode.PaymentMethodNotAccepted;
