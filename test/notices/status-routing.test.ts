import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer } from "../../src/app/http-server.ts";
import type { NoticeStatus } from "../../src/ports/notice-runtime.ts";

const ADMIN = "an-admin-token-of-24-chars-or-more";

/** The status endpoint shares the platforms' HTTP port: it answers its own path and hands on the rest. */
describe("notice status endpoint on the shared HTTP port", () => {
  const status = { queues: [], outbox: { backlog: 3, oldestAgeSeconds: 12 } } as unknown as NoticeStatus;
  const forwarded: string[] = [];
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  const url = (path: string) => `http://127.0.0.1:${server.port}${path}`;

  beforeAll(async () => {
    server = await startHttpServer({
      port: 0,
      adminToken: ADMIN,
      status: async () => status,
      fallback: (req, res) => {
        forwarded.push(`${req.method} ${req.url}`);
        req.resume();
        res.writeHead(202).end("platform");
      },
    });
  });
  afterAll(async () => server?.close());

  it("answers GET /notices/status with the status JSON", async () => {
    const r = await fetch(url("/notices/status"), { headers: { authorization: `Bearer ${ADMIN}` } });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual(status);
  });

  it("hands every other request (Slack events, the Telegram webhook, /) to the platforms' listener", async () => {
    expect((await fetch(url("/slack/events"), { method: "POST", body: "{}" })).status).toBe(202);
    expect((await fetch(url("/telegram/webhook"), { method: "POST", body: "{}" })).status).toBe(202);
    expect((await fetch(url("/"))).status).toBe(202);
    expect(forwarded).toEqual(["POST /slack/events", "POST /telegram/webhook", "GET /"]);
  });
});
