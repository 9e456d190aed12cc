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
  }, 180_000);
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

  it("keeps the person's conversation for a reload (/api/history); a guest's is not kept", async () => {
    const c = await signedIn("ren@example.test");
    const stream = await c.stream();
    try {
      expect((await c.post("/api/messages", { text: "bookings" })).status).toBe(202);
      await stream.until((r) => r.length >= 1, 15_000);
      expect((await c.post("/api/messages", { text: "passes" })).status).toBe(202);
      await stream.until((r) => r.length >= 2, 15_000);
    } finally {
      stream.close();
    }
    const replies = stream.replies();
    // Acknowledged or not, the history holds them: a reload shows the conversation again.
    await c.post("/api/ack", { ids: [replies[0]!.id] });
    const res = await c.fetch("/api/history");
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as {
      items: Array<{ id: string; at: string; from: string; blocks: Array<{ type: string; text?: string }> }>;
    };
    const mine = items.filter((i) => i.from === "you").map((i) => i.blocks[0]?.text);
    expect(mine).toEqual(["bookings", "passes"]);
    const studio = items.filter((i) => i.from === "studio").map((i) => i.id);
    expect(studio).toEqual(replies.map((r) => r.id));
    // Oldest first, each once; a question comes before its answer.
    const ids = items.map((i) => Number(i.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    expect(items[0]).toMatchObject({ from: "you" });
    // What was typed is never streamed as a reply.
    const again = await c.stream();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(again.replies().map((r) => r.id)).toEqual(replies.slice(1).map((r) => r.id));
    again.close();

    const guest = new WebClient(app.baseUrl, app.slug);
    expect((await guest.fetch("/api/history")).status).toBe(403);
    await guest.session();
    const gs = await guest.stream();
    expect((await guest.post("/api/messages", { text: "spin" })).status).toBe(202);
    await gs.until((r) => r.length >= 1, 15_000);
    gs.close();
    expect(await (await guest.fetch("/api/history")).json()).toEqual({ items: [] });
  }, 60_000);

  it("joins the person who made a link code on another platform (/api/link)", async () => {
    const made = (await app.say("Maria", "/link")).join("\n");
    const code = /code: ([A-Z0-9-]{6,40})/.exec(made)?.[1];
    expect(code, made).toBeTruthy();
    const c = new WebClient(app.baseUrl, app.slug);
    expect((await c.session()).guest).toBe(true);
    expect((await c.post("/api/link", { code: "NOPE0000" })).status).toBe(400);
    const res = await c.post("/api/link", { code });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ name: "Maria" });
    expect(await c.session()).toMatchObject({ guest: false, name: "Maria" });
    // Maria's passes are hers here too.
    const stream = await c.stream();
    try {
      expect((await c.post("/api/messages", { text: "passes" })).status).toBe(202);
      await stream.until((r) => r.some((x) => /Unlimited Month/.test(textOf(x))), 15_000);
    } finally {
      stream.close();
    }
  }, 60_000);

  it("mails a notice when no chat of the person is open, and shows it when the chat opens", async () => {
    const c = await signedIn("lee@example.test");
    const stream = await c.stream();
    expect((await c.post("/api/messages", { text: "bookings" })).status).toBe(202);
    await stream.until((r) => r.length >= 1, 15_000);
    await c.post("/api/ack", { ids: stream.replies().map((r) => r.id) });
    stream.close();
    await new Promise((r) => setTimeout(r, 500));

    const before = smtp.mails.length;
    expect((await app.say("Ada", "/grant lee Spin 10")).join("\n")).toMatch(/Spin 10/);
    const mail = await smtp.mailTo("lee@example.test", before, 20_000);
    expect(mail.text).toMatch(/Spin 10/);
    expect(mail.text).toContain(`${app.baseUrl}/chat/${app.slug}`);

    const back = await c.stream();
    try {
      await back.until((r) => r.some((x) => x.blocks.some((b) => b.type === "notice")), 10_000);
    } finally {
      back.close();
    }
    // Signing out ends the session: the browser is a guest again.
    expect((await c.post("/api/signout", {})).status).toBe(204);
    expect(c.cookie).toBe("");
    expect((await c.session()).guest).toBe(true);
    // Mailed once.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(smtp.mails.slice(before).filter((m) => m.to.includes("lee@example.test"))).toHaveLength(1);
  }, 60_000);

  it("a guest who taps Book is asked to sign in, and the sign-in form in the chat sends the link", async () => {
    const c = new WebClient(app.baseUrl, app.slug);
    await c.session();
    const stream = await c.stream();
    try {
      expect((await c.post("/api/messages", { text: "spin" })).status).toBe(202);
      await stream.until((r) => r.some((x) => x.blocks.some((b) => b.type === "buttons")), 15_000);
      const buttons = stream
        .replies()
        .flatMap((x) => x.blocks)
        .find((b) => b.type === "buttons") as { buttons: Array<{ label: string; data: string }> };
      const book = buttons.buttons.find((b) => /^Book/.test(b.label))!;
      expect((await c.post("/api/messages", { button: book.data })).status).toBe(202);
      await stream.until(
        (r) => r.some((x) => x.blocks.some((b) => b.type === "form" && b.id === "signin")),
        10_000,
      );
      const before = smtp.mails.length;
      expect(
        (await c.post("/api/messages", { form: { id: "signin", values: { email: "sky@example.test" } } }))
          .status,
      ).toBe(202);
      expect(signinLinkIn(await smtp.mailTo("sky@example.test", before))).toContain("/signin?token=");
    } finally {
      stream.close();
    }
  }, 60_000);
});
