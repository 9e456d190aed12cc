import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The two calls the migrator needs: run a multi-statement script, run one parameterised query. */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../../prisma/migrations");

/**
 * Applies prisma/migrations/<name>/migration.sql in order and records each in _prisma_migrations
 * exactly as `prisma migrate deploy` does (sha256 of the file as checksum), so the real CLI accepts
 * the history. Needs no schema engine, so it runs on PGlite and on a machine without Prisma binaries.
 */
export async function applyMigrations(db: SqlRunner, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT, "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
  const done = await db.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Set(done.rows.map((r) => r.migration_name));
  const names = fs
    .readdirSync(dir)
    .filter((d) => fs.statSync(path.join(dir, d)).isDirectory())
    .sort();
  const newlyApplied: string[] = [];
  for (const name of names) {
    if (applied.has(name)) continue;
    const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
    const id = crypto.randomUUID();
    const checksum = crypto.createHash("sha256").update(sql).digest("hex");
    await db
      .exec(`BEGIN;\n${sql}\n;INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
      VALUES ('${id}', '${checksum}', '${name.replace(/'/g, "''")}', now(), 1);\nCOMMIT;`)
      .catch(async (e: unknown) => {
        await db.exec("ROLLBACK").catch(() => undefined);
        throw new Error(`migration ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      });
    newlyApplied.push(name);
  }
  return newlyApplied;
}
