import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { checkBookings, rawBookOnce, startsOf } from "../../bench/booking-raw-once.ts";
import { type BenchStudio, seedBenchStudio } from "../../bench/booking-setup.ts";
import { createPrismaBookingStore } from "../../src/infra/prisma/booking-store.ts";
import { systemClock } from "../../src/ports/clock.ts";
import * as uc from "../../src/use-cases/index.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

// bench:booking's baseline and its same-outcome check: the raw call books as the service does, and
// the check catches a booking that is missing, uncharged, over capacity or doubled.
describePg("bench:booking's raw call and outcome check", () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let studio: BenchStudio;
  let starts: Map<string, Date>;
  const deps = () => ({ store: createPrismaBookingStore(db.prisma), clock: systemClock });

  beforeAll(async () => {
    db = await createTestPgDatabase(4);
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
    // 3 members, sessions of 2 spots.
    studio = await seedBenchStudio(db.prisma, deps(), "t", 3, 3, { capacity: 2, kind: "Rush" });
    starts = await startsOf(pool, studio.occurrenceIds);
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  const raw = (u: number, occ: string) => {
    const m = studio.members[u]!;
    return rawBookOnce(pool, m.orgId, m.personId, occ, studio.passOf.get(m.personId)!, starts.get(occ)!);
  };

  it("books like the service: confirmed up to capacity, then waitlisted, each charged once", async () => {
    const [first, second] = studio.occurrenceIds as [string, string];
    for (const u of [0, 1, 2]) await raw(u, first);
    for (const m of studio.members)
      await uc.bookSession(deps(), m, { occurrenceId: second, passId: studio.passOf.get(m.personId)! });
    const byStatus = await pool.query<{ occurrenceId: string; status: string; n: number }>(
      `SELECT "occurrenceId", status::text, count(*)::int AS n FROM "Booking" GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    const of = (occ: string) =>
      Object.fromEntries(byStatus.rows.filter((r) => r.occurrenceId === occ).map((r) => [r.status, r.n]));
    expect(of(first)).toEqual({ confirmed: 2, waitlisted: 1 });
    expect(of(second)).toEqual(of(first));
    expect(await checkBookings(pool, studio.orgId, 6)).toBeNull();
  });

  it("refuses what the service refuses: a second booking, a session that moved", async () => {
    const [first, , third] = studio.occurrenceIds as [string, string, string];
    await expect(raw(0, first)).rejects.toThrow(/already/);
    const m = studio.members[0]!;
    const moved = new Date(starts.get(third)!.getTime() + 3_600_000);
    await expect(
      rawBookOnce(pool, m.orgId, m.personId, third, studio.passOf.get(m.personId)!, moved),
    ).rejects.toThrow(/stale/);
  });

  it("the check fails on a count that differs, a missing charge, and a session over capacity", async () => {
    expect(await checkBookings(pool, studio.orgId, 7)).toMatch(/7 bookings made, 6 in the database/);
    const ledger = await pool.query<{ id: string }>(
      `SELECT id FROM "PassLedger" WHERE kind = 'deduct' LIMIT 1`,
    );
    const row = await pool.query(`DELETE FROM "PassLedger" WHERE id = $1 RETURNING *`, [ledger.rows[0]!.id]);
    expect(await checkBookings(pool, studio.orgId, 6)).toMatch(/ledger rows/);
    const r = row.rows[0] as Record<string, unknown>;
    await pool.query(
      `INSERT INTO "PassLedger" (id, "passId", kind, amount, "chargeBookingId", cause) VALUES ($1, $2, $3, $4, $5, $6)`,
      [r.id, r.passId, r.kind, r.amount, r.chargeBookingId, r.cause],
    );
    expect(await checkBookings(pool, studio.orgId, 6)).toBeNull();
    await pool.query(`UPDATE "Occurrence" SET capacity = 1 WHERE id = $1`, [studio.occurrenceIds[0]]);
    expect(await checkBookings(pool, studio.orgId, 6)).toMatch(/1 sessions over capacity/);
  });
});
