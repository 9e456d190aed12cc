/**
 * npm run bench:booking — bookings per second through the booking service (`bookSession`: the unlocked
 * read `booking_load`, the rules, then `book_session_once`) on PostgreSQL with N concurrent clients,
 * next to the fastest raw form of the same booking at the same concurrency: `book_session_once`
 * called directly through `pg`, one round trip (bench/booking-raw-once.ts). The ratio is what the
 * service's own overhead leaves of the raw rate. Both sides' bookings are checked in the database
 * afterwards (each made once, charged once, no session over capacity).
 * Env: BENCH_SECONDS (total measuring time, default 20), BENCH_CLIENTS (default 16),
 * BENCH_PG_URL (server, default postgresql://root@127.0.0.1:5432/postgres). Uses a database of its own.
 *
 * Rush mode (`BENCH_MODE=rush npm run bench:booking`, or `npm run bench:booking -- rush`): 300 members
 * (BENCH_RUSH_MEMBERS) book one session with 10 spots (BENCH_RUSH_SPOTS) at the same moment, through
 * the service and the raw call, alternating, one fresh session per rush; bookings per second
 * (members / time to the last reply) and the p99 reply time.
 */
import pg from "pg";
import { createDatabase } from "../src/infra/db/create-database.ts";
import { createPrismaBookingStore } from "../src/infra/prisma/booking-store.ts";
import { systemClock } from "../src/ports/clock.ts";
import * as uc from "../src/use-cases/index.ts";
import { checkBookings, rawBookOnce, startsOf } from "./booking-raw-once.ts";
import { checkRush, type RushRun, rush, seedRushStudio } from "./booking-rush.ts";
import { drive, seedBenchStudio } from "./booking-setup.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const clients = Number(process.env.BENCH_CLIENTS ?? 16);
const server = process.env.BENCH_PG_URL ?? "postgresql://root@127.0.0.1:5432/postgres";
const TARGET = 0.8;

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

const mode = process.env.BENCH_MODE ?? process.argv[2] ?? "steady";

async function main(): Promise<void> {
  const dbName = `bench_booking_${process.pid}`;
  const u = new URL(server);
  u.pathname = `/${dbName}`;
  const url = u.toString();
  const db = await createDatabase({ kind: "postgres", url, poolSize: clients });
  const pool = new pg.Pool({ connectionString: url, max: clients });
  pool.on("error", () => undefined);
  try {
    const deps = { store: createPrismaBookingStore(db.prisma), clock: systemClock };
    if (mode === "rush") {
      await rushMode(db.prisma, deps, pool);
      return;
    }
    const members = 400;
    const days = 120;
    console.log(`seeding two studios (${members} members, ${days} daily sessions each)...`);
    const svcStudio = await seedBenchStudio(db.prisma, deps, "svc", members, days);
    const rawStudio = await seedBenchStudio(db.prisma, deps, "raw", members, days);

    const service = (m: Parameters<typeof uc.bookSession>[1], occurrenceId: string, passId: string) =>
      uc.bookSession(deps, m, { occurrenceId, passId }).then(() => undefined);
    const raw = rawSide(pool, await startsOf(pool, rawStudio.occurrenceIds));

    await drive(svcStudio, clients, 1, service); // warm-up: JIT, connection pools, plan caches
    await drive(rawStudio, clients, 1, raw);
    // Alternate the two so a noisy moment on the machine hurts both alike.
    const phase = Math.max(1, seconds / 4);
    const totals = {
      svc: { done: 0, ms: 0, lat: [] as number[] },
      raw: { done: 0, ms: 0, lat: [] as number[] },
    };
    for (let round = 0; round < 2; round++) {
      const a = await drive(svcStudio, clients, phase, service);
      const b = await drive(rawStudio, clients, phase, raw);
      totals.svc.done += a.done;
      totals.svc.ms += a.elapsedMs;
      totals.svc.lat.push(...a.latencies);
      totals.raw.done += b.done;
      totals.raw.ms += b.elapsedMs;
      totals.raw.lat.push(...b.latencies);
    }
    const value = totals.svc.done / (totals.svc.ms / 1000);
    const baseline = totals.raw.done / (totals.raw.ms / 1000);
    console.log(
      `service : ${totals.svc.done} bookings, ${value.toFixed(1)}/s, p50 ${pct(totals.svc.lat, 50).toFixed(1)} ms, p99 ${pct(totals.svc.lat, 99).toFixed(1)} ms`,
    );
    console.log(
      `raw pg  : ${totals.raw.done} bookings, ${baseline.toFixed(1)}/s, p50 ${pct(totals.raw.lat, 50).toFixed(1)} ms, p99 ${pct(totals.raw.lat, 99).toFixed(1)} ms`,
    );
    console.log(
      `clients : ${clients}, measured ${(totals.svc.ms / 1000).toFixed(1)} s + ${(totals.raw.ms / 1000).toFixed(1)} s`,
    );
    // Every pair a client took was booked or the run failed, so the cursor is the bookings made.
    const wrong =
      (await checkBookings(pool, svcStudio.orgId, svcStudio.cursor)) ??
      (await checkBookings(pool, rawStudio.orgId, rawStudio.cursor));
    if (wrong) {
      console.error(`WRONG: ${wrong}`);
      process.exitCode = 1;
    } else
      console.log(
        `checked : service ${svcStudio.cursor} and raw ${rawStudio.cursor} bookings (warm-up included) each once in the database, charged once, no session over capacity`,
      );
    console.log(
      `RESULT booking value=${value.toFixed(1)} baseline=${baseline.toFixed(1)} ratio=${(value / baseline).toFixed(3)} target=${TARGET} unit=bookings_per_s`,
    );
  } finally {
    await pool.end();
    await db.close();
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  }
}

async function rushMode(
  prisma: Parameters<typeof seedRushStudio>[0],
  deps: Parameters<typeof seedRushStudio>[1],
  pool: pg.Pool,
): Promise<void> {
  const memberCount = Number(process.env.BENCH_RUSH_MEMBERS ?? 300);
  const spots = Number(process.env.BENCH_RUSH_SPOTS ?? 10);
  const rounds = Math.max(2, Math.round(seconds / 2));
  console.log(
    `seeding two studios (${memberCount} members, ${rounds + 1} sessions of ${spots} spots each)...`,
  );
  const svcStudio = await seedRushStudio(prisma, deps, "svc", memberCount, spots, rounds + 2);
  const rawStudio = await seedRushStudio(prisma, deps, "raw", memberCount, spots, rounds + 2);
  const service = (m: Parameters<typeof uc.bookSession>[1], occurrenceId: string, passId: string) =>
    uc.bookSession(deps, m, { occurrenceId, passId }).then(() => undefined);
  const raw = rawSide(pool, await startsOf(pool, rawStudio.occurrenceIds));

  await rush(svcStudio, service); // warm-up
  await rush(rawStudio, raw);
  const runs: { svc: RushRun[]; raw: RushRun[] } = { svc: [], raw: [] };
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first, so a noisy moment on the machine hurts both alike.
    if (round % 2 === 0) {
      runs.svc.push(await rush(svcStudio, service));
      runs.raw.push(await rush(rawStudio, raw));
    } else {
      runs.raw.push(await rush(rawStudio, raw));
      runs.svc.push(await rush(svcStudio, service));
    }
  }
  const wrong =
    (await checkRush(pool, svcStudio, spots)) ??
    (await checkRush(pool, rawStudio, spots)) ??
    (await checkBookings(pool, svcStudio.orgId, svcStudio.next * memberCount)) ??
    (await checkBookings(pool, rawStudio.orgId, rawStudio.next * memberCount));
  const failed = [...runs.svc, ...runs.raw].reduce((n, r) => n + r.failures, 0);
  const sum = (rs: RushRun[]) => {
    const ms = rs.reduce((n, r) => n + r.elapsedMs, 0);
    const lat = rs.flatMap((r) => r.latencies);
    return { rate: lat.length / (ms / 1000), lat };
  };
  const svc = sum(runs.svc);
  const base = sum(runs.raw);
  const line = (label: string, x: ReturnType<typeof sum>) =>
    console.log(
      `${label}: ${x.rate.toFixed(1)} bookings/s, reply p50 ${pct(x.lat, 50).toFixed(0)} ms, p99 ${pct(x.lat, 99).toFixed(0)} ms, last ${pct(x.lat, 100).toFixed(0)} ms`,
    );
  line("service", svc);
  line("raw pg ", base);
  console.log(
    `rushes : ${rounds} each, ${memberCount} members for ${spots} spots, pool ${clients} connections`,
  );
  if (wrong || failed > 0) {
    console.error(`WRONG: ${wrong ?? `${failed} bookings failed`}`);
    process.exitCode = 1;
  } else
    console.log(
      `checked: each rush ${spots} confirmed and ${memberCount - spots} waitlisted on both sides, every booking once, charged once`,
    );
  console.log(
    `RESULT booking_rush value=${svc.rate.toFixed(1)} baseline=${base.rate.toFixed(1)} ratio=${(svc.rate / base.rate).toFixed(3)} target=${TARGET} unit=bookings_per_s`,
  );
}

/** The raw side's booking call, given each session's start (read once, before the timed runs). */
function rawSide(pool: pg.Pool, starts: Map<string, Date>) {
  return (m: { orgId: string; personId: string }, occurrenceId: string, passId: string) => {
    const startsAt = starts.get(occurrenceId);
    if (!startsAt) throw new Error(`no start read for session ${occurrenceId}`);
    return rawBookOnce(pool, m.orgId, m.personId, occurrenceId, passId, startsAt);
  };
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
