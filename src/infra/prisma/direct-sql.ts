import type pg from "pg";
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import type { Tx } from "./tx.ts";

/**
 * The chat's per-message statements (dedupe, who wrote, the organization and its names, the session
 * search, the booking call) are single autocommit statements written in SQL already. Through Prisma's
 * `$queryRaw` each costs about twice the CPU of the same statement sent by `pg` (query planning in the
 * client, result conversion); on PostgreSQL they go to the pool the Prisma adapter uses, directly.
 * Inside an interactive transaction, or on PGlite, they stay on Prisma (same connection, same engine).
 * Every column those statements return is text, int, boolean, json or timestamptz, which both paths
 * return alike (no int8 or numeric: cast them in the SQL).
 */
const direct = new WeakMap<object, { pool: pg.Pool; named: boolean }>();

/**
 * Each statement text gets a name, so every pooled connection prepares it once and PostgreSQL plans
 * it once per connection (its plan cache) instead of on every message: planning the session search
 * and the organization's names cost more than running them. Texts are the templates of the call
 * sites, a few dozen; past LIMIT distinct texts (a template with a variable-length list) the rest
 * go unnamed, so neither this map nor a connection's prepared statements grow without end.
 */
const names = new Map<string, string>();
const NAMED_LIMIT = 200;
function nameFor(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < NAMED_LIMIT) {
    name = `direct_${names.size}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Lets `queryRows` on this client skip Prisma (called where the database is opened). Behind a pooler
 * in transaction pooling (PgBouncer `pool_mode = transaction`) each statement may run on another
 * server connection, where a name prepared elsewhere does not exist: `namedStatements: false` sends
 * every statement unnamed (parsed and planned each time, as Prisma's own statements are).
 */
export function sendDirectly(
  prisma: PrismaClient,
  pool: pg.Pool,
  opts: { namedStatements: boolean } = { namedStatements: true },
): void {
  direct.set(prisma, { pool, named: opts.namedStatements });
}

/** A `$queryRaw` tag for one autocommit statement on `client`: the same template, values and rows. */
export function rowsOf(client: PrismaClient | Tx) {
  const to = direct.get(client);
  return async <T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]> => {
    if (!to) return client.$queryRaw<T[]>(strings, ...values);
    const q = Prisma.sql(strings, ...values);
    const name = to.named ? nameFor(q.text) : undefined;
    return (await to.pool.query({ name, text: q.text, values: q.values as unknown[] })).rows as T[];
  };
}
