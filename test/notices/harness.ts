import crypto from "node:crypto";
import { Redis } from "ioredis";
import pg from "pg";
import { PLATFORMS } from "../../src/app/adapters.ts";
import { pacingFrom } from "../../src/app/start-adapters.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { createPrismaNoticeDeliveries } from "../../src/infra/prisma/notice-deliveries.ts";
import { createPrismaNoticeLoader } from "../../src/infra/prisma/notice-loader.ts";
import { createPrismaNoticeOutbox } from "../../src/infra/prisma/notice-outbox.ts";
import { createOutboxEventCache } from "../../src/notices/event-cache.ts";
import type { FanOutDeps } from "../../src/notices/fan-out.ts";
import { createMemoryRateLimiter } from "../../src/notices/memory-rate-limiter.ts";
import type { SendDeps } from "../../src/notices/send-delivery.ts";
import type { ChatSender } from "../../src/ports/chat-sender.ts";
import type { Clock } from "../../src/ports/clock.ts";
import { systemClock } from "../../src/ports/clock.ts";
import { silentLogger } from "../../src/ports/logger.ts";
import { PG_SERVER_URL } from "../support/services.ts";
import type { TestDatabase } from "../support/test-db.ts";

/** The processors' dependencies on a real database, with an in-memory limiter and no sleeping. */
export function processorDeps(prisma: PrismaClient, senders: ChatSender[], clock: Clock = systemClock) {
  const loader = createPrismaNoticeLoader(prisma);
  const deliveries = createPrismaNoticeDeliveries(prisma);
  const events = createOutboxEventCache(loader);
  const fanOut: FanOutDeps = {
    loader,
    deliveries,
    events,
    platforms: senders.map((s) => s.platform),
    log: silentLogger,
  };
  const send: SendDeps = {
    loader,
    deliveries,
    events,
    pacing: pacingFrom(PLATFORMS),
    senders: new Map(senders.map((s) => [s.platform, s] as const)),
    limiter: createMemoryRateLimiter(clock),
    clock,
    sleep: async () => undefined,
    log: silentLogger,
  };
  return { loader, deliveries, outbox: createPrismaNoticeOutbox(prisma), fanOut, send };
}

/** Polls until `check` holds or the time is up; returns whether it held. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
  everyMs = 50,
): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return check();
}

/**
 * Drops a test database once its pool's connections have really gone: dropping WITH (FORCE) while
 * they are still closing makes pg report "terminating connection" as an uncaught error.
 */
export async function dropQuietly(db: TestDatabase | undefined): Promise<void> {
  if (!db) return;
  await db.close();
  const name = new URL(db.url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: PG_SERVER_URL });
  await admin.connect();
  try {
    for (let i = 0; i < 60; i++) {
      const r = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [
        name,
      ]);
      if (r.rows[0]?.n === 0) break;
      await new Promise((res) => setTimeout(res, 50));
    }
  } finally {
    await admin.end();
  }
  await db.drop();
}

const usedPrefixes = new Set<string>();

/** A BullMQ key prefix of this test's own (no ':'), removed again by deleteTestPrefixes(). */
export function freshPrefix(tag: string): string {
  const p = `${tag}${crypto.randomBytes(4).toString("hex")}`;
  usedPrefixes.add(p);
  return p;
}

/** Deletes every key the test's prefixes left on the shared Redis. */
export async function deleteTestPrefixes(url: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    for (const p of usedPrefixes) {
      const keys = await redis.keys(`${p}:*`);
      for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    }
    usedPrefixes.clear();
  } finally {
    redis.disconnect();
  }
}
