import { setTimeout as delay } from "node:timers/promises";
import { Redis } from "ioredis";
import pg from "pg";

/** Drops a fan-out bench run's database (once its pool has let go) and its Redis keys. */
export async function dropFanoutRun(pgServer: string, dbName: string, redisUrl: string, prefix: string) {
  const admin = new pg.Client({ connectionString: pgServer });
  await admin.connect();
  // Dropping while the pool's connections are still closing would surface as an uncaught error.
  for (let i = 0; i < 60; i++) {
    const r = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [
      dbName,
    ]);
    if (r.rows[0]?.n === 0) break;
    await delay(50);
  }
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => undefined);
  await admin.end();
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
  redis.disconnect();
}
