import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCalendarRoute } from "../../src/calendar/subscription-http.ts";
import { createHttpFeedFetcher } from "../../src/infra/calendar/http-feed-fetcher.ts";
import * as pu from "../../src/use-cases/personal/index.ts";
import { createTestPgliteDatabase, type TestDatabase } from "../support/test-db.ts";
import { berlin, buildPersonalStudio } from "./personal-studio.ts";

const ICS = fs.readFileSync(path.join(import.meta.dirname, "../data/trainer-busy.ics"), "utf8");

async function listen(handler: http.RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

describe("calendar subscription URL on the app's HTTP server", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestPgliteDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("serves the person's .ics for a live token and 404 for a revoked, unknown or malformed one", async () => {
    const s = await buildPersonalStudio(db);
    await pu.bookPersonalSession(s.pdeps, s.member, {
      sessionTypeId: s.lesson.id,
      trainerId: s.trainer.personId,
      startsAt: berlin("2026-11-24T15:00"),
      paymentMethod: "at_session",
    });
    const route = createCalendarRoute((token) => pu.calendarForToken(s.pdeps, token, "test.local"));
    const server = await listen(async (req, res) => {
      if (!(await route(req, res))) res.writeHead(404).end("other route");
    });
    try {
      const { token } = await pu.createCalendarSubscription(s.pdeps, s.member);
      const ok = await fetch(`${server.url}/calendar/${token}.ics`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      const body = await ok.text();
      expect(body).toContain("BEGIN:VCALENDAR");
      expect(body).toContain("SUMMARY:Private lesson with Tom Trainer");
      // one character changed: a well-formed token that was never issued
      const forged = `${token[0] === "A" ? "B" : "A"}${token.slice(1)}`;
      for (const bad of [forged, "abc", "..%2F..%2Fetc"])
        expect((await fetch(`${server.url}/calendar/${bad}.ics`)).status).toBe(404);
      expect((await fetch(`${server.url}/calendar/${token}.ics`, { method: "POST" })).status).toBe(405);
      await pu.revokeCalendarSubscription(s.pdeps, s.member);
      const gone = await fetch(`${server.url}/calendar/${token}.ics`);
      expect(gone.status).toBe(404);
      expect(await gone.text()).not.toContain("VCALENDAR");
      expect(await (await fetch(`${server.url}/elsewhere`)).text()).toBe("other route");
    } finally {
      await server.close();
    }
  });
});

describe("http feed fetcher", () => {
  it("reads a feed, and reports HTTP errors, oversized feeds and timeouts as failures", async () => {
    const server = await listen((req, res) => {
      if (req.url === "/ok.ics") res.writeHead(200, { "content-type": "text/calendar" }).end(ICS);
      else if (req.url === "/big.ics") res.writeHead(200).end("x".repeat(2000));
      else if (req.url === "/slow.ics") setTimeout(() => res.writeHead(200).end(ICS), 2000);
      else res.writeHead(500).end("boom");
    });
    try {
      // The test server is on 127.0.0.1: the operator setting for self-hosted calendars lets it through.
      const f = createHttpFeedFetcher({ maxBytes: 1000, timeoutMs: 300, allowPrivate: true });
      const big = createHttpFeedFetcher({ maxBytes: 1_000_000, allowPrivate: true });
      expect(await big.fetch(`${server.url}/ok.ics`)).toBe(ICS);
      await expect(f.fetch(`${server.url}/big.ics`)).rejects.toThrow(/larger than 1000 bytes/);
      await expect(f.fetch(`${server.url}/broken.ics`)).rejects.toThrow("HTTP 500");
      await expect(f.fetch(`${server.url}/slow.ics`)).rejects.toThrow();
      await expect(f.fetch("ftp://example.org/x.ics")).rejects.toThrow(/unsupported scheme/);
    } finally {
      await server.close();
    }
  });
});
