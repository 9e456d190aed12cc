import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type PoolMode } from "../../src/infra/db/create-database.ts";
import * as uc from "../../src/use-cases/index.ts";
import { buildStudio } from "../booking/studio.ts";
import { pgbouncerBinary, type RunningPgBouncer, startPgBouncer } from "../support/pgbouncer.ts";
import { DB_PREFIX, IN_CI, PG_SERVER_URL, withDatabase } from "../support/services.ts";
import type { TestDatabase } from "../support/test-db.ts";

const binary = pgbouncerBinary();
if (!binary && IN_CI)
  throw new Error("CI=true but pgbouncer is not installed (apt-get install -y pgbouncer; .ci/run does it)");
const describeBouncer = binary ? describe : describe.skip;

/** Every error in a cause chain, as text (the store wraps driver errors). */
function chainText(e: unknown): string {
  const parts: string[] = [];
  for (let x: unknown = e; x instanceof Error; x = (x as { cause?: unknown }).cause)
    parts.push(`${x.message} ${(x as { code?: string }).code ?? ""}`);
  return parts.join(" <- ");
}

describeBouncer(
  `behind PgBouncer in transaction pooling (${binary ?? "pgbouncer not installed: apt-get install pgbouncer"})`,
  () => {
    let bouncer: RunningPgBouncer;
    // Empty databases made beforehand: pgbouncer lists only these (as a production pgbouncer.ini
    // does), so the app must migrate them without reaching the `postgres` database through it.
    const databases = ["tx", "named"].map(
      (k) => `${DB_PREFIX}_bouncer_${k}_${crypto.randomBytes(4).toString("hex")}`,
    );
    const opened: TestDatabase[] = [];

    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: PG_SERVER_URL });
      await admin.connect();
      for (const name of databases) await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const server = new URL(PG_SERVER_URL);
      // Two server connections for a pool of eight: consecutive statements of one client land on
      // different server connections, as they do in production under load.
      bouncer = await startPgBouncer({
        binary: binary as string,
        server: { host: server.hostname, port: Number(server.port || 5432) },
        poolMode: "transaction",
        poolSize: 2,
        user: decodeURIComponent(server.username) || "root",
        databases,
      });
    });
    afterAll(async () => {
      for (const db of opened) await db.close().catch(() => undefined);
      await bouncer?.stop();
      const admin = new pg.Client({ connectionString: PG_SERVER_URL });
      await admin.connect();
      for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    });

    /** An empty database migrated through pgbouncer by the app's own start-up path. */
    async function openThroughBouncer(name: string, poolMode: PoolMode): Promise<TestDatabase> {
      const url = bouncer.urlFor(withDatabase(PG_SERVER_URL, name));
      const db = await createDatabase({ kind: "postgres", url, poolSize: 8, poolMode });
      const t: TestDatabase = { ...db, url, drop: () => db.close() };
      opened.push(t);
      return t;
    }

    /** All members book one session at once, then list their bookings: what each was told. */
    async function rush(db: TestDatabase) {
      const s = await buildStudio(db, { yogaCapacity: 30, members: 16 });
      for (const m of s.members) await s.grant(m, s.yogaPass.id);
      const [occurrence] = await s.occurrencesOf(s.yogaSchedule.id);
      const outcomes = await Promise.all(
        s.members.map(async (m) => {
          try {
            const booked = await uc.bookSession(s.deps, m, { occurrenceId: occurrence!.id });
            const mine = await uc.myBookings(s.deps, m);
            return { ok: booked.status === "confirmed" && mine.upcoming.length > 0, error: "" };
          } catch (e) {
            return { ok: false, error: chainText(e) };
          }
        }),
      );
      const confirmed = await s.prisma.booking.count({
        where: { occurrenceId: occurrence!.id, status: "confirmed" },
      });
      return { outcomes, confirmed, members: s.members.length };
    }

    it("DATABASE_POOL_MODE=transaction: migrations apply through it and every member's booking goes through", async () => {
      const db = await openThroughBouncer(databases[0]!, "transaction");
      const migrated = await db.prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
      expect(migrated[0]!.n).toBeGreaterThan(0);
      const { outcomes, confirmed, members } = await rush(db);
      expect(outcomes.filter((o) => !o.ok)).toEqual([]);
      expect(confirmed).toBe(members);
    });

    it("without the setting, named prepared statements break behind it (so the setting is what makes it work)", async () => {
      const db = await openThroughBouncer(databases[1]!, "session");
      const { outcomes } = await rush(db);
      const failed = outcomes.filter((o) => !o.ok);
      expect(failed.length).toBeGreaterThan(0);
      console.info(
        `named statements behind pgbouncer: ${failed.length} of ${outcomes.length} failed, e.g. ${failed[0]?.error}`,
      );
      expect(failed.map((f) => f.error).join("\n")).toMatch(/prepared statement|26000|42P05/);
    });
  },
);
