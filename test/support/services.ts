import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { MIGRATIONS_DIR } from "../../src/infra/db/migrate.ts";

/** Server URL without a database; every test file gets a database of its own on it. */
export const PG_SERVER_URL = process.env.TEST_PG_URL ?? "postgresql://root@127.0.0.1:5432/postgres";
export const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
export const IN_CI = process.env.CI === "true";
/** A run-specific prefix keeps concurrent runs (and CI) on databases of their own. */
export const DB_PREFIX = (process.env.TEST_DB_PREFIX ?? "bt").replace(/[^a-z0-9_]/gi, "").toLowerCase();

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A hash of the migrations' content: a schema change makes new templates. */
function migrationsHash(): string {
  const h = crypto.createHash("sha256");
  for (const d of fs.readdirSync(MIGRATIONS_DIR).sort()) {
    const f = path.join(MIGRATIONS_DIR, d, "migration.sql");
    if (fs.existsSync(f)) h.update(d).update(fs.readFileSync(f));
  }
  return h.digest("hex").slice(0, 12);
}

/** The template database name: tied to the migrations' content, so a schema change makes a new one. */
export function templateName(): string {
  return `${DB_PREFIX}_tpl_${migrationsHash()}`;
}

/**
 * The migrated PGlite data folder as a tarball (PGlite's dumpDataDir), written by the global setup:
 * each in-memory test database loads it instead of running initdb and every migration (about 3 s of
 * CPU each). Tied to the migrations' content and PGlite's version.
 */
export function pgliteTemplatePath(): string {
  const pglite = JSON.parse(
    fs.readFileSync(
      path.resolve(import.meta.dirname, "../../node_modules/@electric-sql/pglite/package.json"),
      "utf8",
    ),
  ) as { version: string };
  // Not per run (CI's prefix changes every run): runs of one schema share the file, which is only
  // ever renamed into place whole and then read.
  return path.join(os.tmpdir(), `booking-test-pglite-${pglite.version}-${migrationsHash()}.tar`);
}

export async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_SERVER_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}
