import crypto from "node:crypto";
import type { BookingRecord, BookingSource, OccurrenceCounts, PassInfo } from "../../domain/model.ts";
import type { NewChargedBooking } from "../../ports/booking-store.ts";
import type { Tx } from "./tx.ts";

// The booking path runs once per member action and under a row lock, so it is written as two
// statements instead of six: every Prisma call costs ~0.7 ms of CPU, which is what limits throughput.

type RawBooking = Omit<BookingRecord, "seq" | "source" | "createdAt" | "confirmedAt" | "cancelledAt"> & {
  seq: string | number | bigint;
  source: string;
  createdAt: string | Date;
  confirmedAt: string | Date | null;
  cancelledAt: string | Date | null;
};

const date = (v: string | Date): Date => (v instanceof Date ? v : new Date(v));

export function toBooking(r: RawBooking): BookingRecord {
  return {
    ...r,
    seq: BigInt(r.seq),
    source: r.source as BookingSource,
    createdAt: date(r.createdAt),
    confirmedAt: r.confirmedAt === null ? null : date(r.confirmedAt),
    cancelledAt: r.cancelledAt === null ? null : date(r.cancelledAt),
  };
}

type RawPass = Omit<PassInfo, "validFrom" | "validUntil"> & { validFrom: string; validUntil: string };

export function bookingHotPath(tx: Tx) {
  return {
    async loadBookingContext(orgId: string, occurrenceId: string, personId: string) {
      const rows = await tx.$queryRaw<
        Array<{ counts: OccurrenceCounts; existing: RawBooking | null; passes: RawPass[] | null }>
      >`
        SELECT
          (SELECT json_build_object(
             'confirmed', count(*) FILTER (WHERE status = 'confirmed'),
             'waitlisted', count(*) FILTER (WHERE status = 'waitlisted'))
           FROM "Booking" WHERE "occurrenceId" = ${occurrenceId}) AS counts,
          (SELECT json_build_object('id', b.id, 'seq', b.seq::text, 'orgId', b."orgId", 'occurrenceId', b."occurrenceId",
             'personId', b."personId", 'passId', b."passId", 'status', b.status, 'source', b.source,
             'cancelReason', b."cancelReason", 'createdAt', b."createdAt", 'confirmedAt', b."confirmedAt", 'cancelledAt', b."cancelledAt")
           FROM "Booking" b WHERE b."occurrenceId" = ${occurrenceId} AND b."personId" = ${personId} AND b.active) AS existing,
          (SELECT json_agg(json_build_object('id', p.id, 'personId', p."personId", 'passTypeId', p."passTypeId", 'name', pt.name,
             'remaining', p.remaining, 'validFrom', p."validFrom", 'validUntil', p."validUntil",
             'trainingTypeIds', COALESCE((SELECT array_agg(x."trainingTypeId") FROM "PassTypeTrainingType" x WHERE x."passTypeId" = p."passTypeId"), '{}'),
             'scheduleIds', COALESCE((SELECT array_agg(y."scheduleId") FROM "PassTypeSchedule" y WHERE y."passTypeId" = p."passTypeId"), '{}'))
             ORDER BY p."validUntil", p.id)
           FROM "Pass" p JOIN "PassType" pt ON pt.id = p."passTypeId"
           WHERE p."orgId" = ${orgId} AND p."personId" = ${personId}) AS passes`;
      const row = rows[0];
      return {
        counts: {
          confirmed: Number(row?.counts.confirmed ?? 0),
          waitlisted: Number(row?.counts.waitlisted ?? 0),
        },
        existing: row?.existing ? toBooking(row.existing) : null,
        passes: (row?.passes ?? []).map((p) => ({
          ...p,
          validFrom: new Date(p.validFrom),
          validUntil: new Date(p.validUntil),
        })),
      };
    },

    async insertBookingAndCharge(
      b: NewChargedBooking,
    ): Promise<{ booking: BookingRecord; charged: boolean }> {
      const id = crypto.randomUUID();
      const confirmed = b.status === "confirmed";
      const rows = await tx.$queryRaw<Array<RawBooking & { charged: boolean }>>`
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
