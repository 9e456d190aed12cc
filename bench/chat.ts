/**
 * Chat benchmark: p50/p99 latency from a platform event going in to the reply arriving at the
 * (local, fake) platform API, 50 concurrent members booking and listing their bookings at a
 * member's pace, through each adapter in front of the REAL chat core on PostgreSQL; beside it, in
 * the same run and at the same pace, the same library's bare echo bot (the floor).
 *
 *   npm run bench:chat     BENCH_SECONDS=20 per measurement (default), BENCH_PG_URL (server),
 *                          BENCH_POOL=10 database connections (the production default),
 *                          BENCH_THINK_MS=1000 a member's mean pause between a reply and the next
 *                          message (0: none, the saturated load of bench:e2e),
 *
 * A member reads the reply, pauses (0.5-1.5 s, seeded), and sends the next message: 50 members
 * make about 50 messages a second, far more than a studio's chat sees, and a load both bots carry
 * without queueing, so the p99 is the path's own latency. Without pauses each member sends the
 * moment its reply arrives: then every bot is saturated, the latency is the queue (50 divided by
 * the messages per second), and the ratio is a throughput ratio, which bench:e2e measures against
 * the raw-SQL floor (docs/benchmarks.md, "bench:chat at a member's pace").
 *
 * A fresh database (dropped at the end) holds one studio per platform: 50 members with their
 * platform identities, passes and a daily Yoga session for 120 days. Member u alternates
 * "book yoga <u's next day> 9am" (a confirmed booking) and "my bookings". Two rounds per platform in
 * alternating order, samples pooled. Each kind's line also gives the machine's CPU (every process)
 * per message in its measured windows. Last line: RESULT chat value=<p99 ms of the adapter with the
 * worst p99 ratio> baseline=<that library's echo p99 ms> ratio=<value/baseline> target=3 unit=ms.
 */

import { startBotThread } from "./bot-thread.ts";
import { fmt, runUsers, stats } from "./chat-load.ts";
import { type Platform, pickRigs, type slackRig } from "./chat-rigs.ts";
import { bookingsOf, openBenchDatabase, seedChatStudio } from "./chat-studio.ts";
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

async function main() {
  console.log(
    `chat bench: real core on PostgreSQL (pool ${POOL}, adapters through the inbox as in the app), ${USERS} concurrent members booking and listing, ${THINK_MS > 0 ? `pausing ${THINK_MS / 2}-${(THINK_MS * 3) / 2} ms between a reply and their next message` : "each sending as soon as its reply arrived"}, ${SECONDS}s per measurement (+${WARMUP_SECONDS}s warm-up), 2 rounds in alternating order`,
  );
  const bench = await openBenchDatabase("chat", POOL);
  // The bot runs in a thread of its own: the fake platforms and the driver stay on this one.
  // Through the inbox, as the app runs every adapter (src/app/main.ts): each event is recorded before
  // it is acknowledged and handled from the record.
  const bot = startBotThread(bench.url, POOL, { inbox: true });
  try {
    const rigs = pickRigs();
    const rows: Array<{
      platform: string;
      adapter: ReturnType<typeof stats>;
      echo: ReturnType<typeof stats>;
      ratio: number;
    }> = [];
    for (const [platform, rig] of Object.entries(rigs) as Array<[Platform, typeof slackRig]>) {
      const studio = await seedChatStudio(bench.db, platform, USERS, DAYS);
      const text = (u: number, seq: number) => (seq % 2 === 0 ? studio.nextBooking(u) : "my bookings");
      const samples = { echo: [] as number[], adapter: [] as number[] };
      // Machine CPU (bot, PostgreSQL, fake platform, driver) in the measured windows, per kind.
      const busy = { echo: 0 as number | null, adapter: 0 as number | null };
      let answered = 0;
      let strays = 0;
      for (const order of [
        ["echo", "adapter"],
        ["adapter", "echo"],
      ] as const) {
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
          if (kind === "adapter") {
            answered += load.answered;
            strays += load.strays;
          }
        }
      }
      const echo = stats(samples.echo, 2 * SECONDS);
      const adapter = stats(samples.adapter, 2 * SECONDS);
      const ratio = adapter.p99 / echo.p99;
      rows.push({ platform, adapter, echo, ratio });
      const booked = await bookingsOf(bench.db, studio.orgId);
      const cpu = (kind: "echo" | "adapter") => `cpu ${cpuPer(busy[kind], samples[kind].length)} ms/msg`;
      console.log(`${platform.padEnd(8)} adapter: ${fmt(adapter)}  ${cpu("adapter")}`);
      console.log(
        `${platform.padEnd(8)} echo:    ${fmt(echo)}  ${cpu("echo")}   p99 ratio ${ratio.toFixed(2)}`,
      );
      console.log(
        `${platform.padEnd(8)} ${answered} messages answered by the core, ${booked} confirmed bookings in the database, ${strays} extra replies`,
      );
      // Half the messages book: if the bookings are missing, the bench measured error replies.
      if (booked < Math.floor(answered / 2) - USERS)
        throw new Error(
          `${platform}: only ${booked} bookings for ${answered} messages: the booking texts were not understood`,
        );
    }
    const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    console.log(`worst p99 ratio: ${worst.platform}`);
    console.log(
      `RESULT chat value=${worst.adapter.p99.toFixed(2)} baseline=${worst.echo.p99.toFixed(2)} ratio=${worst.ratio.toFixed(2)} target=3 unit=ms`,
    );
  } finally {
    await bot.close();
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
