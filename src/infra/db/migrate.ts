import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Logger } from "../../ports/logger.ts";

/** The two calls the migrator needs: run a multi-statement script, run one parameterised query. */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../../prisma/migrations");

/** A fixed key: only one process applies a migration at a time when several start together. */
const MIGRATION_LOCK_KEY = 7_340_112;

/** A migration recorded as applied whose migration.sql has changed since: the app refuses to start. */
export class ChangedMigrationError extends Error {
  readonly code = "MIGRATION_CHANGED";
  constructor(readonly migrations: readonly string[]) {
    super(
      `refusing to start: migration ${migrations.join(", ")} was changed after it was applied to this database ` +
        `(its migration.sql no longer matches the checksum in _prisma_migrations). Restore the file as it ` +
        `was applied and put the change in a new migration.`,
    );
  }
}

/** A migration the Prisma CLI started and never finished (a row without finished_at, not rolled back). */
export class FailedMigrationError extends Error {
  readonly code = "MIGRATION_FAILED";
  constructor(readonly migrations: readonly string[]) {
    super(
      `refusing to start: migration ${migrations.join(", ")} failed part-way in an earlier run ` +
        `(_prisma_migrations has no finished_at for it). Repair the database, then mark it with ` +
        `\`prisma migrate resolve --applied|--rolled-back <name>\`.`,
    );
  }
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** sha256 of the script as lower-case hex: what `prisma migrate` stores in `_prisma_migrations.checksum`. */
export function migrationChecksum(script: string): string {
  return crypto.createHash("sha256").update(script).digest("hex");
}

/**
 * Whether a script matches a recorded checksum the way Prisma's schema engine decides it
 * (schema-connector `checksum.rs`): the script as it is, with CRLF turned to LF, or LF to CRLF (git
 * may have changed the line endings of a checkout), and for checksums shorter than 64 characters the
 * old rendering that dropped each byte's leading zero.
 */
export function scriptMatchesChecksum(script: string, checksum: string): boolean {
  const variants = [script, script.replace(/\r\n/g, "\n"), script.replace(/\n/g, "\r\n")];
  return variants.some((s) => {
    const digest = crypto.createHash("sha256").update(s).digest();
    if (checksum.length === 64) return digest.toString("hex") === checksum;
    return [...digest].map((b) => b.toString(16)).join("") === checksum;
  });
}

export interface MigrateOptions {
  dir?: string;
  /** Each migration applied is logged at info; migrations the database has but this build lacks at warn. */
  log?: Pick<Logger, "warn"> & Partial<Pick<Logger, "info">>;
}

/**
 * Applies prisma/migrations/<name>/migration.sql in order and records each in `_prisma_migrations`
 * as `prisma migrate deploy` does (sha256 of the file as checksum), so a database either tool
 * migrated is valid for the other. Needs no schema engine: it runs from the compiled app, on PGlite
 * and on a machine without Prisma's CLI.
 *
 * Before applying anything it checks every applied migration against its file and refuses (throws
 * ChangedMigrationError) when one was changed: the database does not have what the file now says.
 *
 * Every step is a transaction that takes a transaction-level advisory lock, so several processes may
 * start together, and it holds no session state: it works through PgBouncer in transaction pooling.
 */
export async function applyMigrations(db: SqlRunner, opts: MigrateOptions = {}): Promise<string[]> {
  const dir = opts.dir ?? MIGRATIONS_DIR;
  await inLockedTransaction(db, () =>
    db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT, "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`),
  );
  const names = fs
    .readdirSync(dir)
    .filter((d) => fs.statSync(path.join(dir, d)).isDirectory())
    .sort();
  const scripts = new Map(names.map((n) => [n, fs.readFileSync(path.join(dir, n, "migration.sql"), "utf8")]));

  const rows = (
    await db.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    )
  ).rows.filter((r) => r.rolled_back_at === null);
  const applied = rows.filter((r) => r.finished_at !== null);
  const failed = rows.filter((r) => r.finished_at === null).map((r) => r.migration_name);
  if (failed.length > 0) throw new FailedMigrationError(failed);
  const changed = applied
    .filter((r) => {
      const script = scripts.get(r.migration_name);
      return script !== undefined && !scriptMatchesChecksum(script, r.checksum);
    })
    .map((r) => r.migration_name);
  if (changed.length > 0) throw new ChangedMigrationError(changed);
  const unknown = applied.map((r) => r.migration_name).filter((n) => !scripts.has(n));
  if (unknown.length > 0)
    opts.log?.warn(
      { migrations: unknown },
      "database: it has migrations this build does not know (a newer version migrated it)",
    );

  const done = new Set(applied.map((r) => r.migration_name));
  const newlyApplied: string[] = [];
  for (const [name, sql] of scripts) {
    if (done.has(name)) continue;
    const started = Date.now();
    const ran = await inLockedTransaction(db, async () => {
      // Another process may have applied it while this one waited for the lock.
      const again = await db.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        [name],
      );
      if (again.rows.length > 0) return false;
      await db.exec(sql).catch((e: unknown) => {
        throw new Error(`migration ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      });
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [crypto.randomUUID(), migrationChecksum(sql), name],
      );
      return true;
    });
    if (!ran) continue;
    newlyApplied.push(name);
    opts.log?.info?.({ migration: name, ms: Date.now() - started }, "database: migration applied");
  }
  return newlyApplied;
}

/** BEGIN, the migration lock for this transaction only, the work, COMMIT (ROLLBACK on failure). */
async function inLockedTransaction<T>(db: SqlRunner, work: () => Promise<T>): Promise<T> {
  await db.exec("BEGIN");
  try {
    await db.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    const result = await work();
    await db.exec("COMMIT");
    return result;
  } catch (e) {
    await db.exec("ROLLBACK").catch(() => undefined);
    throw e;
  }
}
