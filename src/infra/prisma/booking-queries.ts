import type { BookingRecord, OccurrenceInfo } from "../../domain/model.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { occurrenceFromJson, type RawBooking, toBooking } from "./booking-hot-path.ts";
import { rowsOf } from "./direct-sql.ts";
import type { Tx } from "./tx.ts";

const BOOKING_SELECT = {
  id: true,
  seq: true,
  orgId: true,
  occurrenceId: true,
  personId: true,
  passId: true,
  status: true,
  source: true,
  cancelReason: true,
  createdAt: true,
  confirmedAt: true,
  cancelledAt: true,
} as const;

/**
 * A person's bookings with each one's session, in one statement (it was one read per session: a
 * member with 40 bookings cost 41 round trips). `where` filters and orders on b (the booking).
 */
async function bookingsOfPerson(
  tx: Tx,
  where: Prisma.Sql,
): Promise<Array<BookingRecord & { occurrence: OccurrenceInfo }>> {
  const rows = await rowsOf(tx)<RawBooking & { occurrence: Parameters<typeof occurrenceFromJson>[0] }>`
    SELECT b.id, b.seq::text AS seq, b."orgId", b."occurrenceId", b."personId", b."passId",
      b.status::text AS status, b.source::text AS source, b."cancelReason", b."createdAt",
      b."confirmedAt", b."cancelledAt", row_to_json(o) AS occurrence
    FROM "Booking" b JOIN "OccurrenceInfo" o ON o.id = b."occurrenceId" AND o."orgId" = b."orgId"
    WHERE ${where}`;
  return rows.map(({ occurrence, ...b }) => ({
    ...toBooking(b),
    occurrence: occurrenceFromJson(occurrence),
  }));
}

export function bookingQueries(tx: Tx) {
  return {
    async getBooking(orgId: string, bookingId: string): Promise<BookingRecord | null> {
      const b = await tx.booking.findFirst({ where: { id: bookingId, orgId }, select: BOOKING_SELECT });
      return b ? toBooking(b) : null;
    },

    async findActiveBooking(occurrenceId: string, personId: string): Promise<BookingRecord | null> {
      const b = await tx.booking.findFirst({
        where: { occurrenceId, personId, active: true },
        select: BOOKING_SELECT,
      });
      return b ? toBooking(b) : null;
    },

    async listActiveBookings(occurrenceId: string): Promise<BookingRecord[]> {
      const rows = await tx.booking.findMany({
        where: { occurrenceId, active: true },
        orderBy: { seq: "asc" },
        select: BOOKING_SELECT,
      });
      return rows.map(toBooking);
    },

    async firstWaitlisted(occurrenceId: string): Promise<BookingRecord | null> {
      const b = await tx.booking.findFirst({
        where: { occurrenceId, status: "waitlisted" },
        orderBy: { seq: "asc" },
        select: BOOKING_SELECT,
      });
      return b ? toBooking(b) : null;
    },

    async listUpcomingBookingsOfPerson(orgId: string, personId: string, after: Date) {
      // By ("personId", "startsAt"): the sessions ahead only, never the member's past.
      return bookingsOfPerson(
        tx,
        Prisma.sql`b."orgId" = ${orgId} AND b."personId" = ${personId} AND b."startsAt" > ${after}
          ORDER BY b."startsAt", b.seq`,
      );
    },

    async listPastBookingsOfPerson(
      orgId: string,
      personId: string,
      atOrBefore: Date,
      page: { offset: number; limit: number },
    ) {
      // One page, most recent first, by ("personId", "startsAt") backwards.
      return bookingsOfPerson(
        tx,
        Prisma.sql`b."orgId" = ${orgId} AND b."personId" = ${personId} AND b."startsAt" <= ${atOrBefore}
          ORDER BY b."startsAt" DESC, b.seq DESC OFFSET ${page.offset} LIMIT ${page.limit}`,
      );
    },

    async confirmBooking(bookingId: string, passId: string, now: Date): Promise<void> {
      await tx.booking.update({
        where: { id: bookingId },
        data: { status: "confirmed", passId, confirmedAt: now },
      });
    },

    async cancelBooking(bookingId: string, reason: string, now: Date): Promise<void> {
      await tx.booking.update({
        where: { id: bookingId },
        data: { status: "cancelled", active: null, cancelReason: reason, cancelledAt: now },
      });
    },
  };
}
