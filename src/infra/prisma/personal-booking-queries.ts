import type { PaymentMethod, PersonalBookingRecord } from "../../domain/personal/model.ts";
import type { NewPersonalBooking, TrainerCalendar } from "../../ports/personal-store.ts";
import type { Tx } from "./tx.ts";

const bookingInclude = {
  sessionType: { select: { name: true, location: true } },
  person: { select: { displayName: true } },
  trainer: { select: { displayName: true } },
} as const;

type BookingRow = Awaited<ReturnType<Tx["personalBooking"]["findFirstOrThrow"]>> & {
  sessionType: { name: string; location: string | null };
  person: { displayName: string };
  trainer: { displayName: string };
};

function toRecord(r: BookingRow): PersonalBookingRecord {
  return {
    id: r.id,
    orgId: r.orgId,
    sessionTypeId: r.sessionTypeId,
    sessionTypeName: r.sessionType.name,
    trainerId: r.trainerId,
    trainerName: r.trainer.displayName,
    personId: r.personId,
    personName: r.person.displayName,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    bufferMinutes: r.bufferMinutes,
    paymentMethod: r.paymentMethod as PaymentMethod,
    amountCents: r.amountCents,
    currency: r.currency,
    memberPrice: r.memberPrice,
    status: r.status === "cancelled" ? "cancelled" : "confirmed",
    location: r.sessionType.location,
    cancelledAt: r.cancelledAt,
  };
}

const DAY = 24 * 3_600_000;

/** Personal bookings and what a trainer's calendar holds. */
export function personalBookingQueries(tx: Tx) {
  return {
    async lockTrainer(trainerId: string): Promise<void> {
      await tx.$queryRaw`SELECT trainer_calendar_lock(${trainerId})::text AS locked`;
    },

    async loadTrainerCalendar(
      orgId: string,
      trainerId: string,
      from: Date,
      to: Date,
    ): Promise<TrainerCalendar> {
      // Anything that could reach into [from, to) with the longest buffer and duration allowed.
      const lo = new Date(from.getTime() - 4 * 3_600_000);
      const hi = new Date(to.getTime() + 4 * 3_600_000);
      // One after the other: an interactive transaction is one connection. Every read bounds the
      // start from below (a booking lasts at most 12 hours, a session a day: checks in the database),
      // so ("trainerId", "startsAt") reads the range, not the trainer's whole past.
      const bookings = await tx.personalBooking.findMany({
        where: {
          trainerId,
          active: true,
          startsAt: { lt: hi, gt: new Date(lo.getTime() - DAY) },
          endsAt: { gt: lo },
        },
        select: { sessionTypeId: true, startsAt: true, endsAt: true, bufferMinutes: true },
      });
      const groups = await tx.occurrence.findMany({
        where: {
          trainerId,
          status: "scheduled",
          startsAt: { lt: hi, gt: new Date(lo.getTime() - 24 * 3_600_000) },
        },
        select: { startsAt: true, durationMinutes: true },
      });
      const busy = await tx.busyBlock.findMany({
        where: { orgId, trainerId, startsAt: { lt: hi }, endsAt: { gt: lo } },
        select: { startsAt: true, endsAt: true },
      });
      return {
        bookings,
        groupSessions: groups.map((g) => ({
          startsAt: g.startsAt,
          endsAt: new Date(g.startsAt.getTime() + g.durationMinutes * 60_000),
        })),
        busy,
      };
    },

    async insertBooking(b: NewPersonalBooking): Promise<PersonalBookingRecord> {
      return toRecord(
        await tx.personalBooking.create({
          data: { ...b, status: "confirmed", active: true },
          include: bookingInclude,
        }),
      );
    },

    async getBooking(orgId: string, id: string): Promise<PersonalBookingRecord | null> {
      const r = await tx.personalBooking.findFirst({ where: { id, orgId }, include: bookingInclude });
      return r ? toRecord(r) : null;
    },

    async cancelBooking(id: string, reason: string | null, now: Date): Promise<void> {
      await tx.personalBooking.update({
        where: { id },
        data: { status: "cancelled", active: null, cancelReason: reason, cancelledAt: now },
      });
    },

    async listBookingsOfPerson(
      orgId: string,
      personId: string,
      from: Date,
    ): Promise<PersonalBookingRecord[]> {
      const rows = await tx.personalBooking.findMany({
        where: { orgId, personId, endsAt: { gt: from } },
        include: bookingInclude,
        orderBy: { startsAt: "asc" },
        take: 200,
      });
      return rows.map(toRecord);
    },

    async listBookingsOfTrainer(
      orgId: string,
      trainerId: string,
      from: Date,
      to: Date,
    ): Promise<PersonalBookingRecord[]> {
      const rows = await tx.personalBooking.findMany({
        where: {
          orgId,
          trainerId,
          active: true,
          startsAt: { lt: to, gt: new Date(from.getTime() - DAY) },
          endsAt: { gt: from },
        },
        include: bookingInclude,
        orderBy: { startsAt: "asc" },
        take: 500,
      });
      return rows.map(toRecord);
    },
  };
}
