import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signinLinkIn, startSmtpCapture } from "../support/smtp-capture.ts";
import { startWebApp, type WebApp } from "../support/web-app.ts";
import { chromiumInstalled, chromiumMissing, launchChromium, openPage } from "./support/chromium.ts";
import { lowContrast } from "./support/contrast.ts";

/**
 * The walk (docs/web-chat.md), in Debian's chromium against the real app (test/support/web-app.ts:
 * the demo studio, the shared inbox, the notices worker, the web adapter) and a local SMTP server: a
 * guest browses, signs in by the e-mail link, books with the keyboard only and is waitlisted, sees the
 * promotion arrive live, loses the connection and gets what was missed exactly once; 360 px, dark.
 * Each step is photographed: into docs/web-chat/ with UPDATE_SCREENSHOTS=1, into a temporary folder
 * otherwise (so a test run leaves the work tree as it was).
 */
const describeBrowser = chromiumInstalled ? describe : describe.skip;
const UPDATE = process.env.UPDATE_SCREENSHOTS === "1";

describeBrowser(`the web chat in a real browser, against the real app${chromiumMissing}`, () => {
  let shots = "";
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  let app: WebApp;
  let browser: Browser;
  let chatUrl: string;
  let lena: { context: BrowserContext; page: Page; problems: string[] };
  let noah: { context: BrowserContext; page: Page; problems: string[] };
  /** The weekday, in the studio's zone, `days` from today: "thursday". */
  let weekdayIn: (days: number) => string;

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  const ready = (page: Page) => page.locator("body[data-ready=true]").waitFor();
  const replies = (page: Page, text: string | RegExp) =>
    page.locator("#log article.theirs", { hasText: text });
  /** Sends a message the way a mouse user does. */
  async function send(page: Page, text: string) {
    await page.getByLabel("Message").fill(text);
    await page.getByRole("button", { name: "Send", exact: true }).click();
  }
  async function signIn(page: Page, email: string) {
    await page.getByLabel("E-mail address", { exact: true }).fill(email);
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    await page.locator("#signin-status", { hasText: "on its way" }).waitFor();
    const link = signinLinkIn(await smtp.mailTo(email));
    await page.goto(link);
    await ready(page);
    await page.locator("#who", { hasText: `Signed in as ${email}` }).waitFor();
  }

  beforeAll(async () => {
    shots = UPDATE
      ? path.resolve(import.meta.dirname, "../../docs/web-chat")
      : fs.mkdtempSync(path.join(os.tmpdir(), "web-chat-shots-"));
    smtp = await startSmtpCapture();
    app = await startWebApp({ smtpUrl: smtp.smtpUrl });
    browser = await launchChromium();
    chatUrl = `${app.baseUrl}/chat/${app.slug}`;
    const timetable = (await (await fetch(`${chatUrl}/api/timetable?week=0`)).json()) as {
      timezone?: string;
    };
    const zone = timetable.timezone ?? "Europe/Amsterdam";
    weekdayIn = (days) =>
      DateTime.now().setZone(zone).plus({ days }).setLocale("en").toFormat("cccc").toLowerCase();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await smtp?.close();
    if (!UPDATE && shots) fs.rmSync(shots, { recursive: true, force: true });
  });

  it("a guest browses the week's timetable and asks what is on", async () => {
    lena = await openPage(browser);
    const { page } = lena;
    await page.goto(chatUrl);
    await ready(page);
    expect(await page.locator("h1").textContent()).toBe("Harbour Studio");
    expect(await page.locator("#who").textContent()).toMatch(/guest/);
    expect(await page.locator("#identity").isVisible()).toBe(true);
    // The week, read only: the demo's daily Spin with its spots; a link to book on each platform.
    expect(await page.locator("#days .session", { hasText: "Spin" }).count()).toBeGreaterThan(0);
    expect(await page.locator("#platforms a").count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Next week" }).click();
    await page.locator("#week-prev:not([disabled])").waitFor();
    await page.getByRole("button", { name: "Previous week" }).click();
    await page.locator("#week-prev[disabled]").waitFor();

    await send(page, "spin");
    await replies(page, /Spin/).first().waitFor();
    await shot(page, "01-guest-timetable");
    // Booking needs an identity: a guest's tap is answered with the sign-in form.
    await page
      .locator("#log button", { hasText: /^Book / })
      .first()
      .click();
    const form = page.locator("#log form", { hasText: "Sign in" });
    await form.waitFor();
    expect(await form.getByLabel("Your e-mail address").count()).toBe(1);
  });

  it("signs in by the e-mail link (captured by a local SMTP server)", async () => {
    const { page } = lena;
    await page.getByLabel("E-mail address", { exact: true }).fill("lena@example.com");
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    await page.locator("#signin-status", { hasText: "on its way" }).waitFor();
    await shot(page, "02-signin-link-sent");
    const link = signinLinkIn(await smtp.mailTo("lena@example.com"));
    await page.goto(link);
    await ready(page);
    expect(page.url()).toBe(chatUrl);
    expect(await page.locator("#who").textContent()).toBe("Signed in as lena@example.com.");
    expect(await page.locator("#identity").isHidden()).toBe(true);
    // A used link does not sign in twice.
    const again = await openPage(browser);
    await again.page.goto(link);
    await ready(again.page);
    expect(await again.page.locator("#who").textContent()).toMatch(/guest/);
    expect(await again.page.locator("#signin-status").textContent()).toMatch(/expired or was already used/);
    await again.context.close();
    await send(page, "my bookings");
    await replies(page, /no upcoming bookings/).waitFor();
    await shot(page, "03-signed-in");

    // Someone else on the web, and the studio's side on the console: passes, and Spin tomorrow filled.
    noah = await openPage(browser);
    await noah.page.goto(chatUrl);
    await ready(noah.page);
    await signIn(noah.page, "noah@example.com");
    await send(noah.page, "my bookings");
    await replies(noah.page, /no upcoming bookings/).waitFor();
    expect((await app.say("Ada", "/grant lena Spin 10")).join("\n")).toMatch(/Spin 10/);
    expect((await app.say("Ada", "/grant noah Spin 10")).join("\n")).toMatch(/Spin 10/);
    await replies(page, /New pass/).waitFor();
    expect((await app.say("Kim", "book spin tomorrow 6pm")).join("\n")).toMatch(/Booked/);
    await send(noah.page, "book spin tomorrow 6pm");
    await replies(noah.page, /Booked: Spin/).waitFor();
  });

  it("books with the keyboard only and is waitlisted", async () => {
    const { page } = lena;
    await page.reload();
    await ready(page);
    // From the top of the page: the skip link, then straight into the message box.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the message box");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("message-text");
    await page.keyboard.type("book spin tomorrow 6pm");
    await page.keyboard.press("Enter");
    const waitlisted = replies(page, /Waitlisted \(place 1\)/);
    await waitlisted.waitFor();
    // Its button is reached by Tab from the message box, and shows where the focus is.
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Leave waitlist");
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe(
      "solid",
    );
    await shot(page, "04-waitlisted-keyboard");
    // Leaving asks first; the answer's buttons come next in the Tab order, and "Keep it" keeps the place.
    await page.keyboard.press("Enter");
    await replies(page, /Cancel Spin/).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Leave waitlist");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Yes, cancel");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Keep it");
    await page.keyboard.press("Space");
    await page.waitForTimeout(1000);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("message-text");
    await page.keyboard.type("my bookings");
    await page.keyboard.press("Enter");
    const answer = page.locator("#log article.theirs").last();
    await page.locator("#log article").last().and(page.locator("article.theirs")).waitFor();
    expect(await answer.textContent()).toMatch(/Spin/);
    expect(await answer.textContent()).toMatch(/waitlist/i);
  });

  it("sees the promotion arrive live when someone else cancels", async () => {
    const { page } = lena;
    await send(noah.page, "cancel spin tomorrow");
    await replies(noah.page, /Cancel Spin/).waitFor();
    await noah.page.getByRole("button", { name: "Yes, cancel" }).last().click();
    const notice = page.locator("#log .notice", { hasText: "a spot opened up" });
    await notice.waitFor({ timeout: 20_000 });
    // Inside the live region, so a screen reader announces it.
    expect(await notice.evaluate((n) => n.closest("[aria-live]")?.id)).toBe("log");
    await shot(page, "05-promoted-live");
  });

  it("loses the connection and gets what was missed exactly once; a reload keeps the conversation", async () => {
    const { page, context } = lena;
    const day = weekdayIn(2);
    expect((await app.say("Kim", `book spin ${day} 6pm`)).join("\n")).toMatch(/Booked/);
    await send(noah.page, `book spin ${day} 6pm`);
    await replies(noah.page, /Booked: Spin/)
      .nth(1)
      .waitFor();
    await send(page, `book spin ${day} 6pm`);
    await replies(page, /Waitlisted \(place 1\)/)
      .nth(1)
      .waitFor();
    const promoted = page.locator("#log .notice", { hasText: "a spot opened up" });
    expect(await promoted.count()).toBe(1);

    // Everything received so far is acknowledged: from here on, a reply seen twice would be the server's.
    await page.locator('#log[data-unacked="0"]').waitFor();
    await context.setOffline(true);
    await page.locator('#connection[data-state="lost"]').waitFor();
    await send(noah.page, `cancel spin ${day}`);
    await replies(noah.page, /Cancel Spin/)
      .nth(1)
      .waitFor();
    await noah.page.getByRole("button", { name: "Yes, cancel" }).last().click();
    await replies(noah.page, /Cancelled|cancelled/)
      .last()
      .waitFor();
    await page.waitForTimeout(2000);
    expect(await promoted.count()).toBe(1);
    await shot(page, "06-offline");

    await context.setOffline(false);
    await expect.poll(() => promoted.count(), { timeout: 30_000 }).toBe(2);
    await page.locator('#connection[data-state="open"]').waitFor();
    await page.waitForTimeout(2000);
    expect(await promoted.count()).toBe(2);
    expect(await page.locator("#log").getAttribute("data-duplicates")).toBe("0");
    await shot(page, "07-back-online-once");

    // A reload keeps the conversation (GET /api/history) and shows nothing twice: the same replies,
    // once each, in the same order; what Lena typed is there too.
    const replyIds = (p: Page) =>
      p.locator("#log article.theirs").evaluateAll((ns) => ns.map((n) => (n as HTMLElement).dataset.replyId));
    const before = await replyIds(page);
    expect(before.length).toBeLessThanOrEqual(50);
    // One more reply that reaches the page but is not acknowledged (the acknowledgement is lost):
    // after the reload it comes from the history and again from the stream, and is shown once.
    await page.route("**/api/ack", (route) => route.abort());
    await send(page, "passes");
    await expect.poll(async () => (await replyIds(page)).length, { timeout: 15_000 }).toBe(before.length + 1);
    await page.locator('#log:not([data-unacked="0"])').waitFor();
    const all = await replyIds(page);
    // The acknowledgement stays lost until the page is reloaded (a retry must not reach the server
    // first, or nothing would come twice and the check below would prove nothing).
    await page.reload();
    await ready(page);
    await page.unroute("**/api/ack");
    await page.locator('#connection[data-state="open"]').waitFor();
    await page.locator('#log[data-unacked="0"]').waitFor();
    await page.waitForTimeout(2000);
    expect(await replyIds(page)).toEqual(all);
    expect(await promoted.count()).toBe(2);
    expect(await page.locator("#log article.mine", { hasText: `book spin ${day} 6pm` }).count()).toBe(1);
    expect(await page.locator("#log article.mine", { hasText: "passes" }).count()).toBe(1);
    expect(await page.locator("#log").getAttribute("data-duplicates")).toBe("0");
    expect(lena.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED/.test(p))).toEqual([]);
  });

  it("joins the person who made a /link code on another platform, and the stream follows", async () => {
    const made = (await app.say("Maria", "/link")).join("\n");
    const code = /code: ([A-Z0-9-]{6,40})/.exec(made)?.[1];
    expect(code, made).toBeTruthy();
    const maria = await openPage(browser);
    const { page } = maria;
    await page.goto(chatUrl);
    await ready(page);
    await page.getByLabel("Link code").fill("NOPE0000");
    await page.getByRole("button", { name: "Link my account" }).click();
    await page.locator("#link-status.error").waitFor();
    expect(await page.locator("#who").textContent()).toMatch(/guest/);
    await page.getByLabel("Link code").fill(code ?? "");
    await page.getByRole("button", { name: "Link my account" }).click();
    await page.locator("#who", { hasText: "Signed in as Maria." }).waitFor();
    expect(await page.locator("#identity").isHidden()).toBe(true);
    // The stream now is Maria's: her passes from the console platform answer here.
    await send(page, "passes");
    await replies(page, /Unlimited Month/).waitFor();
    await shot(page, "08-linked-from-another-platform");
    expect(maria.problems.filter((p) => !p.includes("400"))).toEqual([]);
    await maria.context.close();
  });

  it("speaks a German browser's language: the page's labels and the scripts' own texts", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    await page.goto(chatUrl);
    await ready(page);
    expect(await page.getAttribute("html", "lang")).toBe("de");
    await page.getByRole("heading", { name: "Zum Buchen anmelden" }).waitFor();
    await page.getByRole("button", { name: "Senden", exact: true }).waitFor();
    await page.getByLabel("Nachricht", { exact: true }).waitFor();
    expect(await page.locator("#who").textContent()).toBe("Du bist als Gast hier.");
    expect(await page.locator("#link-hint kbd").textContent()).toBe("/link");
    expect(await page.title()).toContain("Chat und Kursplan");
    await context.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`is usable at 360 px wide in the ${colorScheme} scheme, at WCAG AA contrast`, async () => {
      const context = await browser.newContext({
        storageState: await lena.context.storageState(),
        viewport: { width: 360, height: 740 },
        colorScheme,
      });
      const page = await context.newPage();
      await page.goto(chatUrl);
      await ready(page);
      await send(page, "my bookings");
      await replies(page, /Spin/).last().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await lowContrast(page)).toEqual([]);
      await page.locator("#log button").first().focus();
      await shot(page, colorScheme === "light" ? "09-narrow-360px" : "10-narrow-dark");
      await context.close();
    });
  }
});
