import fs from "node:fs";
import pg from "pg";
import { createDatabase } from "../../src/infra/db/create-database.ts";
import { applyMigrations } from "../../src/infra/db/migrate.ts";
import {
  IN_CI,
  PG_SERVER_URL,
  pgliteTemplatePath,
  pgReachable,
  templateName,
  withDatabase,
} from "./services.ts";

/**
 * Builds (once per schema) a migrated template database that test files clone in milliseconds, and
 * a migrated PGlite data folder that in-memory test databases load (test/support/test-db.ts).
 */
export default async function setup(): Promise<void> {
  await buildPgliteTemplate();
  if (!(await pgReachable())) {
    if (IN_CI) throw new Error(`CI=true but PostgreSQL is not reachable at ${PG_SERVER_URL}`);
    process.env.TEST_PG_AVAILABLE = "false";
    return;
  }
  process.env.TEST_PG_AVAILABLE = "true";
  const name = templateName();
  const admin = new pg.Client({ connectionString: PG_SERVER_URL });
  await admin.connect();
  try {
    await admin.query("SELECT pg_advisory_lock(4242)");
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate", [
      name,
    ]);
    if (exists.rowCount === 0) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      const db = await createDatabase({
        kind: "postgres",
        url: withDatabase(PG_SERVER_URL, name),
        poolSize: 1,
      });
      await db.close();
      await admin.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE true`);
    }
  } finally {
    await admin.query("SELECT pg_advisory_unlock(4242)");
    await admin.end();
  }
}

/**
 * Migrates a fresh in-memory PGlite as createDatabase does and dumps its data folder, once per
 * schema; written under a temporary name and renamed, so a concurrent run never reads half a file.
 */
async function buildPgliteTemplate(): Promise<void> {
  const file = pgliteTemplatePath();
  if (fs.existsSync(file)) return;
  const { PGlite } = await import("@electric-sql/pglite");
  const client = new PGlite();
  await client.waitReady;
  await client.exec("SET TIME ZONE 'UTC'");
  await applyMigrations({
    exec: async (sql) => {
      await client.exec(sql);
    },
    query: async (sql, params) => client.query(sql, params) as never,
  });
  const dump = await client.dumpDataDir("none");
  await client.close();
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(tmp, file);
}
