import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebApp, type WebApp } from "../../support/web-app.ts";
import { textOf, WebClient } from "./web-client.ts";

describe("the web chat: a guest", () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
  });

  it("gets the page with the studio's name, a strict CSP and a session cookie", async () => {
    const c = new WebClient(app.baseUrl, app.slug);
    const res = await c.fetch("");
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^sid=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/chat");
    expect(await res.text()).toContain("Harbour Studio");
    expect((await c.fetch(`${app.baseUrl}/chat/no-such-studio`)).status).toBe(404);
  });

  it("browses the week's timetable", async () => {
    const c = new WebClient(app.baseUrl, app.slug);
    const res = await c.fetch("/api/timetable?week=0");
    expect(res.status).toBe(200);
    const t = (await res.json()) as {
      studio: string;
      weekStart: string;
      days: Array<{ date: string; label: string; sessions: Array<{ title: string; spotsLeft: number }> }>;
      platforms: Array<{ name: string; url: string }>;
    };
    expect(t.studio).toBe("Harbour Studio");
    expect(t.days).toHaveLength(7);
    const next = (await (await c.fetch("/api/timetable?week=1")).json()) as typeof t;
    const titles = [...t.days, ...next.days].flatMap((d) => d.sessions.map((s) => s.title));
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((x) => /yoga|spin|pilates/i.test(x))).toBe(true);
    expect(t.platforms[0]?.url).toBe(`${app.baseUrl}/chat/${app.slug}`);
    expect((await c.fetch("/api/timetable?week=99")).status).toBe(400);
  });

  it("asks what is on through the inbox and gets the answer on the event stream; a tap asks to sign in", async () => {
    const c = new WebClient(app.baseUrl, app.slug);
    expect((await c.session()).guest).toBe(true);
    const stream = await c.stream();
    try {
      const res = await c.post("/api/messages", { text: "yoga", id: "guest-question-1" });
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      expect(id).toMatch(/^web:/);
      await stream.until((r) => r.length > 0);
      expect(textOf(stream.replies()[0]!)).toMatch(/Morning Flow/);
      // The same key again acts once.
      expect((await c.post("/api/messages", { text: "yoga", id: "guest-question-1" })).status).toBe(202);
      const press = await c.post("/api/messages", { button: "bk:whatever" });
      expect(press.status).toBe(202);
      await stream.until((r) => r.some((x) => x.blocks.some((b) => b.type === "form" && b.id === "signin")));
      await new Promise((r) => setTimeout(r, 500));
      const answers = stream.replies().filter((r) => /Morning Flow/.test(textOf(r)));
      expect(answers).toHaveLength(1);
    } finally {
      stream.close();
    }
  });
});
