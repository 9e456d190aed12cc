import { DomainError, ErrorCode } from "../../domain/errors.ts";
import { type Actor, hasTrainerRights } from "../../domain/model.ts";
import type { PersonalFacts } from "../../domain/personal/events.ts";
import {
  PAYMENT_METHODS,
  type PaymentMethod,
  type PersonalBookingRecord,
  type PersonalSettings,
  priceFor,
  type SessionType,
} from "../../domain/personal/model.ts";
import type { PersonalTx } from "../../ports/personal-store.ts";
import { enabledSettings, type PersonalDeps, visibleTypeOrFail } from "./deps.ts";
import { trainerSlots } from "./free-slots.ts";

const HOUR = 3_600_000;

export interface BookPersonalInput {
  sessionTypeId: string;
  trainerId: string;
  startsAt: Date;
  /** Without it, the organization's only accepted method; with several accepted, the member chooses. */
  paymentMethod?: string;
  /** Staff booking for someone else. */
  forPersonId?: string;
}

export function facts(b: PersonalBookingRecord): PersonalFacts {
  return {
    bookingId: b.id,
    personId: b.personId,
    personName: b.personName,
    trainerId: b.trainerId,
    trainerName: b.trainerName,
    sessionTypeId: b.sessionTypeId,
    typeName: b.sessionTypeName,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    location: b.location,
    paymentMethod: b.paymentMethod,
    amountCents: b.amountCents,
    currency: b.currency,
  };
}

export function choosePayment(settings: PersonalSettings, raw: string | undefined): PaymentMethod {
  const accepted = settings.paymentMethods;
  const allowed = accepted.join(", ");
  if (raw === undefined) {
    if (accepted.length === 1 && accepted[0]) return accepted[0];
    throw new DomainError(ErrorCode.PaymentMethodNotAccepted, { reason: "choose", allowed, accepted });
  }
  const m = raw.trim().toLowerCase() as PaymentMethod;
  if (!PAYMENT_METHODS.includes(m) || !accepted.includes(m))
    throw new DomainError(ErrorCode.PaymentMethodNotAccepted, { allowed, accepted, value: raw });
  return m;
}

/** Lead times of a type at `now`: too close (min, in hours) or too far ahead (max, in days). */
export function checkLeadTime(type: SessionType, startsAt: Date, now: Date): void {
  const ahead = startsAt.getTime() - now.getTime();
  if (ahead < type.minLeadHours * HOUR || (type.maxLeadDays !== null && ahead > type.maxLeadDays * 24 * HOUR))
    throw new DomainError(ErrorCode.OutsideLeadTime, {
      minLeadHours: type.minLeadHours,
      maxLeadDays: type.maxLeadDays,
    });
}

/**
 * Under the trainer's calendar lock: the slot must be one computeFreeSlots offers now (availability,
 * bookings with buffers, group sessions, busy blocks, lead times, daily maximum), then the insert
 * is checked again by the database trigger.
 */
export async function insertIntoFreeSlot(
  tx: PersonalTx,
  args: {
    orgId: string;
    zone: string;
    type: SessionType;
    trainerId: string;
    startsAt: Date;
    personId: string;
    paymentMethod: PaymentMethod;
    now: Date;
    rescheduledFrom: string | null;
  },
): Promise<PersonalBookingRecord> {
  const { type, trainerId, startsAt, now } = args;
  if (!type.trainerIds.includes(trainerId))
    throw new DomainError(ErrorCode.NotFound, { what: "trainer", trainerId });
  checkLeadTime(type, startsAt, now);
  await tx.lockTrainer(trainerId);
  const mine = await tx.listBookingsOfPerson(args.orgId, args.personId, startsAt);
  if (
    mine.some(
      (b) =>
        b.status === "confirmed" &&
        b.sessionTypeId === type.id &&
        b.trainerId === trainerId &&
        b.startsAt.getTime() === startsAt.getTime(),
    )
  )
    throw new DomainError(ErrorCode.AlreadyBooked, { status: "confirmed" });
  const slots = await trainerSlots(
    tx,
    args.orgId,
    args.zone,
    type,
    trainerId,
    startsAt,
    new Date(startsAt.getTime() + 60_000),
    now,
  );
  const slot = slots.find((s) => s.startsAt.getTime() === startsAt.getTime());
  if (!slot) {
    const full = (
      await tx.listBookingsOfTrainer(args.orgId, trainerId, startsAt, new Date(startsAt.getTime() + 1))
    ).some((b) => b.sessionTypeId === type.id && b.startsAt.getTime() === startsAt.getTime());
    throw new DomainError(full && type.capacity > 1 ? ErrorCode.SlotFull : ErrorCode.SlotUnavailable, {
      startsAt: startsAt.toISOString(),
    });
  }
  const member = await tx.holdsValidPass(args.orgId, args.personId, now);
  const price = priceFor(type, member);
  return tx.insertBooking({
    orgId: args.orgId,
    sessionTypeId: type.id,
    trainerId,
    personId: args.personId,
    startsAt,
    endsAt: slot.endsAt,
    bufferMinutes: type.bufferMinutes,
    paymentMethod: args.paymentMethod,
    amountCents: price.amountCents,
    currency: type.currency,
    memberPrice: price.memberPrice,
    rescheduledFrom: args.rescheduledFrom,
  });
}

/** A member (or staff for a member) books a free slot of a type with a payment method. */
export async function bookPersonalSession(
  deps: PersonalDeps,
  actor: Actor,
  input: BookPersonalInput,
): Promise<PersonalBookingRecord> {
  if (input.forPersonId && input.forPersonId !== actor.personId && !hasTrainerRights(actor.role))
    throw new DomainError(ErrorCode.NotAllowed, { action: "personal_book_for", role: actor.role });
  return deps.personal.transaction(async (tx) => {
    const now = deps.clock.now();
    const settings = await enabledSettings(tx, actor);
    const type = await visibleTypeOrFail(tx, actor, settings, input.sessionTypeId, now);
    if (type.status !== "active")
      throw new DomainError(ErrorCode.NotFound, { what: "session_type", status: type.status });
    const paymentMethod = choosePayment(settings, input.paymentMethod);
    const personId = input.forPersonId ?? actor.personId;
    if (!(await tx.getPersonName(actor.orgId, personId)))
      throw new DomainError(ErrorCode.NotFound, { what: "member", personId });
    const org = await tx.getOrganization(actor.orgId);
    if (!org) throw new DomainError(ErrorCode.NotFound, { what: "organization" });
    const booking = await insertIntoFreeSlot(tx, {
      orgId: actor.orgId,
      zone: org.timezone,
      type,
      trainerId: input.trainerId,
      startsAt: input.startsAt,
      personId,
      paymentMethod,
      now,
      rescheduledFrom: null,
    });
    await tx.addOutbox(actor.orgId, { kind: "personal.booked", payload: facts(booking) });
    return booking;
  });
}
