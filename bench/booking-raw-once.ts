import crypto from "node:crypto";
import type pg from "pg";

/**
 * bench:booking's baseline: the fastest raw form of the service's booking. One round trip through
 * `pg`: the stored function the service's write calls (`book_session_once`, migration
 * 20261130171000_book_session_once), sent as one named (prepared) autocommit statement, as the
 * service's own statements are sent (src/infra/prisma/direct-sql.ts). It takes the session's row
 * lock, checks the session, the member's active booking, the count and the pass under it, and writes
 * the booking, the pass debit and its ledger row: one statement, one commit.
 *
 * What it leaves out is the service's own overhead: the unlocked read the rules run on
 * (`booking_load`, one more round trip), the rules in TypeScript, the JSON decoding. So the session's
 * start time it must present is read here once per session, before the timed runs (`startsOf`).
 */
const BOOK_ONCE = `SELECT book_session_once($1, $2, $3, $4, $5::timestamptz, $6::timestamptz, $7, $8, NULL, NULL) AS r`;

export async function rawBookOnce(
  pool: pg.Pool,
  orgId: string,
  personId: string,
  occurrenceId: string,
  passId: string,
  startsAt: Date,
): Promise<void> {
  const res = await pool.query<{ r: { outcome: string; booking?: { status: string } } }>({
    name: "bench_book_session_once",
    text: BOOK_ONCE,
    values: [
      orgId,
      occurrenceId,
      personId,
      passId,
      new Date(),
      startsAt,
      crypto.randomUUID(),
      crypto.randomUUID(),
    ],
  });
  const outcome = res.rows[0]?.r.outcome;
  // The service throws on every outcome but a booking; so does the baseline (it counts as failed).
  if (outcome !== "booked") throw new Error(`book_session_once: ${outcome ?? "no row"}`);
}

/** The start of each session (what the raw form presents as the start it saw), read once. */
export async function startsOf(pool: pg.Pool, occurrenceIds: string[]): Promise<Map<string, Date>> {
  const r = await pool.query<{ id: string; startsAt: Date }>(
    `SELECT id, "startsAt" FROM "Occurrence" WHERE id = ANY($1)`,
    [occurrenceIds],
  );
  return new Map(r.rows.map((row) => [row.id, row.startsAt]));
}

/**
 * The same outcome on both sides, checked in the database after the runs: every booking the driver
 * counted is there exactly once, confirmed ones are charged once each (pass debit and ledger row), and
 * no session holds more confirmed bookings than its capacity. Null when all holds, else what did not.
 */
export async function checkBookings(pool: pg.Pool, orgId: string, made: number): Promise<string | null> {
  const r = await pool.query<{
    bookings: number;
    confirmed: number;
    ledger: number;
    debited: number;
    over: number;
    twice: number;
  }>(
    `SELECT
       (SELECT count(*)::int FROM "Booking" WHERE "orgId" = $1) AS bookings,
       (SELECT count(*)::int FROM "Booking" WHERE "orgId" = $1 AND status = 'confirmed') AS confirmed,
       (SELECT count(*)::int FROM "PassLedger" l JOIN "Booking" b ON b.id = l."chargeBookingId"
          WHERE b."orgId" = $1 AND l.kind = 'deduct') AS ledger,
       (SELECT coalesce(sum(t.sessions - p.remaining), 0)::int FROM "Pass" p
          JOIN "PassType" t ON t.id = p."passTypeId" WHERE p."orgId" = $1) AS debited,
       (SELECT count(*)::int FROM "Occurrence" o WHERE o."orgId" = $1 AND o.capacity <
          (SELECT count(*) FROM "Booking" b WHERE b."occurrenceId" = o.id AND b.status = 'confirmed')) AS over,
       (SELECT count(*)::int FROM (SELECT 1 FROM "Booking" WHERE "orgId" = $1 AND active
          GROUP BY "occurrenceId", "personId" HAVING count(*) > 1) d) AS twice`,
    [orgId],
  );
  const c = r.rows[0];
  if (!c) return "no counts";
  if (c.bookings !== made) return `${made} bookings made, ${c.bookings} in the database`;
  if (c.ledger !== c.confirmed || c.debited !== c.confirmed)
    return `${c.confirmed} confirmed, ${c.ledger} ledger rows, ${c.debited} sessions debited`;
  if (c.over > 0) return `${c.over} sessions over capacity`;
  if (c.twice > 0) return `${c.twice} members booked twice into one session`;
  return null;
}
