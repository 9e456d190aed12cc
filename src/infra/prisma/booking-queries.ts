import type { BookingRecord, OccurrenceInfo } from "../../domain/model.ts";
import { toBooking } from "./booking-hot-path.ts";
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

export function bookingQueries(
  tx: Tx,
  getOccurrence: (orgId: string, id: string) => Promise<OccurrenceInfo | null>,
) {
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
      const rows = await tx.booking.findMany({
        where: { orgId, personId },
        select: BOOKING_SELECT,
        orderBy: { seq: "asc" },
      });
      const result: Array<BookingRecord & { occurrence: OccurrenceInfo }> = [];
      const cache = new Map<string, OccurrenceInfo | null>();
      for (const r of rows) {
        if (!cache.has(r.occurrenceId)) cache.set(r.occurrenceId, await getOccurrence(orgId, r.occurrenceId));
        const occurrence = cache.get(r.occurrenceId);
        if (occurrence) result.push({ ...toBooking(r), occurrence });
      }
      return result;
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
