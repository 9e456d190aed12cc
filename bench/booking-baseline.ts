import crypto from "node:crypto";
import type pg from "pg";

/**
 * bench:e2e's baseline (bench:booking's own is bench/booking-raw-once.ts): the same booking written
 * as hand-tuned SQL through `pg`, one interactive transaction per booking (seven round trips: BEGIN,
 * three reads, the booking insert, the debit with its ledger row, COMMIT).
 * It does what the service's booking transaction does: lock the session, count its bookings, check
 * the member has no active booking there, read and check the pass, debit it with a ledger entry, and
 * insert the booking. (A self-booking writes no outbox row in this product: the reply is the notice.)
 */
export async function rawBook(
  pool: pg.Pool,
  orgId: string,
  personId: string,
  occurrenceId: string,
  passId: string,
): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    const occ = await c.query(
      `SELECT o.capacity, o."startsAt", o.status, t."trainingTypeId" FROM "Occurrence" o JOIN "TrainingTemplate" t ON t.id = o."templateId"
       WHERE o.id = $1 AND o."orgId" = $2 FOR UPDATE OF o`,
      [occurrenceId, orgId],
    );
    const row = occ.rows[0] as { capacity: number; startsAt: Date; trainingTypeId: string } | undefined;
    if (!row) throw new Error("no session");
    const counts = await c.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
              count(*) FILTER (WHERE "personId" = $2 AND active)::int AS mine
       FROM "Booking" WHERE "occurrenceId" = $1`,
      [occurrenceId, personId],
    );
    const { confirmed, mine } = counts.rows[0] as { confirmed: number; mine: number };
    if (mine > 0) throw new Error("already booked");
    const pass = await c.query(
      `SELECT p.id FROM "Pass" p JOIN "PassTypeTrainingType" x ON x."passTypeId" = p."passTypeId"
       WHERE p.id = $1 AND p."personId" = $2 AND p.remaining > 0 AND p."validFrom" <= $3 AND p."validUntil" > $3 AND x."trainingTypeId" = $4`,
      [passId, personId, row.startsAt, row.trainingTypeId],
    );
    if (pass.rowCount === 0) throw new Error("no usable pass");
    const bookingId = crypto.randomUUID();
    const status = confirmed < row.capacity ? "confirmed" : "waitlisted";
    await c.query(
      `INSERT INTO "Booking" (id, "orgId", "occurrenceId", "personId", "passId", status, active, source, "createdAt", "confirmedAt")
       VALUES ($1, $2, $3, $4, $5, $6::"BookingStatus", true, 'self', now(), $7)`,
      [bookingId, orgId, occurrenceId, personId, passId, status, status === "confirmed" ? new Date() : null],
    );
    if (status === "confirmed") {
      const debit = await c.query(
        `WITH debited AS (UPDATE "Pass" SET remaining = remaining - 1 WHERE id = $1 AND remaining > 0 RETURNING id)
         INSERT INTO "PassLedger" (id, "passId", kind, amount, "chargeBookingId", cause)
         SELECT $2, id, 'deduct', 1, $3, 'booking' FROM debited RETURNING id`,
        [passId, crypto.randomUUID(), bookingId],
      );
      if (debit.rowCount !== 1) throw new Error("pass emptied");
    }
    await c.query("COMMIT");
  } catch (e) {
    await c.query("ROLLBACK");
    throw e;
  } finally {
    c.release();
  }
}
