import type { BookingRecord, OccurrenceInfo } from "../../domain/model.ts";
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

    async listBookingsOfPerson(
      orgId: string,
      personId: string,
    ): Promise<Array<BookingRecord & { occurrence: OccurrenceInfo }>> {
      // One statement with each booking's session (it was one read per session: a member with
      // 40 bookings cost 41 round trips for "my bookings").
      const rows = await rowsOf(tx)<RawBooking & { occurrence: Parameters<typeof occurrenceFromJson>[0] }>`
        SELECT b.id, b.seq::text AS seq, b."orgId", b."occurrenceId", b."personId", b."passId",
          b.status::text AS status, b.source::text AS source, b."cancelReason", b."createdAt",
          b."confirmedAt", b."cancelledAt", row_to_json(o) AS occurrence
        FROM "Booking" b JOIN "OccurrenceInfo" o ON o.id = b."occurrenceId" AND o."orgId" = b."orgId"
        WHERE b."orgId" = ${orgId} AND b."personId" = ${personId}
        ORDER BY b.seq`;
      return rows.map(({ occurrence, ...b }) => ({
        ...toBooking(b),
        occurrence: occurrenceFromJson(occurrence),
      }));
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
