import type { RequestListener } from "node:http";
import pino from "pino";
import { DEMO_WORKSPACE_ID, demoUserId } from "../../adapters/console/capabilities.ts";
import { consoleThroughInbox } from "../../adapters/console/console-intake.ts";
import type { TrustProxy } from "../../adapters/web/http-util.ts";
import { createWebAdapter, slugOf } from "../../adapters/web/index.ts";
import { createAdapterHost } from "../../src/app/adapter-host.ts";
import { APP_PLATFORMS } from "../../src/app/adapters.ts";
import { buildCore } from "../../src/app/build-core.ts";
import { startHttpServer } from "../../src/app/http-server.ts";
import { pacingFrom, startAdapters } from "../../src/app/start-adapters.ts";
import { startNotices } from "../../src/app/start-notices.ts";
import { createInboxProcessor } from "../../src/inbox/inbox-processor.ts";
import { createDatabase } from "../../src/infra/db/create-database.ts";
import { createSmtpMailer } from "../../src/infra/mail/smtp-mailer.ts";
import { createPrismaInbox } from "../../src/infra/prisma/inbox-store.ts";
import { UNPACED } from "../../src/notices/rate-limits.ts";
import { lineText, type Reply } from "../../src/ports/chat.ts";
import type { ChatSender } from "../../src/ports/chat-sender.ts";
import { systemClock } from "../../src/ports/clock.ts";
import { seedDemo } from "../../src/seed/demo.ts";

export interface WebAppOptions {
  /** SMTP for sign-in links and notice e-mails (a local test SMTP server); absent: links are logged. */
  smtpUrl?: string;
  /** A PostgreSQL database (already migrated or empty); absent: PGlite in memory. */
  dbUrl?: string;
  /** Rate limits (defaults as in production: 20 messages a minute, 5 sign-ins an hour). */
  messagesPerMinute?: number;
  signinsPerHour?: number;
  /** The proxies trusted to name the client in X-Forwarded-For (TRUST_PROXY); default none. */
  trustProxy?: TrustProxy;
  /** Log level of the app's log on stderr (default "error"). */
  logLevel?: string;
}

export interface WebApp {
  baseUrl: string;
  /** The demo studio's slug ("harbour-studio"): its chat is `${baseUrl}/chat/${slug}`. */
  slug: string;
  /**
   * Acts as a demo person on the console platform ("Ada" admin, "Sam" trainer, "Maria" member...),
   * through the same inbox; resolves with the replies as plain text lines, buttons as "[Label]".
   * Saying "[Label]" presses that button of the person's last replies.
   */
  say(person: string, text: string): Promise<string[]>;
  /** Reads the app's database (a test checks what the chat cannot show). */
  query<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/**
 * The real app pieces as `npm start` runs them (web-contract.md, "Test hook"): a database with the
 * demo studio, the inbox, the notices worker, and the web chat on the app's HTTP server on a free
 * port of 127.0.0.1.
 */
export async function startWebApp(opts: WebAppOptions = {}): Promise<WebApp> {
  const log = pino({ level: opts.logLevel ?? "error" }, pino.destination(2));
  const clock = systemClock;
  const db = await createDatabase(
    opts.dbUrl ? { kind: "postgres", url: opts.dbUrl, poolSize: 5 } : { kind: "pglite", dir: "memory://" },
  );
  const mailer = opts.smtpUrl
    ? createSmtpMailer(opts.smtpUrl, "Harbour Studio <studio@example.test>")
    : undefined;
  const { core, deps } = buildCore({ prisma: db.prisma, clock, log, mailEnabled: mailer !== undefined });
  await seedDemo(db.prisma, deps.store, clock, "console");
  const inbox = createInboxProcessor({ inbox: createPrismaInbox(db.prisma), log, leaseMs: 30_000 });
  const talk = consoleThroughInbox(core, inbox);

  let router: RequestListener | null = null;
  const http = await startHttpServer({
    port: 0,
    host: "127.0.0.1",
    status: () => Promise.reject(new Error("no status here")),
    fallback: (req, res) => {
      if (router) return router(req, res);
      req.resume();
      res.writeHead(503).end();
    },
  });
  const baseUrl = `http://127.0.0.1:${http.port}`;
  const host = createAdapterHost({
    prisma: db.prisma,
    store: deps.store,
    clock,
    ...(mailer ? { mailer } : {}),
    publicUrl: baseUrl,
  });
  const web = createWebAdapter(
    {
      links: [],
      messagesPerMinute: opts.messagesPerMinute ?? 20,
      signinsPerHour: opts.signinsPerHour ?? 5,
      logSigninLinks: !mailer,
      trustProxy: opts.trustProxy ?? { hops: 0 },
    },
    { core, log, inbox, host },
  );
  // Notices to the console's people go nowhere here; the web chat's go to the page (or e-mail).
  const consoleSender: ChatSender = { platform: "console", send: async () => ({ messageId: "console" }) };
  const notices = await startNotices({
    prisma: db.prisma,
    senders: [consoleSender, web.sender],
    pacing: (p) => (p === "console" ? UNPACED : pacingFrom([web])(p)),
    log,
    clock,
    ...(mailer ? { mailer } : {}),
    inviteLinks: APP_PLATFORMS.inviteLinks({} as never),
    relayPollMs: 100,
  });
  const started = await startAdapters([web], log);
  router = started.http ?? null;
  const studios = await host.studios();
  const slug = slugOf(studios[0]?.name ?? "Harbour Studio");
  let n = 0;
  const lastButtons = new Map<string, Array<{ label: string; data: string }>>();

  return {
    baseUrl,
    slug,
    query: <T>(sql: string, ...params: unknown[]) => db.prisma.$queryRawUnsafe<T[]>(sql, ...params),
    async say(person, text) {
      n++;
      const slash = /^\/(\S+)\s*(.*)$/s.exec(text);
      const label = /^\[(.+)\]$/.exec(text)?.[1];
      const pressed = label ? lastButtons.get(person)?.find((b) => b.label === label) : undefined;
      if (label && !pressed) throw new Error(`${person} has no button [${label}]`);
      const replies: Reply[] = await talk({
        platform: "console",
        eventId: `web-app-${Date.now()}-${n}`,
        user: { platformUserId: demoUserId(person), displayName: person },
        conversation: { workspaceId: DEMO_WORKSPACE_ID, channelId: "console", isDirect: false },
        input: pressed
          ? { kind: "button", data: pressed.data }
          : slash
            ? { kind: "command", name: slash[1] ?? "", args: slash[2] ?? "" }
            : { kind: "text", text },
      });
      lastButtons.set(
        person,
        replies.flatMap((r) => (r.buttons ?? []).flat()),
      );
      return replies.flatMap((r) => [
        ...(r.title ? [r.title] : []),
        ...r.lines.map(lineText),
        ...(r.sections ?? []).flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.lines.map(lineText)]),
        ...(r.buttons ?? []).flat().map((b) => `[${b.label}]`),
      ]);
    },
    async stop() {
      await started.stop();
      await notices.stop();
      await inbox.stop();
      await http.close();
      mailer?.close();
      await db.close();
    },
  };
}
