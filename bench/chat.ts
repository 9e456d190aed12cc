/**
 * Chat adapter benchmark: messages per second and p50/p99 latency from a platform event going in
 * to the reply arriving at the (local, fake) platform API, at 50 concurrent users, for each of our
 * adapters and, in the same run, the same library's bare echo bot (the floor).
 *
 *   npm run bench:chat            BENCH_SECONDS=5 per measurement (default), BENCH_CORE_DELAY_MS=2
 *
 * The core is a stand-in that waits BENCH_CORE_DELAY_MS (a small realistic cost: one indexed
 * query) and returns a short reply with a time and two buttons, so rendering is exercised too.
 * Last line: RESULT chat value=<p99 ms of the adapter with the worst p99 ratio> baseline=<that
 * library's echo p99 ms> ratio=<value/baseline> target=3 unit=ms.
 */
import { performance } from "node:perf_hooks";
import type { ChatCore } from "../src/chat/incoming.ts";
import type { Reply } from "../src/replies/reply.ts";
import { createMemoryForms } from "../test/adapters/support/fake-core.ts";
import { discordRig, type OnReply, type Rig, slackRig, telegramRig } from "./chat-rigs.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = Math.min(1, SECONDS / 5);
const USERS = 50;
const CORE_DELAY_MS = Number(process.env.BENCH_CORE_DELAY_MS ?? 2);
const REPLY_TIMEOUT_MS = 10_000;

const reply: Reply = {
  visibility: "public",
  title: "Yoga Flow",
  lines: [
    [
      "Booked for ",
      { time: new Date("2026-11-22T07:00:00Z"), style: "datetime", text: "Sun 22 Nov 2026, 08:00" },
    ],
    "3 spots left.",
  ],
  buttons: [
    [
      { label: "Cancel", data: "c:bk_1", style: "danger" },
      { label: "My bookings", data: "l:bk" },
    ],
  ],
};
const core: ChatCore = {
  forms: createMemoryForms(),
  async handle() {
    await new Promise((r) => setTimeout(r, CORE_DELAY_MS));
    return [reply];
  },
  async suggest() {
    return [];
  },
};

interface Stats {
  rate: number;
  p50: number;
  p99: number;
  n: number;
}

/** Runs 50 users, each sending its next message as soon as the reply to the last one arrived. */
async function measure(build: (onReply: OnReply) => Promise<Rig>): Promise<number[]> {
  const waiting = new Map<number, () => void>();
  const rig = await build((u) => {
    const w = waiting.get(u);
    waiting.delete(u);
    w?.();
  });
  const start = performance.now();
  const recordFrom = start + WARMUP_SECONDS * 1000;
  const end = recordFrom + SECONDS * 1000;
  const samples: number[] = [];
  const user = async (u: number) => {
    for (let seq = 0; performance.now() < end; seq++) {
      const t0 = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const got = new Promise<void>((resolve, reject) => {
        waiting.set(u, resolve);
        timer = setTimeout(
          () => reject(new Error(`no reply for user ${u} within ${REPLY_TIMEOUT_MS} ms`)),
          REPLY_TIMEOUT_MS,
        );
      });
      await rig.send(u, seq);
      await got.finally(() => clearTimeout(timer));
      const t1 = performance.now();
      if (t0 >= recordFrom && t1 <= end) samples.push(t1 - t0);
    }
  };
  try {
    await Promise.all(Array.from({ length: USERS }, (_, u) => user(u)));
  } finally {
    await rig.stop();
  }
  return samples;
}

function stats(samples: number[], seconds: number): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] ?? Number.NaN;
  return { rate: sorted.length / seconds, p50: at(0.5), p99: at(0.99), n: sorted.length };
}

const fmt = (s: Stats) =>
  `${s.rate.toFixed(0).padStart(5)} msg/s  p50=${s.p50.toFixed(2)}ms  p99=${s.p99.toFixed(2)}ms  (n=${s.n})`;

async function main() {
  console.log(
    `chat bench: ${USERS} concurrent users, ${SECONDS}s per measurement (+${WARMUP_SECONDS}s warm-up), 2 rounds in alternating order, core delay ${CORE_DELAY_MS}ms`,
  );
  const rigs = { slack: slackRig, discord: discordRig, telegram: telegramRig } as const;
  const rows: Array<{ platform: string; adapter: Stats; echo: Stats; ratio: number }> = [];
  for (const [platform, rig] of Object.entries(rigs)) {
    // Two rounds in opposite order, samples pooled: neither side always gets the warmer process
    // or the quieter moment on a shared machine.
    const samples = { echo: [] as number[], adapter: [] as number[] };
    for (const order of [
      ["echo", "adapter"],
      ["adapter", "echo"],
    ] as const) {
      for (const kind of order) samples[kind].push(...(await measure((on) => rig(on, kind, core))));
    }
    const echo = stats(samples.echo, 2 * SECONDS);
    const adapter = stats(samples.adapter, 2 * SECONDS);
    const ratio = adapter.p99 / echo.p99;
    rows.push({ platform, adapter, echo, ratio });
    console.log(`${platform.padEnd(8)} adapter: ${fmt(adapter)}`);
    console.log(`${platform.padEnd(8)} echo:    ${fmt(echo)}   p99 ratio ${ratio.toFixed(2)}`);
  }
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  console.log(`worst p99 ratio: ${worst.platform}`);
  console.log(
    `RESULT chat value=${worst.adapter.p99.toFixed(2)} baseline=${worst.echo.p99.toFixed(2)} ratio=${worst.ratio.toFixed(2)} target=3 unit=ms`,
  );
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
