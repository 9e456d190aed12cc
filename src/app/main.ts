import pino from "pino";
import { createChatCore } from "../chat/core.ts";
import type { ChatCore } from "../chat/incoming.ts";
import { type Env, parseEnv } from "../config/env.ts";
import { parseConsoleArgs } from "../console/console-args.ts";
import { createConsoleSender } from "../console/console-sender.ts";
import { runInteractive, runScript } from "../console/run-console.ts";
import { createDatabase, type Database } from "../infra/db/create-database.ts";
import { createSmtpMailer } from "../infra/mail/smtp-mailer.ts";
import { createPrismaBookingStore } from "../infra/prisma/booking-store.ts";
import { createPrismaChatState } from "../infra/prisma/chat-state.ts";
import { createPrismaCoachingStore } from "../infra/prisma/coaching/coaching-store.ts";
import { createPrismaDirectory } from "../infra/prisma/directory-store.ts";
import { createPrismaIdentityStore } from "../infra/prisma/identity-store.ts";
import type { ChatSender } from "../ports/chat-sender.ts";
import { type Clock, createFixedClock, systemClock } from "../ports/clock.ts";
import { seedDemo } from "../seed/demo.ts";
import { adaptersFromEnv, anyPlatformConfigured } from "./adapters.ts";
import { scheduleHousekeeping } from "./housekeeping.ts";
import { startHttpServer } from "./http-server.ts";
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
  const log = pino({ level: consoleQuiet ? "warn" : env.LOG_LEVEL }, pino.destination(2));
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
  });

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
    await announceStudioSetup({ store, clock }, env, (t) => process.stdout.write(t));
    const housekeeping = scheduleHousekeeping(db.prisma, () => clock.now(), log);
    const code = await runPlatforms(env, core, db, notify, log);
    housekeeping.stop();
    return code;
  }

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
    const notices = await notify([createConsoleSender(write)]);
    await runInteractive(core, { input: process.stdin, output: process.stdout, write });
    await notices.stop();
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
): Promise<number> {
  const platforms = await startAdapters(adaptersFromEnv(env, { core, log }), log);
  const notices = await notify(platforms.senders);
  // One port for everything HTTP: the platforms' receivers and GET /notices/status for operators.
  const http = await startHttpServer({
    port: env.PORT,
    host: "0.0.0.0",
    status: () => notices.status(),
    ...(platforms.http ? { fallback: platforms.http } : {}),
  });
  log.info({ port: http.port }, "HTTP listening: platform receivers and /notices/status");
  await new Promise<void>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  log.info({}, "shutting down");
  await http.close();
  await platforms.stop();
  await notices.stop();
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
