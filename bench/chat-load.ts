import { performance } from "node:perf_hooks";
import type { OnReply, Rig } from "./chat-rigs.ts";
import { machineBusyMs } from "./machine-cpu.ts";

/** Generous: on a loaded shared machine a reply can take seconds; a lost one must still fail the run. */
const REPLY_TIMEOUT_MS = Number(process.env.BENCH_REPLY_TIMEOUT_MS ?? 30_000);

export interface Load {
  /** Event-in to reply-out of every message sent inside the measured window (ms). */
  samples: number[];
  /** Messages answered in all (warm-up included). */
  answered: number;
  /** Replies that arrived for a user with no message waiting (a message answered twice). */
  strays: number;
  /** Machine CPU (all processes) spent during the measured window, in ms; null off Linux. */
  busyMs: number | null;
}

/**
 * `users` concurrent users, each sending its next message (`text(user, seq)`) as soon as the reply
 * to the last one arrived, for `warmupSeconds` unmeasured and then `seconds` measured.
 */
export async function runUsers(
  build: (onReply: OnReply) => Promise<Rig>,
  opts: {
    users: number;
    seconds: number;
    warmupSeconds: number;
    text: (user: number, seq: number) => string;
    /**
     * A member's pause between reading a reply and sending the next message: uniform in
     * [thinkMs/2, 3*thinkMs/2], from a seeded generator per user (the same pauses every run), the
     * first message after one such pause (members do not all start at once). 0: no pause, each
     * user sends as soon as the reply arrived (the saturated load of bench:e2e).
     */
    thinkMs?: number;
  },
): Promise<Load> {
  const waiting = new Map<number, () => void>();
  let strays = 0;
  let answered = 0;
  const rig = await build((u) => {
    const w = waiting.get(u);
    if (!w) {
      strays++;
      return;
    }
    waiting.delete(u);
    answered++;
    w();
  });
  const start = performance.now();
  const recordFrom = start + opts.warmupSeconds * 1000;
  const end = recordFrom + opts.seconds * 1000;
  const samples: number[] = [];
  let failed = false;
  let busyAtStart: number | null = null;
  let busyMs: number | null = null;
  const startTimer = setTimeout(() => {
    busyAtStart = machineBusyMs();
  }, recordFrom - start);
  const endTimer = setTimeout(() => {
    const now = machineBusyMs();
    busyMs = now === null || busyAtStart === null ? null : now - busyAtStart;
  }, end - start);
  const think = opts.thinkMs ?? 0;
  const user = async (u: number) => {
    const random = seeded(u + 1);
    const pause = () => new Promise((r) => setTimeout(r, think * (0.5 + random())));
    if (think > 0) await pause();
    for (let seq = 0; !failed && performance.now() < end; seq++) {
      const t0 = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const got = new Promise<void>((resolve, reject) => {
        waiting.set(u, resolve);
        timer = setTimeout(
          () => reject(new Error(`no reply for user ${u} within ${REPLY_TIMEOUT_MS} ms`)),
          REPLY_TIMEOUT_MS,
        );
      });
      got.catch(() => {
        failed = true; // the others stop after their current message; this user's await throws
      });
      await rig.send(u, seq, opts.text(u, seq));
      await got.finally(() => clearTimeout(timer));
      const t1 = performance.now();
      // A message counts when it was sent inside the window; its reply may come after the window
      // ends (each user only finishes the message in flight), so slow replies are not censored.
      if (t0 >= recordFrom && t0 < end) samples.push(t1 - t0);
      if (think > 0) await pause();
    }
  };
  try {
    // allSettled: every user has finished (or timed out) before the rig stops under them.
    const done = await Promise.allSettled(Array.from({ length: opts.users }, (_, u) => user(u)));
    const failure = done.find((d) => d.status === "rejected");
    if (failure) throw failure.reason;
    // Let late second replies show up as strays rather than vanish with the rig.
    await new Promise((r) => setTimeout(r, 200));
  } finally {
    clearTimeout(startTimer);
    clearTimeout(endTimer);
    await rig.stop();
  }
  return { samples, answered, strays, busyMs };
}

/** mulberry32: a small seeded generator of floats in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Stats {
  rate: number;
  p50: number;
  p99: number;
  n: number;
}

export function stats(samples: number[], seconds: number): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] ?? Number.NaN;
  return { rate: sorted.length / seconds, p50: at(0.5), p99: at(0.99), n: sorted.length };
}

export const fmt = (s: Stats, unit = "msg/s") =>
  `${s.rate.toFixed(0).padStart(5)} ${unit}  p50=${s.p50.toFixed(2)}ms  p99=${s.p99.toFixed(2)}ms  (n=${s.n})`;
