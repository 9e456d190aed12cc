import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, afterEach, beforeEach, expect, it } from "vitest";
import {
  applyMigrations,
  ChangedMigrationError,
  FailedMigrationError,
  MIGRATIONS_DIR,
  migrationChecksum,
  type SqlRunner,
} from "../../src/infra/db/migrate.ts";
import { DB_PREFIX, PG_SERVER_URL, withDatabase } from "../support/services.ts";
import { describePg } from "../support/test-db.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const ALL = fs
  .readdirSync(MIGRATIONS_DIR)
  .filter((d) => fs.statSync(path.join(MIGRATIONS_DIR, d)).isDirectory())
  .sort();

/** What the migrator logged, as [level, message, fields]. */
function recordingLog() {
  const lines: { level: string; msg: string; fields: Record<string, unknown> }[] = [];
  return {
    lines,
    info: (fields: object, msg?: string) =>
      void lines.push({ level: "info", msg: msg ?? "", fields: { ...fields } }),
    warn: (fields: object, msg?: string) =>
      void lines.push({ level: "warn", msg: msg ?? "", fields: { ...fields } }),
  };
}

describePg("the migration runner on PostgreSQL (checksums, logging, Prisma's table)", () => {
  const created: string[] = [];
  const clients: pg.Client[] = [];
  let dir: string;

  async function freshDatabase(): Promise<{ url: string; client: pg.Client; runner: SqlRunner }> {
    const name = `${DB_PREFIX}_mig_${crypto.randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: PG_SERVER_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    created.push(name);
    const url = withDatabase(PG_SERVER_URL, name);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    clients.push(client);
    return { url, client, runner: runnerOf(client) };
  }
  const runnerOf = (client: pg.Client): SqlRunner => ({
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async (sql, params) => client.query(sql, params) as never,
  });

  beforeEach(() => {
    // A copy of the real migrations that a test may edit.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterAll(async () => {
    for (const c of clients) await c.end().catch(() => undefined);
    const admin = new pg.Client({ connectionString: PG_SERVER_URL });
    await admin.connect();
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it("applies every migration once, logs each, and records Prisma's checksum (sha256 of migration.sql)", async () => {
    const { client, runner } = await freshDatabase();
    const log = recordingLog();
    const applied = await applyMigrations(runner, { dir, log });
    expect(applied).toEqual(ALL);
    expect(
      log.lines.filter((l) => l.msg === "database: migration applied").map((l) => l.fields.migration),
    ).toEqual(ALL);
    const rows = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.rows.map((r) => r.migration_name)).toEqual(ALL);
    for (const r of rows.rows) {
      const file = fs.readFileSync(path.join(dir, r.migration_name, "migration.sql"));
      expect(r.checksum).toBe(crypto.createHash("sha256").update(file).digest("hex"));
      expect(r.finished_at).not.toBeNull();
    }
    // The schema is really there.
    const booking = await client.query(`SELECT to_regclass('"Booking"') AS t`);
    expect(booking.rows[0].t).not.toBeNull();

    const again = recordingLog();
    expect(await applyMigrations(runner, { dir, log: again })).toEqual([]);
    expect(again.lines).toEqual([]);
  });

  it("refuses to run when an applied migration.sql was changed, naming it, and applies nothing else", async () => {
    const { client, runner } = await freshDatabase();
    await applyMigrations(runner, { dir });
    const victim = ALL[3]!;
    fs.appendFileSync(path.join(dir, victim, "migration.sql"), "\n-- edited after it was applied\n");
    fs.mkdirSync(path.join(dir, "20991231000000_later"));
    fs.writeFileSync(
      path.join(dir, "20991231000000_later", "migration.sql"),
      `CREATE TABLE "Later" (id int);`,
    );

    const refused = await applyMigrations(runner, { dir }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ChangedMigrationError);
    expect((refused as Error).message).toContain(victim);
    expect((refused as Error).message).toMatch(/refusing to start/);
    const later = await client.query(`SELECT to_regclass('"Later"') AS t`);
    expect(later.rows[0].t).toBeNull();
  });

  it("applies and logs a new migration, leaving the applied ones alone", async () => {
    const { client, runner } = await freshDatabase();
    await applyMigrations(runner, { dir });
    const name = "20991231000000_add_later";
    fs.mkdirSync(path.join(dir, name));
    const sql = `CREATE TABLE "Later" (id int PRIMARY KEY);\nINSERT INTO "Later" VALUES (1);\n`;
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);

    const log = recordingLog();
    expect(await applyMigrations(runner, { dir, log })).toEqual([name]);
    expect(log.lines).toEqual([
      {
        level: "info",
        msg: "database: migration applied",
        fields: { migration: name, ms: expect.any(Number) },
      },
    ]);
    const row = await client.query(`SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1`, [
      name,
    ]);
    expect(row.rows[0].checksum).toBe(migrationChecksum(sql));
    expect((await client.query(`SELECT count(*)::int AS n FROM "Later"`)).rows[0].n).toBe(1);
  });

  it("records nothing for a migration whose SQL fails, and applies it once fixed", async () => {
    const { client, runner } = await freshDatabase();
    await applyMigrations(runner, { dir });
    const name = "20991231000000_broken";
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(
      path.join(dir, name, "migration.sql"),
      `CREATE TABLE "Half" (id int);\nSELECT * FROM "Nope";`,
    );
    await expect(applyMigrations(runner, { dir })).rejects.toThrow(/migration 20991231000000_broken failed/);
    expect((await client.query(`SELECT to_regclass('"Half"') AS t`)).rows[0].t).toBeNull();
    fs.writeFileSync(path.join(dir, name, "migration.sql"), `CREATE TABLE "Half" (id int);`);
    expect(await applyMigrations(runner, { dir })).toEqual([name]);
  });

  it("accepts a checkout whose line endings git turned to CRLF, as Prisma does", async () => {
    const { runner } = await freshDatabase();
    await applyMigrations(runner, { dir });
    const file = path.join(dir, ALL[0]!, "migration.sql");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/\n/g, "\r\n"));
    expect(await applyMigrations(runner, { dir })).toEqual([]);
  });

  it("refuses a database where the Prisma CLI left a migration unfinished", async () => {
    const { client, runner } = await freshDatabase();
    await applyMigrations(runner, { dir });
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, 'x', '20991231000000_half')`,
      [crypto.randomUUID()],
    );
    await expect(applyMigrations(runner, { dir })).rejects.toBeInstanceOf(FailedMigrationError);
  });

  it("warns when the database has migrations this build does not know (an older build on a newer database)", async () => {
    const { runner } = await freshDatabase();
    await applyMigrations(runner, { dir });
    const last = ALL.at(-1)!;
    fs.rmSync(path.join(dir, last), { recursive: true });
    const log = recordingLog();
    expect(await applyMigrations(runner, { dir, log })).toEqual([]);
    expect(log.lines).toEqual([
      { level: "warn", msg: expect.stringMatching(/does not know/), fields: { migrations: [last] } },
    ]);
  });

  it("applies each migration exactly once when three processes start together", async () => {
    const first = await freshDatabase();
    const others = await Promise.all(
      [0, 1].map(async () => {
        const c = new pg.Client({ connectionString: first.url });
        await c.connect();
        clients.push(c);
        return runnerOf(c);
      }),
    );
    const results = await Promise.all([first.runner, ...others].map((r) => applyMigrations(r, { dir })));
    expect(results.flat().sort()).toEqual(ALL);
    const n = await first.client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(n.rows[0].n).toBe(ALL.length);
  });

  it("accepts a database that `prisma migrate deploy` migrated, and Prisma accepts one it migrated", async () => {
    // The CLI (a dev dependency, through the offline engine stand-in) on one database...
    const byPrisma = await freshDatabase();
    await run(
      process.execPath,
      [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: byPrisma.url },
      },
    );
    const prismaRows = await byPrisma.client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(prismaRows.rows[0].n).toBe(ALL.length);
    expect(await applyMigrations(byPrisma.runner)).toEqual([]);

    // ...and the runner's history read by the CLI: nothing pending, nothing changed.
    const byRunner = await freshDatabase();
    await applyMigrations(byRunner.runner);
    const status = await run(
      process.execPath,
      [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "status"],
      { cwd: root, env: { ...process.env, DATABASE_URL: byRunner.url } },
    );
    expect(status.stdout).toMatch(/Database schema is up to date/);
  }, 120_000);
});
