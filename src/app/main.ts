import pino from "pino";
import { parseConsoleArgs } from "../../adapters/console/console-args.ts";
import { createCalendarRoute } from "../calendar/subscription-http.ts";
import { createInboxProcessor, type InboxProcessor } from "../inbox/inbox-processor.ts";
import { createHttpFeedFetcher } from "../infra/calendar/http-feed-fetcher.ts";
import { createDatabase, type Database } from "../infra/db/create-database.ts";
import { createSmtpMailer } from "../infra/mail/smtp-mailer.ts";
import { createPrismaInbox } from "../infra/prisma/inbox-store.ts";
import { createUncertainDeliveries } from "../infra/prisma/uncertain-deliveries.ts";
import { createProducerRedis } from "../infra/queue/connection.ts";
import type { ChatAdapterDeps } from "../ports/chat-adapter.ts";
import { type Clock, createFixedClock, systemClock } from "../ports/clock.ts";
import { seedDemo } from "../seed/demo.ts";
import { calendarForToken } from "../use-cases/personal/calendar-export.ts";
import type { PersonalDeps } from "../use-cases/personal/deps.ts";
import { APP_PLATFORMS, FALLBACK_PLATFORM } from "./adapters.ts";
import { buildCore } from "./build-core.ts";
import { publicHost, startCalendarFeeds } from "./calendar-feeds.ts";
import { createChatFiles } from "./chat-files.ts";
import { type Env, parseEnv } from "./env.ts";
import { type ReadinessCheck, readiness } from "./health.ts";
import { scheduleHousekeeping } from "./housekeeping.ts";
import { startHttpServer } from "./http-server.ts";
import { createAppLogger } from "./logger.ts";
import { pacingFrom, type StartedAdapters, startAdapters } from "./start-adapters.ts";
import { startNotices } from "./start-notices.ts";
import { announceStudioSetup } from "./studio-startup.ts";

/**
 * The composition root (src/app): the only place that builds concrete implementations. With platform tokens
 * it runs the bots; without any it opens the local chat console (a platform too) on the embedded
 * database. Either way every event goes through the inbox, and notices are paced as the started
 * adapters say.
 */
async function main(): Promise<number> {
  const parsed = parseEnv(process.env);
  if (!parsed.ok) {
    for (const problem of parsed.problems) process.stderr.write(`${problem}\n`);
    return 1;
  }
  const env = parsed.env;
  const cli = parseConsoleArgs(process.argv.slice(2), process.env);
  if (!cli.ok) {
    process.stderr.write(`${cli.problem}\n`);
    return 1;
  }
  const args = cli.args;
  const platformMode = APP_PLATFORMS.anyConfigured(env);
  // Logs go to stderr, never into a chat. In the console (a person reading the terminal) routine
  // info lines would interleave with the conversation, so it shows warnings and errors unless
  // LOG_LEVEL is set explicitly.
  const consoleQuiet = !platformMode && !process.env.LOG_LEVEL;
  const log = createAppLogger(consoleQuiet ? "warn" : env.LOG_LEVEL, pino.destination(2));
  const clock: Clock = args.now ? createFixedClock(args.now) : systemClock;

  const db: Database = await createDatabase(
    env.DATABASE_URL && !args.data
      ? { kind: "postgres", url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
      : { kind: "pglite", dir: args.data ?? env.DATA_DIR },
  );
  // 1-2-1 e-mail invites: SMTP when SMTP_URL is set, otherwise coaches forward the invite text.
  const mailer = env.SMTP_URL && env.MAIL_FROM ? createSmtpMailer(env.SMTP_URL, env.MAIL_FROM) : undefined;
  const inviteLinks = APP_PLATFORMS.inviteLinks(env);
  // Files people send in chat (a trainer's .ics): each platform's reader, registered below.
  const files = createChatFiles();
  const calendarFetcher = createHttpFeedFetcher({ allowPrivate: env.CALENDAR_FEEDS_ALLOW_PRIVATE });
  const { core, deps, menus } = buildCore({
    prisma: db.prisma,
    clock,
    log,
    mailEnabled: mailer !== undefined,
    inviteLinks,
    files,
    calendarFetcher,
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
  });
  const { store, personal } = deps;
  const personalDeps: PersonalDeps = { personal, clock, fetcher: calendarFetcher };
  // Every event is recorded before it is acknowledged and handled from the record.
  const inbox = createInboxProcessor({
    inbox: createPrismaInbox(db.prisma),
    log,
    leaseMs: env.INBOX_LEASE_MS,
  });
  const adapterDeps: ChatAdapterDeps = { core, log, inbox };
  const write = (text: string) => process.stdout.write(text);
  const local = platformMode
    ? null
    : FALLBACK_PLATFORM.create(
        { script: args.script, input: process.stdin, output: process.stdout, write },
        adapterDeps,
      );
  const adapters = local ? [local] : APP_PLATFORMS.adaptersFromEnv(env, adapterDeps);
  for (const a of adapters) if (a.files) files.register(a.platform, a.files);
  menus.attach(adapters); // staff menus by role, where a platform shows menus per person

  // Notices go out through the started adapters' senders, paced as those adapters say.
  const notify = (started: Pick<StartedAdapters, "senders" | "pacing">) =>
    startNotices({
      prisma: db.prisma,
      redisUrl: env.REDIS_URL,
      senders: started.senders,
      pacing: started.pacing,
      log,
      clock,
      ...(mailer ? { mailer } : {}),
      inviteLinks,
    });

  if (!local) {
    // Trainers' external calendars are refreshed on a schedule: a BullMQ repeatable job with Redis,
    // a timer in this process without.
    const feeds = await startCalendarFeeds(env, personalDeps, log);
    await announceStudioSetup({ store, clock }, env, (t) => process.stdout.write(t));
    const housekeeping = scheduleHousekeeping(db.prisma, () => clock.now(), log);
    const calendar = createCalendarRoute((token) => calendarForToken(personalDeps, token, publicHost(env)));
    const platforms = await startAdapters(adapters, log);
    inbox.start(); // events a crashed process left, and retries
    const code = await runPlatforms(env, db, notify, log, calendar, platforms, inbox);
    housekeeping.stop();
    await feeds.stop();
    return code;
  }

  const seeded = await seedDemo(db.prisma, store, clock, FALLBACK_PLATFORM.platform);
  if (seeded.created) log.info({ orgId: seeded.orgId }, "seeded the demo studio");
  // Notices arrive on their own schedule; scripted transcripts stay reproducible without them
  // unless asked (--notices), and feeds are refreshed only in the interactive console.
  const notices =
    !args.script || args.notices
      ? await notify({ senders: [local.sender], pacing: pacingFrom([local]) })
      : null;
  const feeds = args.script ? null : await startCalendarFeeds(env, personalDeps, log);
  const started = await startAdapters([local], log);
  await local.finished();
  await started.stop();
  await inbox.stop();
  await notices?.stop();
  await feeds?.stop();
  await db.close();
  return 0;
}

/** Bots on every configured platform, notices through their senders; stops cleanly on SIGTERM/SIGINT. */
async function runPlatforms(
  env: Env,
  db: Database,
  notify: (started: Pick<StartedAdapters, "senders" | "pacing">) => ReturnType<typeof startNotices>,
  log: pino.Logger,
  calendar: ReturnType<typeof createCalendarRoute>,
  platforms: StartedAdapters,
  inbox: InboxProcessor,
): Promise<number> {
  const notices = await notify(platforms);
  const redisPing = env.REDIS_URL ? createProducerRedis(env.REDIS_URL) : null;
  const checks: ReadinessCheck[] = [
    {
      name: "database",
      check: async () => {
        await db.prisma.$queryRaw`SELECT 1`;
        return true;
      },
    },
    ...(redisPing ? [{ name: "redis", check: async () => (await redisPing.ping()) === "PONG" }] : []),
    ...platforms.adapters.map((a) => ({
      name: a.platform,
      check: async () => a.connected?.() ?? true,
    })),
  ];
  // One port for everything HTTP: the platforms' receivers, /healthz, /readyz, /notices/status.
  const http = await startHttpServer({
    port: env.PORT,
    host: "0.0.0.0",
    status: () => notices.status(),
    calendar,
    ready: () => readiness(checks),
    uncertain: () => createUncertainDeliveries(db.prisma).list(),
    ...(platforms.http ? { fallback: platforms.http } : {}),
  });
  log.info({ port: http.port }, "HTTP listening: platform receivers, /healthz, /readyz, /notices/status");
  await new Promise<void>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  log.info({}, "shutting down");
  await http.close();
  await platforms.stop();
  await inbox.stop();
  await notices.stop();
  redisPing?.disconnect();
  await db.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
