/**
 * Start-up time and memory of the bot run both ways: through the runtime transpiler (`npm start`:
 * tsx src/app/main.ts) and compiled (`npm run start:prod`: node dist/.../main.js, after `npm run build`).
 * Each runs in platform mode with Telegram pointed at a local fake Bot API and its own fresh
 * PostgreSQL database. Measured per way, alternating, BENCH_ROUNDS times (default 2):
 *   start-up  spawn -> the "HTTP listening" log line (database created and migrated, bot polling)
 *   idle RSS  3 s after that
 *   loaded    peak RSS (VmHWM) after BENCH_MESSAGES (default 3000) messages from 50 users, all answered
 *
 *   npm run build && npx tsx bench/start-memory.ts     (BENCH_START_ENTRY overrides dist/src/app/main.js)
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { FAKE_TELEGRAM_TOKEN, startFakeTelegram } from "../fakes/telegram/bot-api.ts";

const root = path.resolve(import.meta.dirname, "..");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 3000);
const USERS = 50;
const server = process.env.BENCH_PG_URL ?? "postgresql://root@127.0.0.1:5432/postgres";
const entry = process.env.BENCH_START_ENTRY ?? "dist/src/app/main.js";
const WAYS = {
  // What `npm start` runs, as one process: the tsx CLI would add a wrapper process of its own.
  tsx: [process.execPath, ["--import", "tsx", "src/app/main.ts"]],
  compiled: [process.execPath, ["--enable-source-maps", entry]],
} as const;

const rssMb = (pid: number, field: "VmRSS" | "VmHWM") => {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : Number.NaN;
};

async function dropDb(name: string) {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.end();
}

async function once(way: keyof typeof WAYS, round: number) {
  const [cmd, args] = WAYS[way];
  let answered = 0;
  let onAnswer = () => {};
  const fake = await startFakeTelegram({
    record: false,
    onRequest: (r) => {
      if (r.path.endsWith("/sendMessage")) {
        answered++;
        onAnswer();
      }
    },
  });
  const dbName = `bench_start_${process.pid}_${way}_${round}`;
  const u = new URL(server);
  u.pathname = `/${dbName}`;
  const t0 = performance.now();
  const child: ChildProcess = spawn(cmd, [...args], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: u.toString(),
      TELEGRAM_BOT_TOKEN: FAKE_TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: fake.url,
      PORT: String(40_000 + Math.floor(Math.random() * 20_000)),
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  try {
    let stderr = "";
    await new Promise<void>((resolve, reject) => {
      child.stderr?.on("data", (b: Buffer) => {
        stderr += b.toString();
        if (stderr.includes("HTTP listening")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`${way} exited ${code} before ready:\n${stderr}`)));
    });
    const startMs = performance.now() - t0;
    const pid = child.pid!;
    await new Promise((r) => setTimeout(r, 3000));
    const idle = rssMb(pid, "VmRSS");
    // 50 users, each sending its next message when the last was answered.
    const allAnswered = new Promise<void>((resolve) => {
      onAnswer = () => {
        if (answered >= MESSAGES) resolve();
      };
    });
    let updateId = 1;
    for (let i = 0; i < MESSAGES; i++) {
      const id = 2_000_000 + (i % USERS);
      const text = ["what's on tomorrow", "my bookings", "help", "passes"][i % 4]!;
      fake.push({
        update_id: updateId++,
        message: {
          message_id: i + 1,
          from: { id, is_bot: false, first_name: `U${id}` },
          chat: { id, type: "private" },
          date: 1_700_000_000,
          text,
        },
      });
      if (i % USERS === USERS - 1) await new Promise((r) => setImmediate(r));
    }
    await allAnswered;
    const loaded = rssMb(pid, "VmHWM");
    return { startMs, idle, loaded };
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    await fake.close();
    await dropDb(dbName);
  }
}

async function main() {
  if (!fs.existsSync(path.join(root, entry))) throw new Error(`${entry} missing: run npm run build first`);
  const rows: Record<string, Array<{ startMs: number; idle: number; loaded: number }>> = {
    tsx: [],
    compiled: [],
  };
  for (let round = 0; round < ROUNDS; round++)
    for (const way of round % 2 ? (["compiled", "tsx"] as const) : (["tsx", "compiled"] as const)) {
      const r = await once(way, round);
      rows[way]!.push(r);
      console.log(
        `${way.padEnd(8)} round ${round}: start ${r.startMs.toFixed(0)} ms, idle ${r.idle.toFixed(0)} MB, loaded peak ${r.loaded.toFixed(0)} MB`,
      );
    }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  console.log(
    `\n| way | start-up to ready | idle RSS | peak RSS after ${MESSAGES} messages |\n|---|---|---|---|`,
  );
  for (const [way, rs] of Object.entries(rows))
    console.log(
      `| ${way} | ${med(rs.map((r) => r.startMs)).toFixed(0)} ms | ${med(rs.map((r) => r.idle)).toFixed(0)} MB | ${med(rs.map((r) => r.loaded)).toFixed(0)} MB |`,
    );
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
