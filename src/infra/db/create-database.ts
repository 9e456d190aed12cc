import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma/client.ts";
import type { Logger } from "../../ports/logger.ts";
import { sendDirectly } from "../prisma/direct-sql.ts";
import { applyMigrations } from "./migrate.ts";

/** Where the data lives: a PostgreSQL server, or an embedded PGlite folder (or memory://). */
export type DatabaseTarget =
  | {
      kind: "postgres";
      url: string;
      poolSize?: number;
      log?: DatabaseLog;
      /**
       * "transaction" when DATABASE_URL goes through a pooler in transaction pooling (PgBouncer
       * `pool_mode = transaction`): no named prepared statements and no session state (docs/deploy.md).
       */
      poolMode?: PoolMode;
    }
  | {
      kind: "pglite";
      dir: string;
      log?: DatabaseLog;
      /**
       * memory:// only: start from this dump of a data folder (PGlite's dumpDataDir) instead of an
       * empty cluster; pending migrations still apply and applied ones are still checked. Tests
       * load one migrated dump instead of running initdb and every migration per database.
       */
      loadDataDir?: Blob;
    };

/** Connection losses are logged at warn, each migration applied at info. */
export type DatabaseLog = Pick<Logger, "warn"> & Partial<Pick<Logger, "info">>;

/** How the server behind DATABASE_URL hands out connections: PostgreSQL itself or PgBouncer's session pooling, or transaction pooling. */
export type PoolMode = "session" | "transaction";

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseTarget["kind"];
  /** PostgreSQL only: the pool's connections now (for metrics). */
  pool?(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

/** Opens the database, applies pending migrations, and returns a Prisma client over it. */
export async function createDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "postgres") {
    await migratePostgres(target.url, target.log);
    const pool = createResilientPool(target.url, target.poolSize ?? 10, target.log);
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    sendDirectly(prisma, pool, { namedStatements: target.poolMode !== "transaction" });
    return {
      prisma,
      kind: "postgres",
      pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      async close() {
        await prisma.$disconnect();
        await pool.end().catch(() => undefined);
      },
    };
  }
  // Loaded only for the embedded database: PGlite's WebAssembly PostgreSQL is most of an idle
  // process's memory, and a server deployment never needs it.
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("pglite-prisma-adapter"),
  ]);
  if (target.dir !== "memory://") fs.mkdirSync(path.resolve(target.dir), { recursive: true });
  const client =
    target.dir === "memory://"
      ? new PGlite(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {})
      : new PGlite(path.resolve(target.dir));
  await client.waitReady;
  // PGlite takes its session zone from the process TZ and then renders timestamptz in JSON with that
  // offset but unshifted digits (06:00Z comes out as "06:00+12:00" under TZ=Pacific/Auckland), which
  // the JSON read paths (booking_lock_and_load, lock_occurrence) would turn into a wrong instant.
  // UTC makes the text and the instant agree; PostgreSQL proper is unaffected.
  await client.exec("SET TIME ZONE 'UTC'");
  await applyMigrations(
    {
      exec: async (sql) => {
        await client.exec(sql);
      },
      query: async (sql, params) => client.query(sql, params) as never,
    },
    target.log ? { log: target.log } : {},
  );
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  return {
    prisma,
    kind: "pglite",
    async close() {
      await prisma.$disconnect();
      await client.close();
    },
  };
}

/** How long a checkout waits for a new connection before the request counts as "unavailable". */
export const CONNECT_TIMEOUT_MS = 5_000;

/**
 * How long an unused connection stays open. A new connection is a new PostgreSQL backend: its first
 * statements load the catalog caches and plan each prepared statement again (several ms each for the
 * chat's per-message statements), which pg's default of 10 s made every quiet chat pay. The pool
 * never holds more than its size.
 */
export const IDLE_CONNECTION_MS = 10 * 60_000;

/**
 * A pool whose connections may die at any moment (server restart, failover, pg_terminate_backend)
 * without taking the process down. node-postgres emits `error` on a client whose connection breaks;
 * the pool listens only while the client is idle, so a break while a client is checked out (inside a
 * transaction, between two statements) is an unhandled `error` event, which ends a Node process.
 * Every client therefore gets a listener of its own for its whole life. The query in flight still
 * fails (and the store turns that into a retry or StoreUnavailableError); pg-pool discards a client
 * that is no longer queryable when it is released, and opens a new one on the next checkout.
 */
export function createResilientPool(url: string, max: number, log?: DatabaseLog): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: IDLE_CONNECTION_MS,
    keepAlive: true,
  });
  // A lost connection is logged; the first new connection after one or more losses says it is back.
  let lost = 0;
  const report = (err: Error & { code?: string }) => {
    lost++;
    log?.warn({ err: { message: err.message, code: err.code } }, "database: connection lost");
  };
  // The client's own listener below has already reported it; the pool's event must still be handled.
  pool.on("error", () => undefined);
  pool.on("connect", (client) => {
    client.on("error", report);
    if (lost > 0) {
      log?.info?.({ lost }, "database: connected again");
      lost = 0;
    }
  });
  return pool;
}

/** Applies pending migrations (each in a transaction under a transaction-level lock: see migrate.ts). */
async function migratePostgres(url: string, log?: DatabaseLog): Promise<void> {
  const client = await connectCreatingDatabase(url);
  try {
    await applyMigrations(
      {
        exec: async (sql) => {
          await client.query(sql);
        },
        query: async (sql, params) => client.query(sql, params) as never,
      },
      log ? { log } : {},
    );
  } finally {
    await client.end();
  }
}

/**
 * A connection to the URL's database, created first when the server does not have it (3D000). An
 * existing database is never looked up through the `postgres` database, which a restricted role or a
 * PgBouncer listing only the app's database does not reach.
 */
async function connectCreatingDatabase(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    await client.connect();
    return client;
  } catch (e) {
    await client.end().catch(() => undefined);
    if ((e as { code?: string }).code !== "3D000") throw e;
  }
  await ensurePostgresDatabase(url);
  const created = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await created.connect();
  return created;
}

/** Creates the database named in the URL when the server does not have it yet. */
async function ensurePostgresDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = "/postgres";
  const admin = new pg.Client({
    connectionString: u.toString(),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) {
      await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((e: { code?: string }) => {
        if (e.code !== "42P04") throw e; // created by a process that started at the same moment
      });
    }
  } finally {
    await admin.end();
  }
}
