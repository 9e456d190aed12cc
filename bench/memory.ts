/**
 * npm run bench:memory: the memory of the compiled app (`npm run build`, then node dist/src/app/main.js)
 * in platform mode, with Telegram pointed at a local fake Bot API, every message through the inbox.
 *
 *   idle    RSS once the bot polls (median of samples over 3 s, after a 3 s settle)
 *   growth  RSS after BENCH_MESSAGES (default 20,000) messages from 50 users, each answered, against
 *           RSS after the first 10% (warm-up: code compiled, caches and pools filled); sampled on the way
 *
 * Database: a fresh PostgreSQL database on BENCH_PG_URL (default postgresql://root@127.0.0.1:5432/postgres),
 * or the embedded one (PGlite in a temporary folder) with BENCH_DATABASE=embedded; the output says which.
 * BENCH_SECONDS (default 600) bounds the message phase: it stops sending then and reports how many went.
 * Ends with: RESULT memory value=<idle MB> baseline=200 ratio=<value/200> target=1 unit=MB (lower is better).
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { FAKE_TELEGRAM_TOKEN, startFakeTelegram } from "../fakes/telegram/bot-api.ts";

const root = path.resolve(import.meta.dirname, "..");
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 600);
const USERS = 50;
const EMBEDDED = process.env.BENCH_DATABASE === "embedded";
const server = process.env.BENCH_PG_URL ?? "postgresql://root@127.0.0.1:5432/postgres";
const entry = process.env.BENCH_START_ENTRY ?? "dist/src/app/main.js";
const BASELINE_MB = 200;

const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : Number.NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;

async function sampleRss(pid: number, ms: number): Promise<number> {
  const xs: number[] = [];
  for (let t = 0; t < ms; t += 250) {
    xs.push(rssMb(pid));
    await sleep(250);
  }
  return median(xs);
}

async function pgAdmin(sql: string) {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function main() {
  if (!fs.existsSync(path.resolve(root, entry))) throw new Error(`${entry} missing: run npm run build first`);
  let answered = 0;
  let polled = false;
  let onAnswer = () => {};
  const fake = await startFakeTelegram({
    record: false,
    onRequest: (r) => {
      if (r.path.endsWith("/getUpdates")) polled = true;
      if (r.path.endsWith("/sendMessage")) {
        answered++;
        onAnswer();
      }
    },
  });
  const dbName = `bench_memory_${process.pid}`;
  const dataDir = EMBEDDED ? fs.mkdtempSync(path.join(os.tmpdir(), "bench-memory-")) : null;
  const dbEnv: Record<string, string> = dataDir
    ? { DATA_DIR: dataDir }
    : { DATABASE_URL: Object.assign(new URL(server), { pathname: `/${dbName}` }).toString() };
  console.log(
    `database: ${dataDir ? `embedded PGlite in ${dataDir}` : `PostgreSQL ${new URL(server).host}/${dbName}`}; app: node ${entry}`,
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    ...dbEnv,
    TELEGRAM_BOT_TOKEN: FAKE_TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: fake.url,
    PORT: String(40_000 + Math.floor(Math.random() * 20_000)),
    LOG_LEVEL: "warn",
  };
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (b: Buffer) => {
    stderr = (stderr + b.toString()).slice(-20_000);
  });
  try {
    // Ready: the bot polls the fake (getUpdates), which comes after the database and the menu.
    const ready = Date.now() + 120_000;
    while (!polled && Date.now() < ready) {
      if (child.exitCode !== null) throw new Error(`the app exited ${child.exitCode}:\n${stderr}`);
      await sleep(200);
    }
    if (!polled) throw new Error(`the app never polled Telegram:\n${stderr}`);
    const pid = child.pid ?? 0;
    await sleep(3_000);
    const idle = await sampleRss(pid, 3_000);
    console.log(`idle RSS: ${idle.toFixed(1)} MB`);

    const deadline = performance.now() + SECONDS * 1000;
    const warmAt = Math.max(1, Math.floor(MESSAGES / 10));
    const step = Math.max(1, Math.floor(MESSAGES / 10));
    let warm = Number.NaN;
    let sent = 0;
    let updateId = 1;
    const t0 = performance.now();
    // 50 users, each sending its next message when its last was answered (one in flight per user).
    while (sent < MESSAGES && performance.now() < deadline) {
      const batch = Math.min(USERS, MESSAGES - sent);
      const target = answered + batch;
      const done = new Promise<void>((resolve) => {
        onAnswer = () => {
          if (answered >= target) resolve();
        };
      });
      for (let i = 0; i < batch; i++) {
        const id = 3_000_000 + ((sent + i) % USERS);
        const text = ["what's on tomorrow", "my bookings", "help", "passes"][(sent + i) % 4] ?? "help";
        fake.push({
          update_id: updateId++,
          message: {
            message_id: sent + i + 1,
            from: { id, is_bot: false, first_name: `U${id}` },
            chat: { id, type: "private" },
            date: 1_700_000_000,
            text,
          },
        });
      }
      const left = deadline - performance.now();
      await Promise.race([done, sleep(Math.max(0, left) + 30_000)]);
      if (answered < target) throw new Error(`messages stopped being answered at ${answered}:\n${stderr}`);
      const before = sent;
      sent += batch;
      if (before < warmAt && sent >= warmAt) {
        warm = rssMb(pid);
        console.log(`after ${sent} messages (warm-up): ${warm.toFixed(1)} MB`);
      } else if (Math.floor(before / step) !== Math.floor(sent / step)) {
        console.log(`after ${sent} messages: ${rssMb(pid).toFixed(1)} MB`);
      }
    }
    const secs = (performance.now() - t0) / 1000;
    await sleep(2_000);
    const end = await sampleRss(pid, 2_000);
    console.log(
      `${sent} messages in ${secs.toFixed(0)} s (${(sent / secs).toFixed(0)}/s)${sent < MESSAGES ? `, stopped by BENCH_SECONDS=${SECONDS}` : ""}`,
    );
    console.log(
      `RSS: idle ${idle.toFixed(1)} MB, after warm-up ${warm.toFixed(1)} MB, at the end ${end.toFixed(1)} MB; growth after warm-up ${(end - warm).toFixed(1)} MB (${(((end - warm) / warm) * 100).toFixed(1)}%), since idle ${(end - idle).toFixed(1)} MB`,
    );
    console.log(
      `RESULT memory value=${idle.toFixed(1)} baseline=${BASELINE_MB} ratio=${(idle / BASELINE_MB).toFixed(3)} target=1 unit=MB`,
    );
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(20_000)]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    await fake.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    else await pgAdmin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
