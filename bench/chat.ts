/**
 * Chat benchmark: p50/p99 latency from a platform event going in to the reply arriving at the
 * (local, fake) platform API, 50 concurrent members booking and listing their bookings at a
 * member's pace, through each adapter (through the inbox, as the app runs it) in front of the REAL
 * chat core on PostgreSQL; beside it, in the same run and at the same pace, the baseline: the same
 * library's DURABLE echo (bench/durable-echo.ts: one insert recording the event before it is
 * acknowledged, the reply, one update marking it answered: the minimum exactly-once asks for). The
 * same library's plain echo (no database at all) is measured too and printed as a reference.
 *
 *   npm run bench:chat     BENCH_SECONDS=20 per measurement (default), BENCH_PG_URL (server),
 *                          BENCH_POOL=10 database connections (the production default; the durable
 *                          echo gets a pool of the same size),
 *                          BENCH_THINK_MS=1000 a member's mean pause between a reply and the next
 *                          message (0: none, the saturated load of bench:e2e)
 *
 * A member reads the reply, pauses (0.5-1.5 s, seeded), and sends the next message: 50 members
 * make about 50 messages a second, far more than a studio's chat sees, and a load both bots carry
 * without queueing, so the p99 is the path's own latency. Without pauses each member sends the
 * moment its reply arrives: then every bot is saturated, the latency is the queue (50 divided by
 * the messages per second), and the ratio is a throughput ratio, which bench:e2e measures against
 * the raw-SQL floor (docs/benchmarks.md, "bench:chat").
 *
 * A fresh database (dropped at the end) holds one studio per platform: 50 members with their
 * platform identities, passes and a daily Yoga session for 120 days. Member u alternates
 * "book yoga <u's next day> 9am" (a confirmed booking) and "my bookings". Two rounds per platform in
 * alternating order (plain echo, durable echo, adapter; then the reverse), samples pooled. Each
 * kind's line also gives the machine's CPU (every process) per message in its measured windows.
 * Last line: RESULT chat value=<p99 ms of the adapter with the worst p99 ratio> baseline=<that
 * library's durable echo p99 ms> ratio=<value/baseline> target=2 unit=ms.
 */

import pg from "pg";
import { startBotThread } from "./bot-thread.ts";
import { fmt, runUsers, type Stats, stats } from "./chat-load.ts";
import { type Platform, pickRigs, type slackRig } from "./chat-rigs.ts";
import { bookingsOf, openBenchDatabase, seedChatStudio } from "./chat-studio.ts";
import { echoRecords } from "./durable-echo.ts";
import { cpuPer } from "./machine-cpu.ts";

// Each p99 is the 20th-worst of about 2,000 replies per kind: with 1,000 the echo's p99 (the ratio's
// denominator, a few ms of scheduling noise) moved 2-8 ms between runs of the same code.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);
/**
 * Unmeasured start of every measurement: the first messages of a process pay for JIT, and each new
 * database connection for its catalog caches and statement plans (at a member's pace about 150
 * messages; without pauses 1 s is over 200).
 */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? (THINK_MS > 0 ? 3 : 1));
const USERS = 50;
const DAYS = 120;
const POOL = Number(process.env.BENCH_POOL ?? 10);
const TARGET = 2;
type Kind = "echo" | "durable" | "adapter";
const KINDS: readonly Kind[] = ["echo", "durable", "adapter"];

async function main() {
  console.log(
    `chat bench: real core on PostgreSQL (pool ${POOL}, adapters through the inbox as in the app) vs the same library's durable echo, ${USERS} concurrent members booking and listing, ${THINK_MS > 0 ? `pausing ${THINK_MS / 2}-${(THINK_MS * 3) / 2} ms between a reply and their next message` : "each sending as soon as its reply arrived"}, ${SECONDS}s per measurement (+${WARMUP_SECONDS}s warm-up), 2 rounds in alternating order`,
  );
  const bench = await openBenchDatabase("chat", POOL);
  const check = new pg.Pool({ connectionString: bench.url, max: 1 });
  // The bot runs in a thread of its own: the fake platforms and the driver stay on this one.
  const bot = startBotThread(bench.url, POOL);
  try {
    const rigs = pickRigs();
    const rows: Array<{ platform: string; adapter: Stats; durable: Stats; ratio: number }> = [];
    for (const [platform, rig] of Object.entries(rigs) as Array<[Platform, typeof slackRig]>) {
      const studio = await seedChatStudio(bench.db, platform, USERS, DAYS);
      const text = (u: number, seq: number) => (seq % 2 === 0 ? studio.nextBooking(u) : "my bookings");
      const samples: Record<Kind, number[]> = { echo: [], durable: [], adapter: [] };
      // Machine CPU (bot, PostgreSQL, fake platform, driver) in the measured windows, per kind.
      const busy: Record<Kind, number | null> = { echo: 0, durable: 0, adapter: 0 };
      const answered: Record<Kind, number> = { echo: 0, durable: 0, adapter: 0 };
      const strays: Record<Kind, number> = { echo: 0, durable: 0, adapter: 0 };
      for (const order of [KINDS, [...KINDS].reverse()]) {
        for (const kind of order) {
          const load = await runUsers((on) => rig(on, kind, bot), {
            users: USERS,
            seconds: SECONDS,
            warmupSeconds: WARMUP_SECONDS,
            text,
            thinkMs: THINK_MS,
          });
          samples[kind].push(...load.samples);
          const spent = busy[kind];
          busy[kind] = spent === null || load.busyMs === null ? null : spent + load.busyMs;
          answered[kind] += load.answered;
          strays[kind] += load.strays;
        }
      }
      const s = {
        echo: stats(samples.echo, 2 * SECONDS),
        durable: stats(samples.durable, 2 * SECONDS),
        adapter: stats(samples.adapter, 2 * SECONDS),
      };
      const ratio = s.adapter.p99 / s.durable.p99;
      rows.push({ platform, adapter: s.adapter, durable: s.durable, ratio });
      const booked = await bookingsOf(bench.db, studio.orgId);
      const echoed = await echoRecords(check, platform);
      const cpu = (kind: Kind) => `cpu ${cpuPer(busy[kind], samples[kind].length)} ms/msg`;
      console.log(
        `${platform.padEnd(8)} adapter: ${fmt(s.adapter)}  ${cpu("adapter")}   p99 ratio ${ratio.toFixed(2)}`,
      );
      console.log(`${platform.padEnd(8)} durable: ${fmt(s.durable)}  ${cpu("durable")}`);
      console.log(
        `${platform.padEnd(8)} echo:    ${fmt(s.echo)}  ${cpu("echo")}   (reference: plain echo, no database)`,
      );
      console.log(
        `${platform.padEnd(8)} ${answered.adapter} messages answered by the core, ${booked} confirmed bookings in the database; durable echo: ${answered.durable} answered, ${echoed.recorded} recorded, ${echoed.answered} marked answered; extra replies ${strays.adapter} / ${strays.durable} / ${strays.echo}`,
      );
      // Half the messages book: if the bookings are missing, the bench measured error replies.
      if (booked < Math.floor(answered.adapter / 2) - USERS)
        throw new Error(
          `${platform}: only ${booked} bookings for ${answered.adapter} messages: the booking texts were not understood`,
        );
      // The durable echo did its durable work for every message it answered, once.
      if (echoed.recorded !== answered.durable || echoed.answered !== answered.durable)
        throw new Error(
          `${platform}: the durable echo answered ${answered.durable} messages but recorded ${echoed.recorded} and marked ${echoed.answered}`,
        );
      if (strays.adapter + strays.durable > 0)
        throw new Error(
          `${platform}: a message was answered twice (${strays.adapter} adapter, ${strays.durable} durable echo)`,
        );
    }
    const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    console.log(`worst p99 ratio: ${worst.platform}`);
    console.log(
      `RESULT chat value=${worst.adapter.p99.toFixed(2)} baseline=${worst.durable.p99.toFixed(2)} ratio=${worst.ratio.toFixed(2)} target=${TARGET} unit=ms`,
    );
  } finally {
    await bot.close();
    await check.end();
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
