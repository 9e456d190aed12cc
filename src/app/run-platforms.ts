import type { RequestListener } from "node:http";
import type { createCalendarRoute } from "../calendar/subscription-http.ts";
import type { InboxProcessor } from "../inbox/inbox-processor.ts";
import { createDatabase, type Database } from "../infra/db/create-database.ts";
import { inboxBacklog } from "../infra/prisma/inbox-backlog.ts";
import { createPrismaNoticeDeliveries } from "../infra/prisma/notice-deliveries.ts";
import { createPrismaNoticeOutbox } from "../infra/prisma/notice-outbox.ts";
import { createUncertainDeliveries } from "../infra/prisma/uncertain-deliveries.ts";
import { systemClock } from "../ports/clock.ts";
import type { Logger } from "../ports/logger.ts";
import type { NoticeRuntime } from "../ports/notice-runtime.ts";
import { APP_PLATFORMS } from "./adapters.ts";
import { assembleApp, databaseTarget } from "./assemble.ts";
import { startCalendarFeeds } from "./calendar-feeds.ts";
import { GaveUpError, retryUntilUp, watchDependencies } from "./dependencies.ts";
import type { Env } from "./env.ts";
import { type ReadinessCheck, readiness } from "./health.ts";
import { scheduleHousekeeping } from "./housekeeping.ts";
import { startHttpServer } from "./http-server.ts";
import { createAppMetrics } from "./metrics.ts";
import { type PlatformStart, startPlatform } from "./platform-start.ts";
import { pacingFrom, routerOf } from "./start-adapters.ts";
import { startNotices } from "./start-notices.ts";
import { announceStudioSetup } from "./studio-startup.ts";

/**
 * Platform mode: the bots on every configured platform. The HTTP server (/healthz, /readyz,
 * /metrics) comes up first; then the database, Redis and each platform are tried with bounded
 * tries and backoff, each logged when down and when back, and /readyz names what is not ready yet
 * (docs/reliability.md, "Health"). Stops cleanly on SIGTERM/SIGINT, also while still starting.
 * Returns the exit code: 0 after a stop, 1 when a platform refused its credentials.
 */
export async function runPlatforms(env: Env, log: Logger): Promise<number> {
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGTERM", () => resolve("SIGTERM"));
    process.once("SIGINT", () => resolve("SIGINT"));
  });
  const clock = systemClock;
  const metrics = createAppMetrics(log);
  // What start-up has reached so far; every check and endpoint reads it as it is now.
  const up: {
    db?: Database;
    dbProblem?: string;
    notices?: NoticeRuntime;
    router?: RequestListener;
    calendar?: ReturnType<typeof createCalendarRoute>;
    platforms: Map<string, PlatformStart>;
  } = { platforms: new Map() };

  const redisPing = env.REDIS_URL
    ? (await import("../infra/queue/connection.ts")).createProducerRedis(env.REDIS_URL)
    : null;
  const checks: ReadinessCheck[] = [
    {
      name: "database",
      check: async () => {
        if (!up.db) return up.dbProblem ? `not connected: ${up.dbProblem}` : "connecting";
        await up.db.prisma.$queryRaw`SELECT 1`;
        return true;
      },
    },
    ...(redisPing ? [{ name: "redis", check: async () => (await redisPing.ping()) === "PONG" }] : []),
  ];

  // One port for everything HTTP, up before any dependency is tried.
  const http = await startHttpServer({
    port: env.PORT,
    host: "0.0.0.0",
    ...(env.ADMIN_TOKEN ? { adminToken: env.ADMIN_TOKEN } : {}),
    status: () => (up.notices ? up.notices.status() : Promise.reject(new Error("notices not started yet"))),
    ready: () => readiness(checks),
    uncertain: () =>
      up.db
        ? createUncertainDeliveries(up.db.prisma).list()
        : Promise.reject(new Error("database not open yet")),
    metrics: () => metrics.render(),
    calendar: (req, res) => {
      if (up.calendar) return up.calendar(req, res);
      req.resume();
      res.writeHead(503).end();
      return Promise.resolve(true);
    },
    fallback: (req, res) => {
      if (up.router) return up.router(req, res);
      req.resume();
      res.writeHead(503).end();
    },
  });
  log.info(
    { port: http.port },
    "HTTP listening: /healthz, /readyz, /metrics, /notices/*, platform receivers",
  );
  const watch = watchDependencies(checks, log);

  let code = 0;
  let inbox: InboxProcessor | null = null;
  let housekeeping: { stop(): void } | null = null;
  let feeds: { stop(): Promise<void> } | null = null;
  const adapterRuns: Promise<void>[] = [];
  try {
    const target = databaseTarget(env, log);
    const db = await retryUntilUp("database", () => createDatabase(target), {
      log,
      stopped,
      onFailure: (reason) => {
        up.dbProblem = reason;
      },
    });
    if (!db) return 0;
    up.db = db;
    metrics.setSources({
      inboxBacklog: () => inboxBacklog(db.prisma, clock.now()),
      outboxBacklog: () => createPrismaNoticeOutbox(db.prisma).backlog(clock.now()),
      deliveriesByStatus: () => createPrismaNoticeDeliveries(db.prisma).countByStatus(),
      ...(db.pool ? { pool: db.pool } : {}),
    });

    const app = assembleApp(db, env, {
      clock,
      log,
      observer: metrics.observer,
      ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
    });
    const { core, deps, menus, mailer, inviteLinks, files, personalDeps } = app;
    inbox = app.inbox;
    const host = app.hostAt(env.PUBLIC_URL ?? `http://127.0.0.1:${http.port}`);
    const adapters = APP_PLATFORMS.adaptersFromEnv(env, { core, log, inbox, host });
    for (const a of adapters) if (a.files) files.register(a.platform, a.files);
    menus.attach(adapters); // staff menus by role, where a platform shows menus per person
    up.router = routerOf(adapters);
    up.calendar = app.calendarRoute;

    // Each platform connects on its own, tried until it answers (a try that hangs is abandoned);
    // a refused token stops the app.
    const gaveUp = new Promise<string>((resolve) => {
      for (const a of adapters) {
        const p = startPlatform(a, { log, stopped, permanent: credentialsRefused });
        up.platforms.set(a.platform, p);
        checks.push(p.check);
        adapterRuns.push(
          p.run.catch((err: unknown) => resolve(err instanceof GaveUpError ? err.message : String(err))),
        );
      }
    });
    // Notices go out through each adapter's own sender (none needs its adapter started).
    up.notices = await startNotices({
      prisma: db.prisma,
      ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL, queuePrefix: env.REDIS_PREFIX } : {}),
      senders: adapters.map((a) => metrics.countingRateLimits(a.sender)),
      pacing: pacingFrom(adapters),
      log,
      clock,
      ...(mailer ? { mailer } : {}),
      inviteLinks,
    });
    // Trainers' external calendars: a BullMQ repeatable job with Redis, a timer without.
    feeds = await startCalendarFeeds(env, personalDeps, log);
    await announceStudioSetup({ store: deps.store, clock }, env, (t) => process.stdout.write(t));
    housekeeping = scheduleHousekeeping(db.prisma, () => clock.now(), log);
    inbox.start(); // events a crashed process left, and retries

    void watch.checkNow();
    const end = await Promise.race([stopped.then(() => null), gaveUp]);
    if (end !== null) {
      log.error({ reason: end }, "a chat platform refused its credentials; stopping");
      process.stderr.write(`start-up failed: ${end}\n`);
      code = 1;
    }
  } finally {
    log.info({}, "shutting down");
    watch.stop();
    await http.close();
    await Promise.race([Promise.allSettled(adapterRuns), new Promise((r) => setTimeout(r, 2_000))]);
    await Promise.allSettled(
      [...up.platforms.values()].map((p) => (p.started() ? p.adapter.stop() : undefined)),
    );
    await inbox?.stop();
    housekeeping?.stop();
    await up.notices?.stop();
    await feeds?.stop();
    redisPing?.disconnect();
    await up.db?.close();
  }
  return code;
}

/**
 * A platform said the credentials are wrong: no retry will fix that. Telegram 401/404 (grammY's
 * error_code), Discord 401 (status) or discord.js's TokenInvalid, Slack invalid_auth and the like.
 */
export function credentialsRefused(err: unknown): boolean {
  const e = err as {
    error_code?: unknown;
    status?: unknown;
    code?: unknown;
    data?: { error?: unknown };
  } | null;
  if (!e || typeof e !== "object") return false;
  if (e.error_code === 401 || e.error_code === 404) return true;
  if (e.status === 401) return true;
  if (e.code === "TokenInvalid") return true;
  const slack = e.data?.error;
  return (
    typeof slack === "string" &&
    ["invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"].includes(slack)
  );
}
