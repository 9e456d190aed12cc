/**
 * End-to-end booking throughput: bookings per second through the whole chat path (platform event
 * -> adapter -> real chat core -> PostgreSQL -> rendered reply at the fake platform API), 50
 * concurrent members each booking its next session as soon as the last booking was confirmed;
 * beside it, in the same run and at the same concurrency, the raw-SQL booking transaction
 * (bench/booking-baseline.ts: seven round trips, one commit) through `pg`.
 *
 *   npm run bench:e2e      BENCH_SECONDS=5 per measurement (default), BENCH_PG_URL (server),
 *                          BENCH_POOL=10 connections, for the app and for the raw baseline alike
 *
 * The adapters run as in production: every event is recorded in the inbox before it is acknowledged
 * and handled from the record (docs/reliability.md), with the inbox's poller running.
 * Each adapter gets its own studio; the raw baseline a studio of 400 members (as bench:booking).
 * Two rounds (adapters, then raw; then raw, then adapters). A booking counts when its confirmation
 * reached the fake platform inside the window; the database must hold at least as many confirmed
 * bookings as confirmations, or the bench fails (it would have timed error replies).
 * Last line: RESULT e2e value=<bookings/s of the slowest adapter> baseline=<raw SQL bookings/s>
 * ratio=<value/baseline> target=0.45 unit=bookings_per_s.
 */
import pg from "pg";
import { createPrismaBookingStore } from "../src/infra/prisma/booking-store.ts";
import { systemClock } from "../src/ports/clock.ts";
import { rawBook } from "./booking-baseline.ts";
import { drive, seedBenchStudio } from "./booking-setup.ts";
import { startBotThread } from "./bot-thread.ts";
import { fmt, runUsers, stats } from "./chat-load.ts";
import { type Platform, pickRigs, type slackRig } from "./chat-rigs.ts";
import { bookingsOf, openBenchDatabase, seedChatStudio } from "./chat-studio.ts";
import { cpuPer, machineBusyMs } from "./machine-cpu.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** Unmeasured start of every measurement: the first messages of a process pay for JIT and plan caches. */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
const USERS = 50;
const DAYS = 120;
/**
 * A session at each of these hours every day: 50 members x 120 days x 16 = 96,000 bookable pairs
 * per adapter (the raw studio: 400 members, 768,000). With one a day (6,000) a fast machine ran out
 * within a run (846 bookings a second).
 */
const HOURS = Array.from({ length: 16 }, (_, k) => 6 + k);
const POOL = Number(process.env.BENCH_POOL ?? 10);
const TARGET = 0.45;

async function main() {
  console.log(
    `e2e bench: bookings through the chat path vs raw SQL, ${USERS} concurrent members, pool ${POOL}, ${SECONDS}s per measurement (+${WARMUP_SECONDS}s warm-up), 2 rounds`,
  );
  const bench = await openBenchDatabase("e2e", POOL);
  const pool = new pg.Pool({ connectionString: bench.url, max: POOL });
  pool.on("error", () => undefined);
  // The bot runs in a thread of its own: the fake platforms and the driver stay on this one.
  // Its adapters run as in production: recorded in the inbox before acknowledged, handled from it.
  const bot = startBotThread(bench.url, POOL);
  try {
    const rigs = pickRigs();
    const studios = new Map<Platform, Awaited<ReturnType<typeof seedChatStudio>>>();
    for (const platform of Object.keys(rigs) as Platform[])
      studios.set(platform, await seedChatStudio(bench.db, platform, USERS, DAYS, HOURS));
    const deps = { store: createPrismaBookingStore(bench.db.prisma), clock: systemClock };
    const raw = await seedBenchStudio(bench.db.prisma, deps, "raw", 400, DAYS, { hours: HOURS });
    const rawOne = (m: { orgId: string; personId: string }, occurrenceId: string, passId: string) =>
      rawBook(pool, m.orgId, m.personId, occurrenceId, passId);
    await drive(raw, USERS, WARMUP_SECONDS, rawOne);

    const chat = new Map<Platform, { samples: number[]; answered: number; busyMs: number | null }>();
    const rawTotals = { done: 0, ms: 0, lat: [] as number[], busyMs: 0 as number | null };
    const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
    const runChat = async () => {
      for (const [platform, rig] of Object.entries(rigs) as Array<[Platform, typeof slackRig]>) {
        const studio = studios.get(platform)!;
        const load = await runUsers((on) => rig(on, "adapter", bot), {
          users: USERS,
          seconds: SECONDS,
          warmupSeconds: WARMUP_SECONDS,
          text: (u) => studio.nextBooking(u),
        });
        const acc = chat.get(platform) ?? { samples: [], answered: 0, busyMs: 0 };
        acc.samples.push(...load.samples);
        acc.answered += load.answered;
        acc.busyMs = add(acc.busyMs, load.busyMs);
        chat.set(platform, acc);
      }
    };
    const runRaw = async () => {
      const before = machineBusyMs();
      const r = await drive(raw, USERS, SECONDS, rawOne);
      const after = machineBusyMs();
      rawTotals.busyMs = add(rawTotals.busyMs, before === null || after === null ? null : after - before);
      rawTotals.done += r.done;
      rawTotals.ms += r.elapsedMs;
      rawTotals.lat.push(...r.latencies);
    };
    await runChat();
    await runRaw();
    await runRaw();
    await runChat();

    const baseline = rawTotals.done / (rawTotals.ms / 1000);
    const rawStats = stats(rawTotals.lat, rawTotals.ms / 1000);
    // Machine CPU per booking (every process: bot, PostgreSQL, fake platform, driver): what a booking
    // costs, steadier from run to run than bookings/s on a machine whose speed drifts.
    console.log(
      `raw SQL  : ${fmt(rawStats, "bookings/s")}  cpu ${cpuPer(rawTotals.busyMs, rawTotals.done)} ms/booking`,
    );
    let worst: { platform: Platform; rate: number } | undefined;
    for (const [platform, acc] of chat) {
      const s = stats(acc.samples, 2 * SECONDS);
      const booked = await bookingsOf(bench.db, studios.get(platform)!.orgId);
      console.log(
        `${platform.padEnd(9)}: ${fmt(s, "bookings/s")}  ratio ${(s.rate / baseline).toFixed(3)}  cpu ${cpuPer(acc.busyMs, acc.samples.length)} ms/booking`,
      );
      console.log(
        `           ${acc.answered} confirmations sent, ${booked} confirmed bookings in the database`,
      );
      if (booked < acc.answered)
        throw new Error(
          `${platform}: ${acc.answered} replies but only ${booked} bookings: replies were not bookings`,
        );
      if (!worst || s.rate < worst.rate) worst = { platform, rate: s.rate };
    }
    if (!worst) throw new Error("no adapter measured");
    console.log(`slowest adapter: ${worst.platform}`);
    console.log(
      `RESULT e2e value=${worst.rate.toFixed(1)} baseline=${baseline.toFixed(1)} ratio=${(worst.rate / baseline).toFixed(3)} target=${TARGET} unit=bookings_per_s`,
    );
  } finally {
    await bot.close();
    await pool.end();
    await bench.drop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
