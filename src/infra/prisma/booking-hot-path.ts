import crypto from "node:crypto";
import type {
  BookingRecord,
  BookingSource,
  OccurrenceCounts,
  OccurrenceInfo,
  PassInfo,
} from "../../domain/model.ts";
import type { NewBooking } from "../../ports/booking-store.ts";
import type { BookingContext } from "../../ports/one-step-booking.ts";
import type { Tx } from "./tx.ts";

// The booking path runs once per member action and under a row lock, so it is two statements:
// booking_lock_and_load (lock, then read; see the booking_lock_and_load migration) and one write.
// Every Prisma call costs ~0.5 ms of CPU, and that is what limits bookings per second.

type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};
export type RawBooking = Omit<Json<BookingRecord>, "seq" | "source"> & {
  seq: string | number;
  source: string;
};

const date = (v: string | Date): Date => (v instanceof Date ? v : new Date(v));

export function toBooking(
  r: RawBooking | (Omit<BookingRecord, "seq" | "source"> & { seq: bigint | string; source: string }),
): BookingRecord {
  return {
    ...r,
    seq: BigInt(r.seq),
    source: r.source as BookingSource,
    createdAt: date(r.createdAt),
    confirmedAt: r.confirmedAt === null ? null : date(r.confirmedAt),
    cancelledAt: r.cancelledAt === null ? null : date(r.cancelledAt),
  };
}

/** An OccurrenceInfo that came back as JSON (from a PL/pgSQL function). */
export const occurrenceFromJson = (o: Json<OccurrenceInfo>): OccurrenceInfo => ({
  ...o,
  startsAt: new Date(o.startsAt),
});

export type Loaded = {
  occurrence: Json<OccurrenceInfo>;
  counts: OccurrenceCounts;
  existing: RawBooking | null;
  passes: Json<PassInfo>[] | null;
};

/** A person's passes as JSON (booking_load, the session search for a booking). */
export const passesFromJson = (passes: Json<PassInfo>[] | null | undefined): PassInfo[] =>
  (passes ?? []).map((p) => ({ ...p, validFrom: new Date(p.validFrom), validUntil: new Date(p.validUntil) }));

/** The JSON of booking_lock_and_load / booking_load as the booking context. */
export function fromLoaded(loaded: Loaded | null | undefined): BookingContext | null {
  if (!loaded?.occurrence) return null;
  return {
    occurrence: occurrenceFromJson(loaded.occurrence),
    counts: { confirmed: Number(loaded.counts.confirmed), waitlisted: Number(loaded.counts.waitlisted) },
    existing: loaded.existing ? toBooking(loaded.existing) : null,
    passes: passesFromJson(loaded.passes),
  };
}

export function bookingHotPath(tx: Tx) {
  return {
    async lockOccurrenceForBooking(orgId: string, occurrenceId: string, personId: string) {
      const rows = await tx.$queryRaw<Array<{ loaded: Loaded | null }>>`
        SELECT booking_lock_and_load(${orgId}, ${occurrenceId}, ${personId}) AS loaded`;
      return fromLoaded(rows[0]?.loaded);
    },

    async insertBookingAndCharge(b: NewBooking): Promise<{ booking: BookingRecord; charged: boolean }> {
      const id = crypto.randomUUID();
      const confirmed = b.status === "confirmed";
      const rows = await tx.$queryRaw<
        Array<Omit<BookingRecord, "source"> & { source: string; charged: boolean }>
      >`
        WITH ins AS (
          INSERT INTO "Booking" (id, "orgId", "occurrenceId", "personId", "passId", status, active, source, "createdAt", "confirmedAt")
          VALUES (${id}, ${b.orgId}, ${b.occurrenceId}, ${b.personId}, ${b.passId}, ${b.status}::"BookingStatus", true,
                  ${b.source}, ${b.now}, ${confirmed ? b.now : null})
          RETURNING *),
        debited AS (
          UPDATE "Pass" SET remaining = remaining - 1
          WHERE id = ${b.passId} AND remaining > 0 AND ${confirmed} RETURNING id),
        ledger AS (
          INSERT INTO "PassLedger" (id, "passId", kind, amount, "chargeBookingId", cause)
          SELECT ${crypto.randomUUID()}, debited.id, 'deduct', 1, ${id}, ${b.cause} FROM debited RETURNING id)
        SELECT ins.id, ins.seq, ins."orgId", ins."occurrenceId", ins."personId", ins."passId", ins.status::text AS status,
               ins.source, ins."cancelReason", ins."createdAt", ins."confirmedAt", ins."cancelledAt",
               EXISTS (SELECT 1 FROM ledger) AS charged
        FROM ins`;
      const row = rows[0];
      if (!row) throw new Error("booking insert returned no row");
      const { charged, ...booking } = row;
      return { booking: toBooking(booking), charged };
    },
  };
}
