import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chromiumInstalled, chromiumMissing, launchChromium, openPage } from "./support/chromium.ts";
import { lowContrast } from "./support/contrast.ts";
import { startPageServer } from "./support/page-server.ts";

/**
 * The page itself, in chromium, against a scripted stand-in for the server (support/page-server.ts)
 * under the same strict CSP: every block type renders natively, server text never becomes markup,
 * duplicates are shown once, every reply is acknowledged, a dropped stream comes back.
 */
const describeBrowser = chromiumInstalled ? describe : describe.skip;

const hostile = `<img src=x onerror="document.body.dataset.pwned='1'"><b>bold?</b>`;
const timetable = {
  studio: "Harbour <Studio>",
  weekStart: "2026-12-07",
  days: [
    {
      date: "2026-12-08",
      label: "Tuesday 8 December",
      sessions: [
        {
          id: "s1",
          title: "Morning Flow",
          starts: "2026-12-08T07:00:00+01:00",
          ends: "2026-12-08T08:00:00+01:00",
          trainer: "Tara",
          space: "Studio A",
          spotsLeft: 11,
          full: false,
        },
        {
          id: "s2",
          title: "Spin",
          starts: "2026-12-08T18:00:00+01:00",
          ends: "2026-12-08T18:45:00+01:00",
          trainer: "Sam",
          space: "Spin Room",
          spotsLeft: 0,
          full: true,
        },
      ],
    },
    { date: "2026-12-09", label: "Wednesday 9 December", sessions: [] },
  ],
  platforms: [{ name: "Telegram", url: "https://t.me/demo_studio_bot" }],
};

describeBrowser(`the web chat page in chromium${chromiumMissing}`, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startPageServer>>;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startPageServer({ studioName: "Harbour <Studio>", slug: "harbour-studio", timetable });
  });
  // Closed even when a test fails, so a page left open never answers another test's stream.
  const contexts: BrowserContext[] = [];
  const open = async (options?: Parameters<typeof openPage>[1]) => {
    const opened = await openPage(browser, options);
    contexts.push(opened.context);
    return opened;
  };
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("renders every block natively, server text as text only, and posts buttons and forms with the CSRF token", async () => {
    const { page, problems } = await open();
    await page.goto(server.url);
    await page.locator("body[data-ready=true]").waitFor();
    await expect.poll(() => server.connections()).toBeGreaterThan(0);
    // The studio's name is escaped by the server and shown as written.
    expect(await page.locator("h1").textContent()).toBe("Harbour <Studio>");
    server.push({
      id: "r1",
      at: "2026-12-08T10:00:00Z",
      blocks: [
        { type: "title", text: "Spin, Tue 8 Dec 18:00" },
        { type: "text", text: hostile },
        { type: "list", items: ["one", hostile] },
        {
          type: "buttons",
          buttons: [
            { label: "Book", data: "book:s2", style: "primary" },
            { label: "Cancel it", data: "cancel:s2", style: "danger" },
          ],
        },
        {
          type: "form",
          id: "template-add",
          title: "New template",
          submit: "Save template",
          fields: [
            { name: "name", label: "Name", kind: "text", required: true, placeholder: "Barre Basics" },
            { name: "notes", label: "Notes", kind: "textarea", required: false },
            {
              name: "type",
              label: "Training type",
              kind: "select",
              required: true,
              options: [
                { label: "Yoga", value: "t1" },
                { label: "Spin", value: "t2" },
              ],
              value: "t2",
            },
            { name: "capacity", label: "Capacity", kind: "number", required: true, value: "12" },
            { name: "from", label: "First day", kind: "date", required: false },
          ],
        },
        { type: "notice", text: "You're in: a spot opened up." },
      ],
    });
    const reply = page.locator('article[data-reply-id="r1"]');
    await reply.waitFor();
    expect(await reply.locator("h3").textContent()).toBe("Spin, Tue 8 Dec 18:00");
    expect(await reply.locator("p.reply-text").textContent()).toBe(hostile);
    expect(await reply.locator("li").allTextContents()).toEqual(["one", hostile]);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    expect(await reply.locator(".notice").textContent()).toBe("You're in: a spot opened up.");

    await reply.getByRole("button", { name: "Book" }).click();
    await expect
      .poll(() => server.posted.find((p) => p.path === "messages"))
      .toEqual({
        path: "messages",
        body: { button: "book:s2", id: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) },
        csrf: "csrf-1",
      });
    // Every control of the form is named by its label.
    await reply.getByLabel("Name").fill("Barre Basics");
    await reply.getByLabel("Notes").fill("Bring socks");
    expect(await reply.getByLabel("Training type").inputValue()).toBe("t2");
    await reply.getByLabel("Capacity").fill("10");
    await reply.getByLabel("First day").fill("2026-12-14");
    await reply.getByRole("button", { name: "Save template" }).click();
    await expect
      .poll(() => server.posted.find((p) => p.path === "messages" && "form" in (p.body as object))?.body)
      .toEqual({
        form: {
          id: "template-add",
          values: {
            name: "Barre Basics",
            notes: "Bring socks",
            type: "t2",
            capacity: "10",
            from: "2026-12-14",
          },
        },
        id: expect.any(String),
      });
    await expect.poll(() => server.acked).toContain("r1");
    expect(problems).toEqual([]);
  });

  it("shows a reply sent twice once, acknowledges both, and comes back after the server drops the stream", async () => {
    const { page, problems } = await open();
    const before = server.connections();
    await page.goto(server.url);
    await page.locator("body[data-ready=true]").waitFor();
    await expect.poll(() => server.connections()).toBe(before + 1);
    const reply = { id: "r2", at: "2026-12-08T10:01:00Z", blocks: [{ type: "text", text: "once" }] };
    server.push(reply);
    server.push(reply);
    await expect.poll(() => page.locator('#log [data-reply-id="r2"]').count()).toBe(1);
    await expect.poll(() => page.locator("#log").getAttribute("data-duplicates")).toBe("1");
    await expect.poll(() => server.acked.filter((id) => id === "r2").length).toBeGreaterThanOrEqual(1);

    server.dropStreams();
    await expect.poll(() => server.connections(), { timeout: 15_000 }).toBe(before + 2);
    server.push({ id: "r3", at: "2026-12-08T10:02:00Z", blocks: [{ type: "text", text: "after the drop" }] });
    await page.locator('[data-reply-id="r3"]').waitFor();
    await expect.poll(() => page.locator("#connection").getAttribute("data-state")).toBe("open");
    expect(problems).toEqual([]);
  });

  it("sends typed messages, links a code, and shows the timetable with links to book on each platform", async () => {
    const { page, problems } = await open({ viewport: { width: 360, height: 780 } });
    await page.goto(server.url);
    await page.locator("body[data-ready=true]").waitFor();
    expect(await page.locator("#who").textContent()).toMatch(/guest/);
    const spin = page.locator(".session", { hasText: "Spin" });
    expect(await spin.locator(".spots").textContent()).toMatch(/Full/);
    expect(await spin.locator(".when").textContent()).toMatch(/18:00/);
    expect(await page.getByRole("link", { name: "Telegram" }).getAttribute("href")).toBe(
      "https://t.me/demo_studio_bot",
    );
    expect(await page.locator("#days section", { hasText: "Wednesday" }).textContent()).toMatch(/Nothing on/);
    // Nothing overflows a 360 px screen sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.getByLabel("Message").fill("what's on tomorrow");
    await page.keyboard.press("Enter");
    await expect
      .poll(() =>
        server.posted.some((p) => p.path === "messages" && JSON.stringify(p.body).includes("tomorrow")),
      )
      .toBe(true);
    expect(await page.locator("#log .mine").last().textContent()).toMatch(/what's on tomorrow/);

    await page.getByLabel("Link code").fill("WRONG");
    await page.getByRole("button", { name: "Link my account" }).click();
    await expect.poll(() => page.locator("#link-status").textContent()).toBe("That code is not valid.");
    await page.getByLabel("Link code").fill("ABC123");
    await page.getByRole("button", { name: "Link my account" }).click();
    await expect.poll(() => page.locator("#who").textContent()).toBe("Signed in as Maria.");
    expect(await page.locator("#identity").isHidden()).toBe(true);
    expect(problems.filter((p) => !p.includes("400"))).toEqual([]);
    server.session.guest = true;
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`keeps every text at WCAG AA contrast in the ${colorScheme} scheme, with a visible focus ring`, async () => {
      const { page, problems } = await open({
        colorScheme,
        viewport: { width: 360, height: 900 },
      });
      await page.goto(server.url);
      await page.locator("body[data-ready=true]").waitFor();
      server.push({
        id: `c-${colorScheme}`,
        at: "2026-12-08T10:03:00Z",
        blocks: [
          { type: "title", text: "Your bookings" },
          { type: "list", items: ["Spin, Tue 18:00"] },
          { type: "notice", text: "A spot opened up: you're booked." },
          {
            type: "buttons",
            buttons: [
              { label: "Keep", data: "k", style: "primary" },
              { label: "Cancel", data: "c", style: "danger" },
              { label: "Later", data: "l" },
            ],
          },
        ],
      });
      await page.locator(`[data-reply-id="c-${colorScheme}"]`).waitFor();
      await page.getByLabel("Message").fill("hello");
      await page.keyboard.press("Enter");
      await page.getByLabel("Link code").fill("WRONG");
      await page.getByRole("button", { name: "Link my account" }).click();
      await expect.poll(() => page.locator("#link-status").textContent()).toMatch(/not valid/);
      const dark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
      expect(dark).toBe(colorScheme === "dark");
      expect(await lowContrast(page)).toEqual([]);
      // The keyboard focus is drawn: a 3 px outline in the focus colour.
      await page.getByRole("button", { name: "Keep" }).focus();
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return {
          style: style.outlineStyle,
          width: style.outlineWidth,
          text: document.activeElement?.textContent,
        };
      });
      expect(outline).toEqual({ style: "solid", width: "3px", text: "Keep" });
      expect(problems.filter((p) => !p.includes("400"))).toEqual([]);
    });
  }

  it("embeds with one script tag: an iframe to /chat/<studio> with an accessible name", async () => {
    const { page } = await open();
    await page.goto(server.url.replace(/\/chat\/.*$/, "/host.html"));
    const frame = page.locator("iframe[data-booking-chat]");
    await frame.waitFor();
    expect(await frame.getAttribute("src")).toBe(server.url);
    expect(await frame.getAttribute("title")).toMatch(/Chat with the studio/);
    // And a way out when the browser keeps the frame from remembering the visitor.
    expect(await page.locator("a[data-booking-chat-open]").getAttribute("href")).toBe(server.url);
    expect(await page.locator("a[data-booking-chat-open]").getAttribute("target")).toBe("_blank");
    const inner = page.frameLocator("iframe[data-booking-chat]");
    expect(await inner.locator("h1").textContent()).toBe("Harbour <Studio>");
  });
});
