import { type ChildProcess, execFile, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { FAKE_TELEGRAM_TOKEN, type FakeTelegram, startFakeTelegram } from "../../fakes/telegram/bot-api.ts";
import { freeLoopbackPort } from "../support/private-postgres.ts";
import { DB_PREFIX, PG_SERVER_URL, REDIS_URL, withDatabase } from "../support/services.ts";
import { describePg } from "../support/test-db.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const dockerfile = fs.readFileSync(path.join(root, "Dockerfile"), "utf8");
const runtimeStage = dockerfile.slice(dockerfile.indexOf(" AS runtime"));

/** The runtime stage's `RUN npm ci ...` (without the cache cleaning, which would empty this machine's cache). */
const runtimeInstall = /^RUN (npm ci [^\n&]*)/m.exec(runtimeStage)?.[1]?.trim();
/** The exec-form arrays of HEALTHCHECK ... CMD [...] and of CMD [...]. */
const healthcheck = JSON.parse(/^HEALTHCHECK .*?CMD (\[.*\])$/m.exec(runtimeStage)?.[1] ?? "null") as
  | string[]
  | null;
const command = JSON.parse(/^CMD (\[.*\])$/m.exec(runtimeStage)?.[1] ?? "null") as string[] | null;
/** A Redis database of its own, and a key prefix of this run's own (two CI runs at once share Redis). */
const REDIS_DB = 13;

describePg("the container's steps without Docker: build, production install, start, /readyz", () => {
  let dir = "";
  let fake: FakeTelegram | undefined;
  let app: ChildProcess | undefined;
  const dbName = `${DB_PREFIX}_prodbuild_${crypto.randomBytes(4).toString("hex")}`;
  const redisPrefix = dbName;
  const redisUrl = (() => {
    const u = new URL(REDIS_URL);
    u.pathname = `/${REDIS_DB}`;
    return u.toString();
  })();

  afterAll(async () => {
    if (app && app.exitCode === null && app.signalCode === null) {
      const exited = new Promise((r) => app?.once("exit", r));
      app.kill("SIGKILL");
      await exited;
    }
    await fake?.close();
    const admin = new pg.Client({ connectionString: PG_SERVER_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
    const redis = new Redis(redisUrl, { lazyConnect: true });
    await redis.connect();
    const keys = await redis.keys(`${redisPrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    // Removing ~200 installed packages takes most of a minute on a loaded machine: a process of its
    // own does it while the next test file runs.
    if (dir) spawn("rm", ["-rf", dir], { detached: true, stdio: "ignore" }).unref();
  }, 180_000);

  it("the Dockerfile's runtime stage has the lines this test runs", () => {
    expect(runtimeInstall).toMatch(/^npm ci .*--omit=dev/);
    expect(healthcheck?.join(" ")).toMatch(/\/healthz/);
    expect(command).toEqual(["node", "--enable-source-maps", "dist/src/app/main.js"]);
    expect(runtimeStage).toMatch(/^USER node$/m);
  });

  it("a clean copy with production dependencies only migrates a fresh database, starts and answers /readyz 200", async () => {
    const t0 = Date.now();
    const lap = (what: string) => console.info(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "prod-build-"));
    for (const f of ["package.json", "package-lock.json"])
      fs.copyFileSync(path.join(root, f), path.join(dir, f));
    // The two stages side by side (neither reads what the other writes), as Docker's BuildKit runs them.
    await Promise.all([
      // Build stage: `npm run build` (tsc of src/, adapters/ and the generated client, plus migrations).
      run("npm", ["run", "build", "--", "--out-dir", path.join(dir, "dist")], { cwd: root }).then(() =>
        lap("built"),
      ),
      // Runtime stage: exactly the Dockerfile's install, into the clean copy (from the local cache).
      run("sh", ["-c", runtimeInstall ?? "false"], {
        cwd: dir,
        env: { ...process.env, npm_config_prefer_offline: "true" },
      }).then(() => lap("production dependencies installed")),
    ]);
    const modules = path.join(dir, "node_modules");
    for (const devOnly of ["tsx", "prisma", "@prisma/schema-engine-wasm", "typescript", "vitest"])
      expect(fs.existsSync(path.join(modules, devOnly)), `${devOnly} in the production install`).toBe(false);
    expect(fs.existsSync(path.join(modules, "@prisma/client"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "dist/prisma/migrations"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "dist/src/generated/prisma/client.js"))).toBe(true);

    // Started as a deployment is: a platform configured (Telegram, against the local fake Bot API),
    // PostgreSQL (a database that does not exist yet) and Redis; nothing from this checkout in reach.
    fake = await startFakeTelegram({ record: false });
    const port = await freeLoopbackPort();
    const [cmd, ...args] = command ?? [];
    let logs = "";
    const child = spawn(cmd === "node" ? process.execPath : (cmd ?? "false"), args, {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: dir,
        NODE_ENV: "production",
        DATABASE_URL: withDatabase(PG_SERVER_URL, dbName),
        REDIS_URL: redisUrl,
        REDIS_PREFIX: redisPrefix,
        TELEGRAM_BOT_TOKEN: FAKE_TELEGRAM_TOKEN,
        TELEGRAM_API_ROOT: fake.url.replace(/\/+$/, ""),
        PORT: String(port),
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    app = child;
    child.stderr?.on("data", (b: Buffer) => {
      logs += b.toString();
    });
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));

    let ready = 0;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && child.exitCode === null) {
      ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.status,
        () => 0,
      );
      if (ready === 200) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    lap("ready");
    expect(ready, `the app's log:\n${logs}`).toBe(200);

    // The image's HEALTHCHECK command, run as Docker would (in the app's folder, its environment).
    const health = await run(
      healthcheck?.[0] === "node" ? process.execPath : "false",
      healthcheck?.slice(1) ?? [],
      {
        cwd: dir,
        env: { PATH: process.env.PATH ?? "", PORT: String(port) },
      },
    ).then(
      () => 0,
      (e: { code?: number }) => e.code ?? 1,
    );
    expect(health).toBe(0);
    // The queues live under this run's prefix only.
    const redis = new Redis(redisUrl);
    await expect
      .poll(() => redis.keys(`${redisPrefix}:*`).then((k) => k.length), { timeout: 10_000 })
      .toBeGreaterThan(0);
    redis.disconnect();

    // Each migration applied was logged, from the compiled app.
    const migrations = fs
      .readdirSync(path.join(dir, "dist/prisma/migrations"))
      .filter((d) => /^\d+_/.test(d));
    const applied = logs
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { msg?: string; migration?: string })
      .filter((l) => l.msg === "database: migration applied")
      .map((l) => l.migration);
    expect(applied.sort()).toEqual(migrations.sort());

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    lap("stopped");
  }, 300_000);
});
