import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_PLATFORM, DEMO_WORKSPACE_ID, demoUserId } from "../../adapters/console/capabilities.ts";
import { buildCore } from "../../src/app/build-core.ts";
import { parseEnv } from "../../src/app/env.ts";
import { readiness } from "../../src/app/health.ts";
import { startHttpServer } from "../../src/app/http-server.ts";
import { createAppMetrics } from "../../src/app/metrics.ts";
import { createInboxProcessor } from "../../src/inbox/inbox-processor.ts";
import { inboxBacklog } from "../../src/infra/prisma/inbox-backlog.ts";
import { createPrismaInbox } from "../../src/infra/prisma/inbox-store.ts";
import { createPrismaNoticeDeliveries } from "../../src/infra/prisma/notice-deliveries.ts";
import { createPrismaNoticeOutbox } from "../../src/infra/prisma/notice-outbox.ts";
import type { IncomingEvent } from "../../src/ports/chat.ts";
import { SendError } from "../../src/ports/chat-sender.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import type { NoticeStatus } from "../../src/ports/notice-runtime.ts";
import { seedDemo } from "../../src/seed/demo.ts";
import { DEMO_NOW, memoryLog } from "../chat/harness.ts";
import { createTestPgliteDatabase, type TestDatabase } from "../support/test-db.ts";

const ADMIN = "0123456789abcdef0123456789abcdef";
const status = async (): Promise<NoticeStatus> =>
  ({ mode: "in-process", queues: {}, outbox: { unrelayed: 0, oldestAgeMs: null }, deliveries: {} }) as never;
const metricsStub = async () => ({ contentType: "text/plain", body: "x 1\n" });

describe("operator endpoints need the admin token", () => {
  it("with ADMIN_TOKEN unset, /notices/* and /metrics answer 404; /healthz and /readyz stay open", async () => {
    const server = await startHttpServer({
      port: 0,
      status,
      uncertain: async () => [],
      metrics: metricsStub,
      ready: () => readiness([{ name: "database", check: async () => true }]),
    });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      for (const p of ["/notices/status", "/notices/uncertain", "/metrics"]) {
        expect((await fetch(`${base}${p}`)).status, p).toBe(404);
        expect(
          (await fetch(`${base}${p}`, { headers: { authorization: `Bearer ${ADMIN}` } })).status,
          p,
        ).toBe(404);
      }
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("with ADMIN_TOKEN set, they need exactly `Authorization: Bearer <token>` (401 otherwise)", async () => {
    const server = await startHttpServer({
      port: 0,
      adminToken: ADMIN,
      status,
      uncertain: async () => [],
      metrics: metricsStub,
      ready: () => readiness([{ name: "database", check: async () => false }]),
    });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const get = (p: string, authorization?: string) =>
        fetch(`${base}${p}`, authorization ? { headers: { authorization } } : {});
      for (const p of ["/notices/status", "/notices/uncertain", "/metrics"]) {
        expect((await get(p)).status, p).toBe(401);
        expect((await get(p, `Bearer ${ADMIN}x`)).status, p).toBe(401);
        expect((await get(p, `Bearer ${ADMIN.slice(0, -1)}`)).status, p).toBe(401);
        expect((await get(p, ADMIN)).status, p).toBe(401);
        expect((await get(p, `Bearer ${ADMIN}`)).status, p).toBe(200);
      }
      expect(await (await get("/metrics", `Bearer ${ADMIN}`)).text()).toBe("x 1\n");
      expect((await get("/notices/other", `Bearer ${ADMIN}`)).status).toBe(404);
      expect((await get("/healthz")).status).toBe(200);
      expect((await get("/readyz")).status).toBe(503);
    } finally {
      await server.close();
    }
  });

  it("a bad ADMIN_TOKEN is refused at start with a clear line", () => {
    const r = parseEnv({ ADMIN_TOKEN: "short" });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toEqual([
        expect.stringMatching(/^ADMIN_TOKEN: ADMIN_TOKEN must be 24-256 characters/),
      ]);
    const ok = parseEnv({ ADMIN_TOKEN: ADMIN });
    expect(ok.ok && ok.env.ADMIN_TOKEN).toBe(ADMIN);
  });
});

describe("GET /metrics", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestPgliteDatabase();
  });
  afterAll(async () => db?.drop());

  it("counts an event received and handled (by platform and outcome), its latency, the backlogs, and 429s; one log line per handled event", async () => {
    const clock = createFixedClock(DEMO_NOW);
    const log = memoryLog();
    const metrics = createAppMetrics(log);
    const { core, deps } = buildCore({ prisma: db.prisma, clock, log, observer: metrics.observer });
    await seedDemo(db.prisma, deps.store, clock, CONSOLE_PLATFORM);
    metrics.setSources({
      inboxBacklog: () => inboxBacklog(db.prisma, clock.now()),
      outboxBacklog: () => createPrismaNoticeOutbox(db.prisma).backlog(clock.now()),
      deliveriesByStatus: () => createPrismaNoticeDeliveries(db.prisma).countByStatus(),
      pool: () => ({ total: 4, idle: 1, waiting: 2 }),
    });
    const inbox = createInboxProcessor({
      inbox: createPrismaInbox(db.prisma),
      log,
      observer: metrics.observer,
    });
    inbox.register(CONSOLE_PLATFORM, {
      handle: (ev) => core.handle(ev.payload as IncomingEvent),
      deliver: async () => undefined,
    });
    const server = await startHttpServer({
      port: 0,
      status,
      adminToken: ADMIN,
      metrics: () => metrics.render(),
    });
    const scrape = async () => {
      const r = await fetch(`http://127.0.0.1:${server.port}/metrics`, {
        headers: { authorization: `Bearer ${ADMIN}` },
      });
      expect(r.headers.get("content-type")).toContain("text/plain");
      return r.text();
    };
    const value = (text: string, series: string) => {
      const line = text.split("\n").find((l) => l.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(series.length + 1));
    };
    try {
      const before = await scrape();
      expect(value(before, 'chat_events_handled_total{platform="console",outcome="ok"}')).toBeUndefined();
      const event: IncomingEvent = {
        platform: CONSOLE_PLATFORM,
        eventId: "metrics-1",
        user: { platformUserId: demoUserId("Maria"), displayName: "Maria" },
        conversation: { workspaceId: DEMO_WORKSPACE_ID, channelId: "console", isDirect: false },
        input: { kind: "text", text: "sessions tomorrow" },
      };
      const entry = { id: `console:${event.eventId}`, platform: CONSOLE_PLATFORM, payload: event };
      const first = await inbox.accept(entry);
      await first.handled;
      expect((await inbox.accept(entry)).fresh).toBe(false); // a redelivery
      const after = await scrape();
      expect(value(after, 'chat_events_received_total{platform="console",fresh="true"}')).toBe(1);
      expect(value(after, 'chat_events_received_total{platform="console",fresh="false"}')).toBe(1);
      expect(value(after, 'chat_events_handled_total{platform="console",outcome="ok"}')).toBe(1);
      expect(value(after, 'chat_event_handling_seconds_count{platform="console"}')).toBe(1);
      expect(value(after, "inbox_backlog")).toBe(0);
      // The demo's seeding left outbox rows (nothing relays them here): the gauge reads the table.
      const unrelayed = (await createPrismaNoticeOutbox(db.prisma).backlog(clock.now())).count;
      expect(unrelayed).toBeGreaterThan(0);
      expect(value(after, "notice_outbox_backlog")).toBe(unrelayed);
      expect(value(after, 'db_pool_connections{state="in_use"}')).toBe(3);
      expect(value(after, 'db_pool_connections{state="waiting"}')).toBe(2);
      expect(value(after, "process_resident_memory_bytes")).toBeGreaterThan(0);
      const handled = log.entries.filter((e) => e.msg === "event handled");
      expect(handled).toHaveLength(1);
      expect(handled[0]?.level).toBe("info");
      expect(handled[0]?.obj).toMatchObject({
        platform: "console",
        kind: "text",
        intent: "list_sessions",
        outcome: "ok",
      });
      expect(typeof handled[0]?.obj.ms).toBe("number");

      // An event left pending shows as backlog with its age.
      await db.prisma.inboxEvent.create({
        data: {
          id: "console:pending-1",
          platform: CONSOLE_PLATFORM,
          payload: {},
          receivedAt: new Date(DEMO_NOW.getTime() - 5_000),
        },
      });
      const backlog = await scrape();
      expect(value(backlog, "inbox_backlog")).toBe(1);
      expect(value(backlog, "inbox_oldest_age_seconds")).toBe(5);

      // A 429 from a platform counts, and the error still reaches the caller.
      const limited = metrics.countingRateLimits({
        platform: "telegram",
        send: async () => {
          throw new SendError("rate_limited", "429", 1_000);
        },
      });
      await expect(
        limited.send(
          { kind: "direct", platform: "telegram", platformUserId: "1" },
          { lines: [] } as never,
          "k",
        ),
      ).rejects.toBeInstanceOf(SendError);
      expect(value(await scrape(), 'platform_rate_limited_total{platform="telegram"}')).toBe(1);
    } finally {
      await server.close();
      await inbox.stop();
    }
  });
});
