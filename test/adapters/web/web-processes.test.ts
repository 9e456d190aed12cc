import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestPgDatabase, describePg, type TestDatabase } from "../../support/test-db.ts";
import { startWebApp, type WebApp } from "../../support/web-app.ts";
import { textOf, WebClient } from "./web-client.ts";

describePg("the web chat across app processes on one PostgreSQL", () => {
  let db: TestDatabase;
  let a: WebApp;
  let b: WebApp;
  beforeAll(async () => {
    db = await createTestPgDatabase(2);
    a = await startWebApp({ dbUrl: db.url });
    b = await startWebApp({ dbUrl: db.url });
  }, 180_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  it("a reply made in process A reaches the event stream held by process B, once", async () => {
    const onA = new WebClient(a.baseUrl, a.slug);
    await onA.session();
    // The same browser (its cookie) reaches process B: sessions live in the database.
    const onB = new WebClient(b.baseUrl, b.slug);
    onB.cookie = onA.cookie;
    expect((await onB.session()).csrf).toBe(onA.csrf);
    const stream = await onB.stream();
    try {
      expect((await onA.post("/api/messages", { text: "spin", id: "cross-process-1" })).status).toBe(202);
      await stream.until((r) => r.some((x) => /Spin/.test(textOf(x))), 15_000);
      await new Promise((r) => setTimeout(r, 1_500));
      const ids = stream.replies().map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(1);
    } finally {
      stream.close();
    }
  }, 60_000);
});
