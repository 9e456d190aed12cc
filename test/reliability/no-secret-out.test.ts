import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { format } from "node:util";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { createDiscordSender } from "../../adapters/discord/sender.ts";
import { createSlackSender } from "../../adapters/slack/sender.ts";
import { createTelegramSender } from "../../adapters/telegram/sender.ts";
import { startTelegram } from "../../adapters/telegram/start.ts";
import { addOutbox, promotedEvent, type Studio, seedStudio } from "../../fakes/notice-studio.ts";
import { FAKE_TELEGRAM_BOT, FAKE_TELEGRAM_TOKEN } from "../../fakes/telegram/bot-api.ts";
import { PLATFORMS } from "../../src/app/adapters.ts";
import { createAppLogger } from "../../src/app/logger.ts";
import { pacingFrom } from "../../src/app/start-adapters.ts";
import { type NoticesHandle, startNotices } from "../../src/app/start-notices.ts";
import type { Reply } from "../../src/ports/chat.ts";
import type { ChatSender } from "../../src/ports/chat-sender.ts";
import { systemClock } from "../../src/ports/clock.ts";
import { createDbInbox } from "../adapters/support/db-inbox.ts";
import { createMemoryForms } from "../adapters/support/fake-core.ts";
import { deleteTestPrefixes, dropQuietly, freshPrefix, waitFor } from "../notices/harness.ts";
import { REDIS_URL } from "../support/services.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

// Issue 24, item 3: a platform token never reaches a log line, a database column, the queue (job
// data, failedReason, stacktrace) or a library's console output, also when a request fails on the
// network: refused before sending, or dropped after the request was written. Each failure path
// runs for real (notices through BullMQ and PostgreSQL; Telegram long polling) against local
// servers, then everything written is searched for the token and for its secret half.

const SLACK_TOKEN = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx";
const DISCORD_TOKEN = "MTEyMzQ1Njc4OTAxMjM0NTY3OA.GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ab";
const SECRETS = [
  FAKE_TELEGRAM_TOKEN,
  FAKE_TELEGRAM_TOKEN.split(":")[1] ?? "",
  SLACK_TOKEN,
  DISCORD_TOKEN,
  DISCORD_TOKEN.split(".")[2] ?? "",
];
const leaks = (text: string): string[] => SECRETS.filter((s) => text.includes(s));

/** Everything logged through the app's logger, and everything libraries printed to the console. */
const lines: string[] = [];
const log = createAppLogger(
  "debug",
  new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString("utf8"));
      done();
    },
  }),
);

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length > 0) await closers.pop()?.();
});

/** A server that reads each request in full, counts it, then drops the connection (no answer). */
async function droppingServer(
  answer: (path: string) => unknown = () => undefined,
): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      requests.push(req.url ?? "");
      const json = answer(req.url ?? "");
      if (json === undefined) res.socket?.destroy();
      else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  let open = true;
  const close = async () => {
    if (!open) return;
    open = false;
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  };
  closers.push(close);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close };
}

/** A port nothing listens on: connecting is refused. */
async function refusedUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return `http://127.0.0.1:${port}`;
}

/** Every text, varchar and json value of every table, as text, where one holds a secret. */
async function databaseLeaks(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const cols = await c.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public'
          AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')`,
    );
    expect(cols.rows.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const { table_name: t, column_name: col } of cols.rows)
      for (const s of SECRETS) {
        const r = await c.query(`SELECT 1 FROM "${t}" WHERE strpos("${col}"::text, $1) > 0 LIMIT 1`, [s]);
        if (r.rowCount) found.push(`${t}.${col}`);
      }
    return found;
  } finally {
    await c.end();
  }
}

/** Every key under the queue prefixes, each value dumped as text (hashes, lists, sets, streams). */
async function redisDump(prefixes: string[]): Promise<string> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const out: string[] = [];
  try {
    for (const p of prefixes)
      for (const key of await redis.keys(`${p}:*`)) {
        const type = await redis.type(key);
        const value =
          type === "hash"
            ? await redis.hgetall(key)
            : type === "list"
              ? await redis.lrange(key, 0, -1)
              : type === "set"
                ? await redis.smembers(key)
                : type === "zset"
                  ? await redis.zrange(key, "0", "-1")
                  : type === "stream"
                    ? await redis.xrange(key, "-", "+")
                    : type === "string"
                      ? await redis.get(key)
                      : null;
        out.push(`${key} ${JSON.stringify(value)}`);
      }
  } finally {
    redis.disconnect();
  }
  return out.join("\n");
}

describePg("no secret out (issue 24, item 3)", () => {
  let db: TestDatabase;
  let studio: Studio;
  const prefixes: string[] = [];
  const handles: NoticesHandle[] = [];
  const printed: string[] = [];

  beforeAll(async () => {
    for (const m of ["error", "warn", "log", "info", "debug"] as const)
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        printed.push(format(...args));
      });
    db = await createTestPgDatabase();
    studio = await seedStudio(db.prisma, { members: 3 });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    while (handles.length > 0) await handles.pop()?.stop();
    await dropQuietly(db);
    await deleteTestPrefixes(REDIS_URL);
  });

  const notices = async (sender: ChatSender) => {
    const prefix = freshPrefix("sec");
    prefixes.push(prefix);
    const h = await startNotices({
      pacing: pacingFrom(PLATFORMS),
      prisma: db.prisma,
      redisUrl: REDIS_URL,
      senders: [sender],
      log,
      clock: systemClock,
      queuePrefix: prefix,
      relayPollMs: 100,
    });
    handles.push(h);
    return h;
  };

  const member = (i: number) => {
    const m = studio.members[i];
    if (!m) throw new Error("seed");
    return m;
  };

  it("a Telegram notice refused on connect: lastError, the job's failure and the retry's log line name the failure, not the token", async () => {
    const m = member(0);
    const sender = createTelegramSender({ token: FAKE_TELEGRAM_TOKEN, apiRoot: await refusedUrl() });
    const id = await addOutbox(db.prisma, studio.orgId, promotedEvent(studio, m));
    const h = await notices(sender);
    const key = `n-${id}-p-${m.personId}`;
    // The second attempt logs the first one's error as `previous`.
    expect(
      await waitFor(async () => {
        const d = await db.prisma.noticeDelivery.findUnique({ where: { key } });
        return (d?.attempts ?? 0) >= 2;
      }, 20_000),
    ).toBe(true);
    await h.stop();
    handles.splice(handles.indexOf(h), 1);
    const d = await db.prisma.noticeDelivery.findUniqueOrThrow({ where: { key } });
    expect(d.lastError).toContain("ECONNREFUSED");
    expect(lines.some((l) => l.includes('"previous"') && l.includes("ECONNREFUSED"))).toBe(true);
  }, 40_000);

  it("a Telegram notice whose connection drops after the request was written: uncertain, the job's failure names it, not the token", async () => {
    const m = member(1);
    const server = await droppingServer();
    const sender = createTelegramSender({ token: FAKE_TELEGRAM_TOKEN, apiRoot: server.url });
    const id = await addOutbox(db.prisma, studio.orgId, promotedEvent(studio, m));
    const h = await notices(sender);
    const key = `n-${id}-p-${m.personId}`;
    expect(
      await waitFor(async () => {
        const d = await db.prisma.noticeDelivery.findUnique({ where: { key } });
        return d?.status === "uncertain";
      }, 20_000),
    ).toBe(true);
    await h.stop();
    handles.splice(handles.indexOf(h), 1);
    // The request went out with the token in its path: the server saw it, nothing else may.
    expect(server.requests.some((p) => p.includes(FAKE_TELEGRAM_TOKEN))).toBe(true);
    const dump = await redisDump(prefixes);
    expect(dump).toMatch(/failedReason.*(socket hang up|ECONNRESET)/);
  }, 40_000);

  it("Telegram long polling: getUpdates dropped after sending, then refused: logged, without the token", async () => {
    const tg = await droppingServer((path) => {
      const method = path.split("/").pop() ?? "";
      if (method === "getUpdates") return undefined;
      return { ok: true, result: method === "getMe" ? FAKE_TELEGRAM_BOT : true };
    });
    const inbox = createDbInbox(db.prisma, log);
    const core = { forms: createMemoryForms(), handle: async () => [], suggest: async () => [] };
    const adapter = await startTelegram({ token: FAKE_TELEGRAM_TOKEN, apiRoot: tg.url }, core, log, inbox);
    closers.push(() => adapter.stop());
    expect(await waitFor(() => tg.requests.filter((p) => p.endsWith("/getUpdates")).length >= 2)).toBe(true);
    await tg.close();
    expect(
      await waitFor(
        () => lines.some((l) => l.includes("getUpdates failed") && l.includes("ECONNREFUSED")),
        10_000,
      ),
    ).toBe(true);
    expect(lines.some((l) => l.includes("getUpdates failed") && /socket hang up|ECONNRESET/.test(l))).toBe(
      true,
    );
  }, 30_000);

  it("Slack and Discord senders, refused and dropped: the errors they throw carry no token", async () => {
    const target = (platform: "slack" | "discord") =>
      ({ kind: "channel", platform, channelId: "C1" }) as const;
    const notice: Reply = { visibility: "private", lines: ["A spot opened in Yoga."] };
    for (const base of [await refusedUrl(), (await droppingServer()).url]) {
      const slack = createSlackSender({ token: SLACK_TOKEN, apiUrl: `${base}/api/`, timeoutMs: 2000 });
      const discord = createDiscordSender({ token: DISCORD_TOKEN, apiBase: `${base}/api` });
      for (const [s, t] of [
        [slack, target("slack")],
        [discord, target("discord")],
      ] as const) {
        const err = await s.send(t, notice, "k").then(
          () => new Error("expected a failure"),
          (e: unknown) => e,
        );
        log.warn({ err }, "sender failed");
        expect(leaks(`${String(err)} ${(err as Error).stack ?? ""} ${format("%o", err)}`)).toEqual([]);
      }
    }
  }, 30_000);

  it("afterwards nothing holds a token: no log line, no console output, no database column, no queue key", async () => {
    if (process.env.SHOW_LINES) process.stdout.write(lines.join(""));
    expect(lines.length).toBeGreaterThan(5);
    const dump = await redisDump(prefixes);
    expect(dump).toContain("failedReason");
    expect({
      logLines: lines.flatMap(leaks),
      console: printed.flatMap(leaks),
      databaseColumns: await databaseLeaks(db.url),
      queue: leaks(dump),
    }).toEqual({ logLines: [], console: [], databaseColumns: [], queue: [] });
    // The redaction had work to do: texts that held a token say where it was cut.
    expect(lines.some((l) => l.includes("[redacted]"))).toBe(true);
  });
});
