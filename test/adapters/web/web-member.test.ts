import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signinLinkIn, startSmtpCapture } from "../../support/smtp-capture.ts";
import { startWebApp, type WebApp } from "../../support/web-app.ts";
import { textOf, WebClient } from "./web-client.ts";

describe("the web chat: a member", () => {
  let app: WebApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    app = await startWebApp({ smtpUrl: smtp.smtpUrl });
  }, 90_000);
  afterAll(async () => {
    await app?.stop();
    await smtp?.close();
  });

  /** Signs a fresh browser in through the e-mail link. */
  async function signedIn(email: string): Promise<WebClient> {
    const c = new WebClient(app.baseUrl, app.slug);
    await c.session();
    const before = smtp.mails.length;
    expect((await c.post("/api/signin", { email })).status).toBe(202);
    const link = signinLinkIn(await smtp.mailTo(email, before));
    expect(link.startsWith(`${app.baseUrl}/chat/${app.slug}/signin?token=`)).toBe(true);
    const guestCookie = c.cookie;
    const res = await c.fetch(link);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/chat/${app.slug}`);
    expect(c.cookie).not.toBe(guestCookie);
    const s = await c.session();
    expect(s.guest).toBe(false);
    // The link works once.
    const again = new WebClient(app.baseUrl, app.slug);
    const reuse = await again.fetch(link);
    expect(reuse.headers.get("location")).toContain("signin=expired");
    return c;
  }

  it("signs in by the e-mail link, books, is waitlisted and sees the promotion arrive live", async () => {
    const c = await signedIn("jo@example.test");
    const stream = await c.stream();
    try {
      // Jo's first message makes Jo a member; the admin grants a pass on the console.
      expect((await c.post("/api/messages", { text: "bookings" })).status).toBe(202);
      await stream.until((r) => r.length >= 1, 15_000);
      expect((await app.say("Ada", "/grant jo Spin 10")).join("\n")).toMatch(/Spin 10/);
      // Spin has two spots: Leo and Kim take them on the console.
      expect((await app.say("Kim", "book spin tomorrow")).join("\n")).toMatch(/booked|confirmed/i);
      expect((await app.say("Leo", "book spin tomorrow")).join("\n")).toMatch(/booked|confirmed/i);

      expect((await c.post("/api/messages", { text: "book spin tomorrow" })).status).toBe(202);
      await stream.until((r) => r.some((x) => /waitlist/i.test(textOf(x))), 15_000);
      const notices = () => stream.replies().filter((x) => x.blocks.some((b) => b.type === "notice"));
      const before = notices().length;

      // Leo cancels: Jo moves up, and the notice reaches the open chat.
      expect(await app.say("Leo", "cancel spin tomorrow")).toContain("[Yes, cancel]");
      expect((await app.say("Leo", "[Yes, cancel]")).join("\n")).toMatch(/cancel/i);
      await stream.until(() => notices().length > before, 20_000);
      const notice = notices()[before]!;
      expect(textOf(notice)).toMatch(/spot opened up[\s\S]*Spin[\s\S]*confirmed/);
    } finally {
      stream.close();
    }
  }, 60_000);

  it("after a lost connection gets what it missed once, and nothing it acknowledged", async () => {
    const c = await signedIn("kai@example.test");
    const first = await c.stream();
    expect((await c.post("/api/messages", { text: "sessions" })).status).toBe(202);
    await first.until((r) => r.length >= 1, 15_000);
    const seen = first.replies();
    expect((await c.post("/api/ack", { ids: seen.map((r) => r.id) })).status).toBe(204);
    first.close();

    // Offline: two messages are answered meanwhile.
    expect((await c.post("/api/messages", { text: "bookings" })).status).toBe(202);
    expect((await c.post("/api/messages", { text: "passes" })).status).toBe(202);
    await new Promise((r) => setTimeout(r, 3_000));

    const second = await c.stream(seen.at(-1)!.id);
    await second.until((r) => r.length >= 2, 15_000);
    await new Promise((r) => setTimeout(r, 1_000));
    const missed = second.replies();
    const ids = missed.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => seen.some((s) => s.id === id))).toBe(false);
    expect(ids).toEqual([...ids].sort((a, b) => Number(a) - Number(b)));
    second.close();

    // Acknowledged now: a third connection gets nothing again.
    expect((await c.post("/api/ack", { ids })).status).toBe(204);
    const third = await c.stream();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(third.replies()).toEqual([]);
    third.close();
  }, 60_000);
});
