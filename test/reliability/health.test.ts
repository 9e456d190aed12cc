import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readiness } from "../../src/app/health.ts";
import { startHttpServer } from "../../src/app/http-server.ts";
import { createUncertainDeliveries } from "../../src/infra/prisma/uncertain-deliveries.ts";
import type { NoticeStatus } from "../../src/ports/notice-runtime.ts";
import { createTestPgliteDatabase, type TestDatabase } from "../support/test-db.ts";

const status = async (): Promise<NoticeStatus> =>
  ({ mode: "in-process", queues: {}, outbox: { unrelayed: 0, oldestAgeMs: null }, deliveries: {} }) as never;

describe("health endpoints and uncertain deliveries for an operator", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestPgliteDatabase();
  });
  afterAll(async () => db?.drop());

  it("GET /healthz is alive without checking dependencies; GET /readyz is 503 with the failing check named", async () => {
    let dbUp = true;
    const server = await startHttpServer({
      port: 0,
      status,
      ready: () =>
        readiness(
          [
            { name: "database", check: async () => dbUp },
            { name: "telegram", check: async () => true },
            { name: "redis", check: () => new Promise<boolean>(() => undefined) }, // hangs
          ],
          200,
        ),
    });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const r = await fetch(`${base}/readyz`);
      expect(r.status).toBe(503);
      const body = (await r.json()) as {
        ready: boolean;
        checks: Record<string, { ok: boolean; detail?: string }>;
      };
      expect(body.ready).toBe(false);
      expect(body.checks.database).toEqual({ ok: true });
      expect(body.checks.redis).toEqual({ ok: false, detail: "no answer within 200 ms" });
      dbUp = false;
      const r2 = (await (await fetch(`${base}/readyz`)).json()) as typeof body;
      expect(r2.checks.database).toEqual({ ok: false, detail: "not ready" });
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
    const all = await readiness([{ name: "database", check: async () => true }]);
    expect(all).toEqual({ ready: true, checks: { database: { ok: true } } });
  });

  it("lists uncertain deliveries on /notices/uncertain and reopens only those an operator approved", async () => {
    const org = await db.prisma.organization.create({ data: { name: "S", timezone: "UTC" } });
    const row = (key: string, status: string) => ({
      key,
      orgId: org.id,
      kind: "waitlist.promoted",
      platform: "telegram" as const,
      targetKind: "direct",
      targetId: `chat-${key}`,
      status,
      attempts: 1,
      attemptedAt: new Date(),
    });
    await db.prisma.noticeDelivery.createMany({
      data: [row("k1", "uncertain"), row("k2", "uncertain"), row("k3", "sent")],
    });
    const uncertain = createUncertainDeliveries(db.prisma);
    const adminToken = "an-admin-token-of-24-chars-or-more";
    const server = await startHttpServer({ port: 0, status, adminToken, uncertain: () => uncertain.list() });
    try {
      const url = `http://127.0.0.1:${server.port}/notices/uncertain`;
      const body = (await (
        await fetch(url, { headers: { authorization: `Bearer ${adminToken}` } })
      ).json()) as {
        uncertain: Array<{ key: string }>;
      };
      expect(body.uncertain.map((u) => u.key)).toEqual(["k1", "k2"]);
    } finally {
      await server.close();
    }
    expect(await uncertain.approveResend(["k1", "k3"], "ops@studio")).toEqual(["k1"]);
    const k1 = await db.prisma.noticeDelivery.findUniqueOrThrow({ where: { key: "k1" } });
    expect(k1.status).toBe("pending");
    expect(k1.lastError).toBe("resend approved by ops@studio");
    expect((await db.prisma.noticeDelivery.findUniqueOrThrow({ where: { key: "k3" } })).status).toBe("sent");
  });
});
