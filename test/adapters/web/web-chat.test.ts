import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebApp, type WebApp } from "../../support/web-app.ts";
import { textOf, WebClient } from "./web-client.ts";

describe("the web chat: a guest", () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  }, 180_000);
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

  it("labels the page and answers a guest's tap in the browser's language when we write it, else the studio's", async () => {
    const labelsOf = (html: string) => {
      const attr = /data-labels="([^"]*)"/.exec(html)?.[1] ?? "";
      const json = attr
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
      return JSON.parse(json) as Record<string, string>;
    };
    const de = await (
      await new WebClient(app.baseUrl, app.slug).fetch("", {
        headers: { "accept-language": "de-DE,de;q=0.9" },
      })
    ).text();
    expect(de).toContain('<html lang="de">');
    expect(labelsOf(de)).toMatchObject({
      signInToBook: "Zum Buchen anmelden",
      title: "Harbour Studio: Chat und Kursplan",
    });
    const en = await (
      await new WebClient(app.baseUrl, app.slug).fetch("", { headers: { "accept-language": "pt-BR" } })
    ).text();
    expect(en).toContain('<html lang="en">');
    expect(labelsOf(en)).toMatchObject({
      signInToBook: "Sign in to book",
      send: "Send",
      messagePlaceholder: "e.g. what's on tomorrow",
    });
    const c = new WebClient(app.baseUrl, app.slug);
    await c.session();
    const stream = await c.stream();
    try {
      expect(
        (await c.post("/api/messages", { button: "bk:whatever" }, { "accept-language": "fr-FR" })).status,
      ).toBe(202);
      await stream.until((r) => r.some((x) => x.blocks.some((b) => b.type === "form")));
      expect(textOf(stream.replies()[0]!)).toContain("Connectez-vous pour réserver");
    } finally {
      stream.close();
    }
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
      // A button that only shows (a session's details) works for a guest.
      const shown = stream
        .replies()
        .flatMap((x) => x.blocks)
        .find((b) => b.type === "buttons") as {
        buttons: Array<{ label: string; data: string }>;
      };
      const details = shown.buttons.find((b) => /^Details/.test(b.label))!;
      expect((await c.post("/api/messages", { button: details.data })).status).toBe(202);
      await stream.until((r) => r.length >= 2);
      const detail = stream.replies()[1]!;
      expect(textOf(detail)).toMatch(/Morning Flow/);
      expect(detail.blocks.some((b) => b.type === "form")).toBe(false);
      const press = await c.post("/api/messages", { button: "bk:whatever" });
      expect(press.status).toBe(202);
      await stream.until((r) => r.some((x) => x.blocks.some((b) => b.type === "form" && b.id === "signin")));
      await new Promise((r) => setTimeout(r, 500));
      const answers = stream.replies().filter((r) => /^Sessions/.test(textOf(r)));
      expect(answers).toHaveLength(1);
    } finally {
      stream.close();
    }
  });
});

describe("the web chat: the studio's one Guest is no member to the staff", () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp({});
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  it("cannot be named, granted a pass, made staff or listed once a guest has asked something", async () => {
    // A role given by name before anyone of that name wrote is not the shared Guest's to claim.
    await app.say("Ada", "/staff add Guest trainer");
    const c = new WebClient(app.baseUrl, app.slug);
    await c.session();
    const stream = await c.stream();
    try {
      expect((await c.post("/api/messages", { text: "yoga" })).status).toBe(202);
      await stream.until((r) => r.length > 0);
    } finally {
      stream.close();
    }
    // The Guest exists now (the core made it), a visitor and a plain member.
    const guests = await app.query<{ visitor: boolean; role: string }>(
      `SELECT p.visitor, m.role::text AS role FROM "Person" p JOIN "Membership" m ON m."personId" = p.id
        WHERE p."displayName" = 'Guest'`,
    );
    expect(guests).toEqual([{ visitor: true, role: "member" }]);
    // The staff cannot reach it by name.
    const grant = (await app.say("Ada", "/grant guest Spin 10")).join("\n");
    expect(grant).not.toMatch(/Spin 10.*Guest|Guest.*Spin 10/s);
    expect(grant).toMatch(/no member|not found|no one|don't know|nobody|who/i);
    const passes = (await app.say("Ada", "/passes guest")).join("\n");
    expect(passes).not.toMatch(/Guest/);
    const staff = (await app.say("Ada", "/staff add guest trainer")).join("\n");
    expect(staff).not.toMatch(/Guest is (now )?a trainer|Guest.*trainer now/i);
    const list = (await app.say("Ada", "/staff")).join("\n");
    // Only the roles given by name, still waiting for someone of that name: never the Guest's.
    expect(list).not.toMatch(/^guest: (trainer|admin)$/im);
    expect(list).toMatch(/^Guest: trainer \(when they first talk to me\)$/m);
    // A real member with the same kind of name is still found (the filter is the flag, not the name).
    expect((await app.say("Ada", "/grant maria Spin 10")).join("\n")).toMatch(/Spin 10/);
  }, 60_000);
});

describe("the web chat: refusals", () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp({ messagesPerMinute: 5, signinsPerHour: 2 });
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  const errorOf = async (res: Response) => {
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(["error"]);
    expect(String(body.error)).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/);
    return String(body.error);
  };

  it("refuses a POST without the session's CSRF token, from another origin, or without a session (403)", async () => {
    const c = new WebClient(app.baseUrl, app.slug);
    await c.session();
    const forged = await c.post("/api/messages", { text: "sessions" }, { "x-csrf-token": "forged-token" });
    expect(forged.status).toBe(403);
    expect(await errorOf(forged)).toMatch(/csrf/i);
    const none = await c.fetch("/api/messages", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "sessions" }),
    });
    expect(none.status).toBe(403);
    const other = await c.post("/api/messages", { text: "sessions" }, { origin: "https://evil.example" });
    expect(other.status).toBe(403);
    expect(await errorOf(other)).toMatch(/cross-site/);
    const stranger = new WebClient(app.baseUrl, app.slug);
    stranger.csrf = c.csrf;
    expect((await stranger.post("/api/messages", { text: "sessions" })).status).toBe(403);
    // Another browser's token does not fit this session either.
    const d = new WebClient(app.baseUrl, app.slug);
    await d.session();
    d.csrf = c.csrf;
    expect((await d.post("/api/messages", { text: "sessions" })).status).toBe(403);
  });

  it("refuses a body over 16 KiB (413), one that is not JSON (400, 415) or not what the endpoint takes (400)", async () => {
    const c = new WebClient(app.baseUrl, app.slug);
    await c.session();
    const big = await c.post("/api/messages", { text: "x".repeat(20_000) });
    expect(big.status).toBe(413);
    expect(await errorOf(big)).toMatch(/too large/);
    const bad = await c.post("/api/messages", "{not json");
    expect(bad.status).toBe(400);
    await errorOf(bad);
    const form = await c.fetch("/api/messages", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-csrf-token": c.csrf },
      body: "text=hi",
    });
    expect(form.status).toBe(415);
    const shape = await c.post("/api/messages", { text: "hi", extra: 1 });
    expect(shape.status).toBe(400);
    await errorOf(shape);
    expect((await c.post("/api/ack", { ids: ["1; DROP TABLE x"] })).status).toBe(400);
    expect((await c.post("/api/signin", { email: "not an address" })).status).toBe(400);
    expect((await c.fetch("/api/messages")).status).toBe(405);
    expect((await c.fetch("/api/nothing-here")).status).toBe(404);
  });

  it("limits messages per person and sign-in e-mails per address (429 with Retry-After)", async () => {
    const c = new WebClient(app.baseUrl, app.slug);
    await c.session();
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await c.post("/api/messages", { button: `x${i}` })).status);
    expect(codes).toEqual([202, 202, 202, 202, 202, 429]);
    const limited = await c.post("/api/messages", { button: "y" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await errorOf(limited)).toMatch(/too many/);
    // Another person is not held back by this one.
    const d = new WebClient(app.baseUrl, app.slug);
    await d.session();
    expect((await d.post("/api/messages", { button: "z" })).status).toBe(202);

    const signins: number[] = [];
    for (let i = 0; i < 3; i++)
      signins.push((await d.post("/api/signin", { email: "pat@example.test" })).status);
    expect(signins).toEqual([202, 202, 429]);
  });

  it("counts a forged X-Forwarded-For as the socket's address when no proxy is trusted", async () => {
    // signinsPerHour 2: one address may ask 8 times an hour (earlier tests here asked too).
    const c = new WebClient(app.baseUrl, app.slug);
    await c.session();
    const codes: number[] = [];
    for (let i = 0; i < 9; i++) {
      const headers = { "x-forwarded-for": `203.0.113.${i + 1}` };
      codes.push((await c.post("/api/signin", { email: `forged${i}@example.test` }, headers)).status);
    }
    expect(codes).toContain(429);
  });

  it("stops promptly with an event stream still open", async () => {
    const c = new WebClient(app.baseUrl, app.slug);
    await c.session();
    const stream = await c.stream();
    const started = Date.now();
    await app.stop();
    expect(Date.now() - started).toBeLessThan(10_000);
    stream.close();
    app = null as unknown as WebApp;
  }, 30_000);
});

describe("the web chat behind a trusted reverse proxy (TRUST_PROXY=1)", () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp({ signinsPerHour: 1, trustProxy: { hops: 1 } });
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  it("limits each visitor by the address the proxy forwarded, not the proxy's own", async () => {
    // signinsPerHour 1: one client address may ask 4 times an hour.
    const c = new WebClient(app.baseUrl, app.slug);
    await c.session();
    const ask = (i: number, client: string) =>
      c.post("/api/signin", { email: `visitor${i}@example.test` }, { "x-forwarded-for": client });
    const many: number[] = [];
    for (let i = 0; i < 6; i++) many.push((await ask(i, `203.0.113.${i + 1}`)).status);
    expect(many).toEqual([202, 202, 202, 202, 202, 202]);
    const one: number[] = [];
    for (let i = 0; i < 5; i++) one.push((await ask(10 + i, "6.6.6.6, 198.51.100.4")).status);
    expect(one).toEqual([202, 202, 202, 202, 429]);
  });
});
