import "./v8-flags.ts";
import pino from "pino";
import { parseConsoleArgs } from "../../adapters/console/console-args.ts";
import { slugOf, webChatUrl } from "../../adapters/web/index.ts";
import { createDatabase, type Database } from "../infra/db/create-database.ts";
import type { AdapterHost, ChatAdapterDeps } from "../ports/chat-adapter.ts";
import { type Clock, createFixedClock, systemClock } from "../ports/clock.ts";
import { APP_PLATFORMS, FALLBACK_PLATFORM } from "./adapters.ts";
import { assembleApp, databaseTarget } from "./assemble.ts";
import { startCalendarFeeds } from "./calendar-feeds.ts";
import { startConsoleCalendar } from "./console-calendar.ts";
import { parseEnv } from "./env.ts";
import { rememberEnvSecrets } from "./env-secrets.ts";
import { createAppLogger } from "./logger.ts";
import { runPlatforms } from "./run-platforms.ts";
import { pacingFrom, startAdapters } from "./start-adapters.ts";
import { startMode } from "./start-mode.ts";
import { startNotices } from "./start-notices.ts";

/**
 * The composition root (src/app): the only place that builds concrete implementations. With platform
 * tokens it runs the bots (src/app/run-platforms.ts); without any it opens the local chat console (a
 * platform too), on the embedded database with the demo studio, or on DATABASE_URL only when asked
 * (src/app/start-mode.ts). Either way every event goes through the inbox.
 */
async function main(): Promise<number> {
  const parsed = parseEnv(process.env);
  if (!parsed.ok) {
    for (const problem of parsed.problems) process.stderr.write(`${problem}\n`);
    return 1;
  }
  const env = parsed.env;
  rememberEnvSecrets(env); // tokens and URL passwords never written out (src/app/env-secrets.ts)
  const mode = startMode(process.argv.slice(2), {
    platformConfigured: APP_PLATFORMS.anyConfigured(env),
    databaseUrl: env.DATABASE_URL,
  });
  if (mode.kind === "refuse") {
    process.stderr.write(`${mode.line}\n`);
    return 2;
  }
  if (mode.kind === "platforms") {
    const log = createAppLogger(env.LOG_LEVEL, pino.destination(2));
    return runPlatforms(env, log);
  }

  const cli = parseConsoleArgs(mode.args, process.env);
  if (!cli.ok) {
    process.stderr.write(`${cli.problem}\n`);
    return 1;
  }
  const args = cli.args;
  // Logs go to stderr, never into a chat. In the console (a person reading the terminal) routine
  // info lines would interleave with the conversation, so it shows warnings and errors unless
  // LOG_LEVEL is set explicitly.
  const log = createAppLogger(process.env.LOG_LEVEL ? env.LOG_LEVEL : "warn", pino.destination(2));
  const clock: Clock = args.now ? createFixedClock(args.now) : systemClock;

  const db: Database = await createDatabase(databaseTarget(env, log, args.data ?? undefined));
  // The console without PUBLIC_URL serves calendar links itself, on localhost (docs/chat.md, "Console");
  // the interactive console also serves the web chat there (WEB_CHAT, docs/adapters.md).
  const webChat = !args.script && APP_PLATFORMS.registry.some((p) => p.configured(env) && p.alongside?.(env));
  const consoleCalendar =
    env.PUBLIC_URL && !webChat ? null : await startConsoleCalendar(env.PORT, args.script);
  const publicUrl = env.PUBLIC_URL ?? consoleCalendar?.publicUrl;
  const { core, deps, menus, mailer, inviteLinks, files, personalDeps, inbox, calendarRoute, hostAt } =
    assembleApp(db, env, { clock, log, ...(publicUrl ? { publicUrl } : {}) });
  const { store } = deps;
  consoleCalendar?.serve(calendarRoute);
  const host: AdapterHost | undefined =
    webChat && consoleCalendar
      ? hostAt(env.PUBLIC_URL ?? `http://127.0.0.1:${consoleCalendar.port}`)
      : undefined;
  const adapterDeps: ChatAdapterDeps = { core, log, inbox, ...(host ? { host } : {}) };
  const alongside = host ? APP_PLATFORMS.alongsideFromEnv(env, adapterDeps) : [];
  const write = (text: string) => process.stdout.write(text);
  const local = FALLBACK_PLATFORM.create(
    { script: args.script, input: process.stdin, output: process.stdout, write },
    adapterDeps,
  );
  if (local.files) files.register(local.platform, local.files);
  menus.attach([local, ...alongside]); // staff menus by role, where a platform shows menus per person

  if (mode.seedDemo) {
    // Loaded only here: a deployment never needs the demo studio's module.
    const { seedDemo } = await import("../seed/demo.ts");
    const seeded = await seedDemo(db.prisma, store, clock, FALLBACK_PLATFORM.platform);
    if (seeded.created) log.info({ orgId: seeded.orgId }, "seeded the demo studio");
  }
  // Notices arrive on their own schedule; scripted transcripts stay reproducible without them
  // unless asked (--notices), and feeds are refreshed only in the interactive console.
  const notices =
    !args.script || args.notices
      ? await startNotices({
          prisma: db.prisma,
          ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL, queuePrefix: env.REDIS_PREFIX } : {}),
          senders: [local.sender, ...alongside.map((a) => a.sender)],
          pacing: pacingFrom([local, ...alongside]),
          log,
          clock,
          ...(mailer ? { mailer } : {}),
          inviteLinks,
        })
      : null;
  const feeds = args.script ? null : await startCalendarFeeds(env, personalDeps, log);
  // The web chat's address first, then the console's greeting (started with the adapters).
  if (host && alongside.length > 0) await printChatUrls(host, write);
  const started = await startAdapters([local, ...alongside], log);
  if (started.http) consoleCalendar?.serveOthers(started.http);
  await local.finished();
  await started.stop();
  await inbox.stop();
  await notices?.stop();
  await feeds?.stop();
  await consoleCalendar?.close();
  await db.close();
  return 0;
}

/** The web chat's address of each studio, beside the console (http://127.0.0.1:<PORT>/chat/<studio>). */
async function printChatUrls(host: AdapterHost, write: (text: string) => void): Promise<void> {
  const studios = await host.studios();
  for (const s of studios) write(`Web chat of ${s.name}: ${webChatUrl(host.publicUrl, slugOf(s.name))}\n`);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
