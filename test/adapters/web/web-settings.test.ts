import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { trustProxyOf, webOptionsFrom } from "../../../adapters/web/env.ts";
import { clientAddress, sessionCookie } from "../../../adapters/web/http-util.ts";
import { webCapabilities } from "../../../adapters/web/index.ts";
import { blocksText, renderReply } from "../../../adapters/web/render.ts";
import { slugOf } from "../../../adapters/web/studios.ts";
import { inputOf } from "../../../adapters/web/to-input.ts";
import { APP_PLATFORMS } from "../../../src/app/adapters.ts";
import { parseEnv } from "../../../src/app/env.ts";

const env = (settings: Record<string, string>) => {
  const parsed = parseEnv(settings);
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  return parsed.env;
};
const web = APP_PLATFORMS.registry.find((p) => p.platform === "web")!;

describe("the web chat's settings and rendering", () => {
  it("is on with the embedded database and off with DATABASE_URL unless asked; asked there, it needs PUBLIC_URL", () => {
    expect(web.configured(env({}))).toBe(true);
    expect(web.configured(env({ WEB_CHAT: "off" }))).toBe(false);
    const db = "postgresql://u@h/db";
    expect(web.configured(env({ DATABASE_URL: db }))).toBe(false);
    expect(
      web.configured(env({ DATABASE_URL: db, WEB_CHAT: "on", PUBLIC_URL: "https://book.example.org" })),
    ).toBe(true);
    const refused = parseEnv({ DATABASE_URL: db, WEB_CHAT: "on" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems.join("\n")).toMatch(/PUBLIC_URL is required with WEB_CHAT=on/);
    const bad = parseEnv({ WEB_CHAT: "yes", WEB_CHAT_LINKS: "Telegram=http://insecure" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems.join("\n")).toMatch(/WEB_CHAT must be on or off/);
      expect(bad.problems.join("\n")).toMatch(/WEB_CHAT_LINKS must be Name=https/);
    }
  });

  it("on the embedded database it does not make the app run the bots: npm start opens the console beside it", () => {
    expect(APP_PLATFORMS.anyConfigured(env({}))).toBe(false);
    expect(APP_PLATFORMS.anyConfigured(env({ WEB_CHAT: "on" }))).toBe(false);
    // Asked for on a real database, it is a platform of its own: a studio may run the web chat alone.
    const real = env({
      DATABASE_URL: "postgresql://u@h/db",
      WEB_CHAT: "on",
      PUBLIC_URL: "https://book.example.org",
    });
    expect(APP_PLATFORMS.anyConfigured(real)).toBe(true);
    expect(APP_PLATFORMS.anyConfigured(env({ DATABASE_URL: "postgresql://u@h/db" }))).toBe(false);
    expect(webCapabilities).toMatchObject({
      forms: "modal",
      buttons: "tap",
      markup: "plain",
      startLinks: false,
    });
  });

  it("keeps the session in an embed on another site over https (SameSite=None, Secure, Partitioned), Lax over http", () => {
    expect(sessionCookie("abc", true, 60)).toBe(
      "sid=abc; HttpOnly; SameSite=None; Secure; Partitioned; Path=/chat; Max-Age=60",
    );
    expect(sessionCookie("abc", false, 60)).toBe("sid=abc; HttpOnly; SameSite=Lax; Path=/chat; Max-Age=60");
  });

  it("takes the client address from X-Forwarded-For only behind trusted proxies (TRUST_PROXY)", () => {
    const req = (socket: string, xff?: string) =>
      ({
        socket: { remoteAddress: socket },
        headers: xff === undefined ? {} : { "x-forwarded-for": xff },
      }) as unknown as IncomingMessage;
    // Not trusted (the default): a forged header changes nothing.
    expect(clientAddress(req("::ffff:10.0.0.2", "6.6.6.6"))).toBe("10.0.0.2");
    expect(clientAddress(req("10.0.0.2", "6.6.6.6"), { hops: 0 })).toBe("10.0.0.2");
    // One proxy: the address it appended, whatever the client put before it.
    expect(clientAddress(req("10.0.0.2", "6.6.6.6, 203.0.113.7"), { hops: 1 })).toBe("203.0.113.7");
    expect(clientAddress(req("10.0.0.2", "203.0.113.7"), { hops: 2 })).toBe("203.0.113.7");
    expect(clientAddress(req("10.0.0.2"), { hops: 1 })).toBe("10.0.0.2");
    // Named proxies: skipped from the right; the first address that is not one is the client.
    const named = { addresses: ["10.0.0.2", "10.0.0.3"] };
    expect(clientAddress(req("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.3"), named)).toBe("203.0.113.7");
    // A peer that is not a named proxy is the client itself: its header is not believed.
    expect(clientAddress(req("198.51.100.9", "6.6.6.6"), named)).toBe("198.51.100.9");

    expect(trustProxyOf(undefined)).toEqual({ hops: 0 });
    expect(trustProxyOf("1")).toEqual({ hops: 1 });
    expect(trustProxyOf("10.0.0.2, ::1")).toEqual({ addresses: ["10.0.0.2", "::1"] });
    expect(webOptionsFrom(env({ TRUST_PROXY: "2" }))?.trustProxy).toEqual({ hops: 2 });
    for (const bad of ["yes", "11", "10.0.0.0/8", "1,2"]) {
      const parsed = parseEnv({ TRUST_PROXY: bad });
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok)
        expect(parsed.problems.join("\n")).toMatch(/TRUST_PROXY must be the number of reverse proxies/);
    }
  });

  it("derives a studio's slug from its name", () => {
    expect(slugOf("Harbour Studio")).toBe("harbour-studio");
    expect(slugOf("  Café Ümlaut & Yoga!! ")).toBe("cafe-umlaut-yoga");
    expect(slugOf("<script>")).toBe("script");
    expect(slugOf("***")).toBe("studio");
  });

  it("renders a reply as plain blocks and a guest's text as a read-only question", () => {
    const blocks = renderReply({
      visibility: "private",
      title: "Sessions",
      lines: ["<b>not markup</b>"],
      sections: [{ heading: "Tuesday", lines: ["Spin 18:00"] }],
      buttons: [[{ label: "Book", data: "1bk.x", style: "primary" }]],
      form: {
        data: "1fs.co.x",
        title: "Cancel",
        submitLabel: "Send",
        fields: [{ name: "reason", label: "Reason", kind: "text", multiline: true, optional: true }],
      },
    });
    expect(blocks).toEqual([
      { type: "title", text: "Sessions" },
      { type: "text", text: "<b>not markup</b>" },
      { type: "title", text: "Tuesday" },
      { type: "list", items: ["Spin 18:00"] },
      { type: "buttons", buttons: [{ label: "Book", data: "1bk.x", style: "primary" }] },
      {
        type: "form",
        id: "1fs.co.x",
        title: "Cancel",
        submit: "Send",
        fields: [{ name: "reason", label: "Reason", kind: "textarea", required: false }],
      },
    ]);
    expect(
      blocksText(renderReply({ visibility: "private", title: "News", lines: ["a", "b"] }, "notice")),
    ).toBe("News\na\nb");
    expect(inputOf({ text: "book spin tomorrow" }, true)).toEqual({
      kind: "command",
      name: "sessions",
      args: "book spin tomorrow",
    });
    expect(inputOf({ text: "/book spin" }, false)).toEqual({ kind: "command", name: "book", args: "spin" });
  });
});
