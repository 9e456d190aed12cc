import pino from "pino";
import { createCalendarRoute } from "../calendar/subscription-http.ts";
import { createChatCore } from "../chat/core.ts";
import { type Env, parseEnv } from "../config/env.ts";
import { parseConsoleArgs } from "../console/console-args.ts";
import { consoleFileReader } from "../console/console-files.ts";
import { createConsoleSender } from "../console/console-sender.ts";
import { runInteractive, runScript } from "../console/run-console.ts";
import { createInboxProcessor } from "../inbox/inbox-processor.ts";
import { createHttpFeedFetcher } from "../infra/calendar/http-feed-fetcher.ts";
import { createDatabase, type Database } from "../infra/db/create-database.ts";
import { createSmtpMailer } from "../infra/mail/smtp-mailer.ts";
import { createPrismaBookingStore } from "../infra/prisma/booking-store.ts";
import { createPrismaChatState } from "../infra/prisma/chat-state.ts";
import { createPrismaCoachingStore } from "../infra/prisma/coaching/coaching-store.ts";
import { createPrismaDirectory } from "../infra/prisma/directory-store.ts";
import { createPrismaIdentityStore } from "../infra/prisma/identity-store.ts";
import { createPrismaInbox } from "../infra/prisma/inbox-store.ts";
import { createPrismaPersonalStore } from "../infra/prisma/personal-store.ts";
import { createUncertainDeliveries } from "../infra/prisma/uncertain-deliveries.ts";
import { createProducerRedis } from "../infra/queue/connection.ts";
import type { ChatCore } from "../ports/chat.ts";
import type { ChatSender } from "../ports/chat-sender.ts";
import { type Clock, createFixedClock, systemClock } from "../ports/clock.ts";
import { seedDemo } from "../seed/demo.ts";
import { calendarForToken } from "../use-cases/personal/calendar-export.ts";
import type { PersonalDeps } from "../use-cases/personal/deps.ts";
import { adaptersFromEnv, anyPlatformConfigured } from "./adapters.ts";
import { publicHost, startCalendarFeeds } from "./calendar-feeds.ts";
import { createChatFiles } from "./chat-files.ts";
import { type ReadinessCheck, readiness } from "./health.ts";
import { scheduleHousekeeping } from "./housekeeping.ts";
import { startHttpServer } from "./http-server.ts";
import { createAppLogger } from "./logger.ts";
import { startAdapters } from "./start-adapters.ts";
import { type NoticesHandle, startNotices } from "./start-notices.ts";
import { announceStudioSetup } from "./studio-startup.ts";

/**
 * The composition root (src/app): the only place that builds concrete implementations. With platform tokens
 * it runs the bots; without any it opens the local chat console on the embedded database.
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
  const platformMode = anyPlatformConfigured(env);
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
  const store = createPrismaBookingStore(db.prisma);
  // 1-2-1 e-mail invites: SMTP when SMTP_URL is set, otherwise coaches forward the invite text.
  const mailer = env.SMTP_URL && env.MAIL_FROM ? createSmtpMailer(env.SMTP_URL, env.MAIL_FROM) : undefined;
  const inviteLinks = { telegramBot: env.TELEGRAM_BOT_USERNAME ?? null };
  const personal = createPrismaPersonalStore(db.prisma);
  // Files people send in chat (a trainer's .ics): each platform's reader, registered below.
  const files = createChatFiles();
  const calendarFetcher = createHttpFeedFetcher({ allowPrivate: env.CALENDAR_FEEDS_ALLOW_PRIVATE });
  const core: ChatCore = createChatCore({
    store,
    clock,
    identities: createPrismaIdentityStore(db.prisma),
    state: createPrismaChatState(db.prisma),
    directory: createPrismaDirectory(db.prisma),
    log,
    coaching: {
      deps: { store: createPrismaCoachingStore(db.prisma), clock, mailEnabled: mailer !== undefined },
      links: inviteLinks,
    },
    personal,
    calendarFetcher,
    files,
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
  });
  const personalDeps: PersonalDeps = { personal, clock, fetcher: calendarFetcher };

  // Notices go out through whatever senders this mode has (platform bots, or the console).
  const notify = (senders: ChatSender[]) =>
    startNotices({
      prisma: db.prisma,
      redisUrl: env.REDIS_URL,
      senders,
      log,
      clock,
      ...(mailer ? { mailer } : {}),
      inviteLinks,
    });

  if (platformMode) {
    // Trainers' external calendars are refreshed on a schedule: a BullMQ repeatable job with Redis,
    // a timer in this process without.
    const feeds = await startCalendarFeeds(env, personalDeps, log);
    await announceStudioSetup({ store, clock }, env, (t) => process.stdout.write(t));
    const housekeeping = scheduleHousekeeping(db.prisma, () => clock.now(), log);
    const calendar = createCalendarRoute((token) => calendarForToken(personalDeps, token, publicHost(env)));
    const code = await runPlatforms(env, core, db, notify, log, calendar, files);
    housekeeping.stop();
    await feeds.stop();
    return code;
  }

  files.register("console", consoleFileReader);
  const seeded = await seedDemo(db.prisma, store, clock);
  if (seeded.created) log.info({ orgId: seeded.orgId }, "seeded the demo studio");
  const write = (text: string) => process.stdout.write(text);
  if (args.script) {
    // Notices arrive on their own schedule; scripted transcripts stay reproducible without them
    // unless asked (--notices).
    const notices = args.notices ? await notify([createConsoleSender(write)]) : null;
    await runScript(core, { input: process.stdin, write });
    await notices?.stop();
  } else {
    // Scripted transcripts stay reproducible: feeds are refreshed only in the interactive console.
    const feeds = await startCalendarFeeds(env, personalDeps, log);
    const notices = await notify([createConsoleSender(write)]);
    await runInteractive(core, { input: process.stdin, output: process.stdout, write });
    await notices.stop();
    await feeds.stop();
  }
  await db.close();
  return 0;
}

/** Bots on every configured platform, notices through their senders; stops cleanly on SIGTERM/SIGINT. */
async function runPlatforms(
  env: Env,
  core: ChatCore,
  db: Database,
  notify: (senders: ChatSender[]) => Promise<NoticesHandle>,
  log: pino.Logger,
  calendar: ReturnType<typeof createCalendarRoute>,
  files: ReturnType<typeof createChatFiles>,
): Promise<number> {
  // Every platform event is recorded before it is acknowledged and handled from the record.
  const inbox = createInboxProcessor({
    inbox: createPrismaInbox(db.prisma),
    log,
    leaseMs: env.INBOX_LEASE_MS,
  });
  const configured = adaptersFromEnv(env, { core, log, inbox });
  for (const a of configured) if (a.files) files.register(a.platform, a.files);
  const platforms = await startAdapters(configured, log);
  inbox.start(); // events a crashed process left, and retries
  const notices = await notify(platforms.senders);
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
