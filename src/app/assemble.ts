import { createCalendarRoute } from "../calendar/subscription-http.ts";
import { createInboxProcessor, type InboxProcessor } from "../inbox/inbox-processor.ts";
import { createHttpFeedFetcher } from "../infra/calendar/http-feed-fetcher.ts";
import type { Database, DatabaseTarget } from "../infra/db/create-database.ts";
import { createSmtpMailer } from "../infra/mail/smtp-mailer.ts";
import { createPrismaInbox } from "../infra/prisma/inbox-store.ts";
import type { AdapterHost } from "../ports/chat-adapter.ts";
import type { Clock } from "../ports/clock.ts";
import type { Logger } from "../ports/logger.ts";
import { calendarForToken } from "../use-cases/personal/calendar-export.ts";
import type { PersonalDeps } from "../use-cases/personal/deps.ts";
import { createAdapterHost } from "./adapter-host.ts";
import { APP_PLATFORMS } from "./adapters.ts";
import { buildCore, type CoreSettings } from "./build-core.ts";
import { publicHost } from "./calendar-feeds.ts";
import { createChatFiles } from "./chat-files.ts";
import type { Env } from "./env.ts";

/** The database the settings name: DATABASE_URL (PostgreSQL), else the embedded one in `dataDir`. */
export function databaseTarget(env: Env, log: Logger, dataDir?: string): DatabaseTarget {
  return env.DATABASE_URL && !dataDir
    ? {
        kind: "postgres",
        url: env.DATABASE_URL,
        poolSize: env.DATABASE_POOL_SIZE,
        poolMode: env.DATABASE_POOL_MODE,
        log,
      }
    : { kind: "pglite", dir: dataDir ?? env.DATA_DIR, log };
}

/**
 * The app on one open database, the same for the console and for the bots (src/app/main.ts,
 * src/app/run-platforms.ts): the mailer, invite links, file readers and calendar fetcher from the
 * settings; the core (buildCore); the inbox every event goes through; the calendar subscription
 * route; and, on request, what a platform the app serves itself borrows (the adapter host).
 */
export function assembleApp(
  db: Database,
  env: Env,
  s: { clock: Clock; log: Logger; publicUrl?: string; observer?: CoreSettings["observer"] },
) {
  // 1-2-1 e-mail invites: SMTP when SMTP_URL is set, otherwise coaches forward the invite text.
  const mailer = env.SMTP_URL && env.MAIL_FROM ? createSmtpMailer(env.SMTP_URL, env.MAIL_FROM) : undefined;
  const inviteLinks = APP_PLATFORMS.inviteLinks(env);
  const files = createChatFiles();
  const calendarFetcher = createHttpFeedFetcher({ allowPrivate: env.CALENDAR_FEEDS_ALLOW_PRIVATE });
  const { core, deps, menus } = buildCore({
    prisma: db.prisma,
    clock: s.clock,
    log: s.log,
    mailEnabled: mailer !== undefined,
    inviteLinks,
    files,
    calendarFetcher,
    ...(s.observer ? { observer: s.observer } : {}),
    ...(s.publicUrl ? { publicUrl: s.publicUrl } : {}),
  });
  const personalDeps: PersonalDeps = { personal: deps.personal, clock: s.clock, fetcher: calendarFetcher };
  // Every event is recorded before it is acknowledged and handled from the record.
  const inbox: InboxProcessor = createInboxProcessor({
    inbox: createPrismaInbox(db.prisma),
    log: s.log,
    leaseMs: env.INBOX_LEASE_MS,
    ...(s.observer ? { observer: s.observer } : {}),
  });
  const calendarRoute = createCalendarRoute((token) =>
    calendarForToken(personalDeps, token, publicHost(env)),
  );
  /** What a platform the app serves itself (the web chat) borrows: the database, the mailer, the studios. */
  const hostAt = (publicUrl: string): AdapterHost =>
    createAdapterHost({
      prisma: db.prisma,
      store: deps.store,
      clock: s.clock,
      ...(mailer ? { mailer } : {}),
      publicUrl,
    });
  return { core, deps, menus, mailer, inviteLinks, files, personalDeps, inbox, calendarRoute, hostAt };
}
