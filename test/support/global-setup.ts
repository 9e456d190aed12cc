import pg from "pg";
import { createDatabase } from "../../src/infra/db/create-database.ts";
import { IN_CI, PG_SERVER_URL, pgReachable, templateName, withDatabase } from "./services.ts";

/** Builds (once per schema) a migrated template database that test files clone in milliseconds. */
export default async function setup(): Promise<void> {
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
