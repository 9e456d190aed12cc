import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { FAKE_TELEGRAM_TOKEN, type FakeTelegram, startFakeTelegram } from "../../fakes/telegram/bot-api.ts";
import { REFUSE_LINE } from "../../src/app/start-mode.ts";
import { freeLoopbackPort } from "../support/private-postgres.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

/**
 * Start-up as an operator meets it (docs/reliability.md, "Health"): the app run as a child process
 * with DATABASE_URL and no token, with Redis on a dead port, with the Telegram API on a dead port.
 */
const MAIN = path.join(import.meta.dirname, "../../src/app/main.ts");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface LogLine {
  time: number;
  msg: string;
  dependency?: string;
  [k: string]: unknown;
}

describePg("a safe start", () => {
  let db: TestDatabase;
  let fake: FakeTelegram;
  const procs: ChildProcess[] = [];

  beforeAll(async () => {
    db = await createTestPgDatabase();
    fake = await startFakeTelegram();
  });
  afterEach(async () => {
    for (const p of procs.splice(0)) {
      if (p.exitCode !== null || p.signalCode !== null) continue;
      const exited = new Promise((r) => p.once("exit", r));
      p.kill("SIGKILL");
      await exited;
    }
  });
  afterAll(async () => {
    await fake?.close();
    await db?.drop();
  });

  function start(env: Record<string, string>, args: string[] = []) {
    const proc = spawn(process.execPath, ["--import", "tsx", MAIN, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "info", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    procs.push(proc);
    const out = { stderr: "", stdout: "" };
    proc.stderr?.on("data", (b: Buffer) => {
      out.stderr += b.toString();
    });
    proc.stdout?.on("data", (b: Buffer) => {
      out.stdout += b.toString();
    });
    const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
    const lines = (): LogLine[] =>
      out.stderr
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as LogLine);
    return { proc, out, exited, lines };
  }

  async function waitFor<T>(
    probe: () => T | undefined | Promise<T | undefined>,
    ms: number,
  ): Promise<T | undefined> {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      const v = await probe();
      if (v !== undefined) return v;
      await sleep(100);
    }
    return undefined;
  }

  const get = (port: number, p: string) =>
    fetch(`http://127.0.0.1:${port}${p}`).then(
      async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }),
      () => undefined,
    );

  const organizations = () => db.prisma.organization.count();

  it("DATABASE_URL and no platform: one clear line, a non-zero exit, and nothing written to the database", async () => {
    const before = await organizations();
    const run = start({ DATABASE_URL: db.url });
    const code = await run.exited;
    expect(code).not.toBe(0);
    expect(run.out.stderr.trim().split("\n")).toEqual([REFUSE_LINE]);
    expect(run.out.stdout).toBe("");
    expect(await organizations()).toBe(before);
    expect(await db.prisma.person.count()).toBe(0);
  });

  it("--console on a real database opens the console there without seeding the demo studio", async () => {
    const run = start({ DATABASE_URL: db.url }, ["--console", "--script"]);
    run.proc.stdin?.end("Maria: help\n");
    expect(await run.exited).toBe(0);
    expect(run.out.stdout).toContain("> Maria: help");
    expect(await organizations()).toBe(0);
  }, 90_000);

  it("Redis on a dead port: /healthz answers at once, /readyz is 503 naming redis, the log names it within 10 s", async () => {
    const port = await freeLoopbackPort();
    const deadRedis = await freeLoopbackPort();
    const run = start({
      DATABASE_URL: db.url,
      REDIS_URL: `redis://127.0.0.1:${deadRedis}`,
      TELEGRAM_BOT_TOKEN: FAKE_TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: fake.url.replace(/\/+$/, ""),
      PORT: String(port),
    });
    const health = await waitFor(() => get(port, "/healthz"), 60_000);
    expect(health?.status, run.out.stderr.slice(-2000)).toBe(200);
    const listening = run.lines().find((l) => l.msg.startsWith("HTTP listening"));
    expect(listening).toBeDefined();
    const down = await waitFor(() => run.lines().find((l) => l.msg === "dependency down: redis"), 15_000);
    expect(down, run.out.stderr.slice(-2000)).toBeDefined();
    expect((down?.time ?? 0) - (listening?.time ?? 0)).toBeLessThanOrEqual(10_000);
    // Telegram (its fake) is up, so only Redis keeps the app from being ready.
    const ready = await waitFor(async () => {
      const r = await get(port, "/readyz");
      const checks = r?.body.checks as Record<string, { ok: boolean }> | undefined;
      return checks?.telegram?.ok && checks.database?.ok ? r : undefined;
    }, 60_000);
    expect(ready?.status).toBe(503);
    expect(ready?.body.checks).toMatchObject({
      redis: { ok: false },
      database: { ok: true },
      telegram: { ok: true },
    });
    expect((await get(port, "/healthz"))?.status).toBe(200);
    // Stops cleanly on SIGTERM although Redis never answered.
    run.proc.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  }, 120_000);

  it("the Telegram API on a dead port: /readyz is 503 naming telegram, logged within 10 s, and logged again when it is back", async () => {
    const port = await freeLoopbackPort();
    const apiPort = await freeLoopbackPort();
    const run = start({
      DATABASE_URL: db.url,
      TELEGRAM_BOT_TOKEN: FAKE_TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: `http://127.0.0.1:${apiPort}`,
      PORT: String(port),
    });
    const health = await waitFor(() => get(port, "/healthz"), 60_000);
    expect(health?.status, run.out.stderr.slice(-2000)).toBe(200);
    const listening = run.lines().find((l) => l.msg.startsWith("HTTP listening"));
    const down = await waitFor(() => run.lines().find((l) => l.msg === "dependency down: telegram"), 15_000);
    expect(down, run.out.stderr.slice(-2000)).toBeDefined();
    expect((down?.time ?? 0) - (listening?.time ?? 0)).toBeLessThanOrEqual(10_000);
    const ready = await get(port, "/readyz");
    expect(ready?.status).toBe(503);
    expect(ready?.body.checks).toMatchObject({ telegram: { ok: false }, database: { ok: true } });
    // The API comes back on its port (a forwarder to the fake): the app starts Telegram and says so.
    const fakePort = Number(new URL(fake.url).port);
    const forwarder = net.createServer((sock) => {
      const upstream = net.connect(fakePort, "127.0.0.1");
      sock.pipe(upstream).pipe(sock);
      sock.on("error", () => upstream.destroy());
      upstream.on("error", () => sock.destroy());
    });
    await new Promise<void>((r) => forwarder.listen(apiPort, "127.0.0.1", () => r()));
    try {
      const back = await waitFor(
        () => run.lines().find((l) => l.msg === "dependency back: telegram"),
        60_000,
      );
      expect(back, run.out.stderr.slice(-2000)).toBeDefined();
      expect(run.lines().some((l) => l.msg === "telegram: started")).toBe(true);
      expect((await get(port, "/readyz"))?.status).toBe(200);
    } finally {
      run.proc.kill("SIGTERM");
      await run.exited;
      forwarder.close();
    }
  }, 150_000);
});
