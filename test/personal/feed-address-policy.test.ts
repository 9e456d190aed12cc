import type { LookupAddress } from "node:dns";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../../src/app/env.ts";
import { createHttpFeedFetcher } from "../../src/infra/calendar/http-feed-fetcher.ts";
import { isNonPublicAddress } from "../../src/infra/net/address-policy.ts";
import { FeedAddressRefusedError } from "../../src/ports/personal-store.ts";

const ICS = fs.readFileSync(path.join(import.meta.dirname, "../data/trainer-busy.ics"), "utf8");

describe("which addresses a feed may not come from", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["0.0.0.0", true],
    ["10.1.2.3", true],
    ["172.16.0.1", true],
    ["172.31.255.255", true],
    ["192.168.1.20", true],
    ["169.254.169.254", true], // cloud metadata
    ["100.64.0.1", true],
    ["224.0.0.1", true],
    ["255.255.255.255", true],
    ["::1", true],
    ["::", true],
    ["[::1]", true],
    ["fd12:3456::1", true], // unique-local
    ["fc00::1", true],
    ["fe80::1%eth0", true], // link-local with a zone
    ["::ffff:127.0.0.1", true], // IPv4-mapped loopback
    ["::ffff:7f00:1", true],
    ["64:ff9b::a9fe:a9fe", true], // NAT64 of 169.254.169.254
    ["not-an-address", true],
    ["93.184.216.34", false],
    ["172.32.0.1", false],
    ["8.8.8.8", false],
    ["2606:4700:4700::1111", false],
  ])("%s -> non-public %s", (address, expected) => {
    expect(isNonPublicAddress(address)).toBe(expected);
  });
});

/** A fake DNS: names to the addresses they answer with. */
const fakeDns =
  (table: Record<string, string[]>) =>
  (hostname: string, _opts: unknown, cb: (e: NodeJS.ErrnoException | null, a: LookupAddress[]) => void) => {
    const found = table[hostname];
    if (!found) return cb(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), []);
    cb(
      null,
      found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
    );
  };

describe("the feed fetcher refuses non-public addresses, after DNS and on redirects", () => {
  let server: http.Server;
  let port = 0;
  let hits: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push(req.url ?? "");
      const to = /^\/redirect\?to=(.*)$/.exec(req.url ?? "");
      if (req.url === "/loop") res.writeHead(301, { location: "/loop" }).end();
      else if (to) res.writeHead(302, { location: decodeURIComponent(to[1] ?? "") }).end();
      else res.writeHead(200, { "content-type": "text/calendar" }).end(ICS);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
  });

  it("refuses loopback, private and metadata addresses, literal or resolved, without connecting", async () => {
    hits = [];
    const f = createHttpFeedFetcher({
      timeoutMs: 2000,
      resolve: fakeDns({
        "loop.example.com": ["127.0.0.1"],
        "intranet.example.com": ["10.0.0.5"],
        "metadata.example.com": ["169.254.169.254"],
        "mixed.example.com": ["93.184.216.34", "192.168.1.1"],
        "ula.example.com": ["fd00::5"],
      }) as never,
    });
    for (const url of [
      `http://127.0.0.1:${port}/a.ics`,
      `http://[::1]:${port}/a.ics`,
      `http://0.0.0.0:${port}/a.ics`,
      `http://2130706433:${port}/a.ics`, // 127.0.0.1 written as one number
      `http://[::ffff:127.0.0.1]:${port}/a.ics`,
      "http://169.254.169.254/latest/meta-data/",
      `http://loop.example.com:${port}/a.ics`,
      "https://intranet.example.com/cal.ics",
      "http://metadata.example.com/latest/meta-data/",
      "https://mixed.example.com/cal.ics",
      "https://ula.example.com/cal.ics",
    ])
      await expect(f.fetch(url), url).rejects.toBeInstanceOf(FeedAddressRefusedError);
    await expect(f.fetch("file:///etc/passwd")).rejects.toThrow(/unsupported scheme/);
    await expect(f.fetch("gopher://example.com/")).rejects.toThrow(/unsupported scheme/);
    expect(hits).toEqual([]);
  });

  it("checks every redirect like the first address", async () => {
    hits = [];
    // Here (and only here) 127.0.0.1 counts as public, standing in for a public calendar host.
    const f = createHttpFeedFetcher({
      timeoutMs: 2000,
      isBlocked: (a) => a !== "127.0.0.1" && isNonPublicAddress(a),
      resolve: fakeDns({
        "cal.example.com": ["127.0.0.1"],
        "metadata.example.com": ["169.254.169.254"],
      }) as never,
    });
    const via = (to: string) => `http://cal.example.com:${port}/redirect?to=${encodeURIComponent(to)}`;
    expect(await f.fetch(via(`http://cal.example.com:${port}/ok.ics`))).toBe(ICS);
    await expect(f.fetch(via("http://169.254.169.254/latest/meta-data/"))).rejects.toBeInstanceOf(
      FeedAddressRefusedError,
    );
    await expect(f.fetch(via("http://metadata.example.com/x"))).rejects.toBeInstanceOf(
      FeedAddressRefusedError,
    );
    await expect(f.fetch(via(`http://[::1]:${port}/a.ics`))).rejects.toBeInstanceOf(FeedAddressRefusedError);
    await expect(f.fetch(via("file:///etc/passwd"))).rejects.toThrow(/unsupported scheme/);
    // A redirect loop ends.
    await expect(f.fetch(via("/loop"))).rejects.toThrow(/more than 5 redirects/);
    expect(hits.filter((h) => h.startsWith("/ok.ics"))).toHaveLength(1);
  });

  it("lets private addresses through with the operator setting (self-hosted calendars)", async () => {
    const f = createHttpFeedFetcher({ allowPrivate: true, timeoutMs: 2000 });
    expect(await f.fetch(`http://127.0.0.1:${port}/a.ics`)).toBe(ICS);
    expect(await f.fetch(`http://localhost:${port}/a.ics`)).toBe(ICS);
    const on = parseEnv({ CALENDAR_FEEDS_ALLOW_PRIVATE: "true" });
    const off = parseEnv({});
    expect(on.ok && on.env.CALENDAR_FEEDS_ALLOW_PRIVATE).toBe(true);
    expect(off.ok && off.env.CALENDAR_FEEDS_ALLOW_PRIVATE).toBe(false);
    expect(parseEnv({ CALENDAR_FEEDS_ALLOW_PRIVATE: "maybe" })).toMatchObject({
      ok: false,
      problems: ["CALENDAR_FEEDS_ALLOW_PRIVATE: CALENDAR_FEEDS_ALLOW_PRIVATE must be true or false"],
    });
  });
});
