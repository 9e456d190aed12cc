import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { describe } from "vitest";
import { createDatabase, type Database } from "../../src/infra/db/create-database.ts";
import {
  DB_PREFIX,
  IN_CI,
  PG_SERVER_URL,
  pgliteTemplatePath,
  templateName,
  withDatabase,
} from "./services.ts";

export const pgAvailable = (): boolean => process.env.TEST_PG_AVAILABLE === "true";

/**
 * describe() that runs on real PostgreSQL. Outside CI, with no server, it is skipped with a visible
 * reason; with CI=true the global setup has already failed the run instead.
 */
export const describePg: typeof describe = ((name: string, fn: () => void) =>
  pgAvailable() || IN_CI
    ? describe(name, fn)
    : describe.skip(`${name} (no PostgreSQL reachable)`, fn)) as never;

export interface TestDatabase extends Database {
  url: string;
  drop(): Promise<void>;
}

/** A fresh PostgreSQL database cloned from the migrated template; drop() removes it. */
export async function createTestPgDatabase(poolSize = 10): Promise<TestDatabase> {
  const name = `${DB_PREFIX}_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_SERVER_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName()}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(PG_SERVER_URL, name);
  const db = await createDatabase({ kind: "postgres", url, poolSize });
  return {
    ...db,
    url,
    async drop() {
      await db.close();
      const a = new pg.Client({ connectionString: PG_SERVER_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    },
  };
}

let pgliteTemplate: Blob | undefined;

/**
 * A fresh in-memory PGlite database with the same migrations (the embedded default), loaded from the
 * migrated data folder the global setup dumped (createDatabase still checks every applied migration
 * against its file, so a stale dump fails here instead of testing an old schema).
 */
export async function createTestPgliteDatabase(): Promise<TestDatabase> {
  pgliteTemplate ??= new Blob([fs.readFileSync(pgliteTemplatePath())]);
  const db = await createDatabase({ kind: "pglite", dir: "memory://", loadDataDir: pgliteTemplate });
  return { ...db, url: "memory://", drop: () => db.close() };
}
