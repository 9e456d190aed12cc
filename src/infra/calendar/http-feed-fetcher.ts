import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { type CalendarFeedFetcher, FeedAddressRefusedError } from "../../ports/personal-store.ts";
import { isNonPublicAddress } from "../net/address-policy.ts";

export interface HttpFeedFetcherOptions {
  timeoutMs?: number;
  /** Larger feeds are refused rather than read into memory. */
  maxBytes?: number;
  /**
   * Let feeds load from loopback, private, link-local and other non-public addresses
   * (CALENDAR_FEEDS_ALLOW_PRIVATE, for self-hosted calendars on the same network). Off by default.
   */
  allowPrivate?: boolean;
  /** Redirects followed at most (each one checked like the first address). */
  maxRedirects?: number;
  /** Name resolution (tests give a fake DNS); node's resolver by default. */
  resolve?: typeof dnsLookup;
  /** Which addresses are refused; by default every non-public one (tests narrow it). */
  isBlocked?: (address: string) => boolean;
}

type Resolved = LookupAddress[];

/**
 * Reads an iCalendar feed over http(s) with a timeout, a size cap, and an address policy against
 * server-side request forgery: the host is resolved first and every address it resolves to must be
 * public, and the connection is made to exactly the address that was checked (so a DNS answer that
 * changes between check and connect cannot slip through). Redirects are followed by hand, each hop
 * checked the same way. Errors carry a short reason for the logs and the feed's lastError, never
 * the body.
 */
export function createHttpFeedFetcher(opts: HttpFeedFetcherOptions = {}): CalendarFeedFetcher {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxBytes = opts.maxBytes ?? 5_000_000;
  const maxRedirects = opts.maxRedirects ?? 5;
  const resolve = opts.resolve ?? dnsLookup;
  const blocked = opts.allowPrivate === true ? () => false : (opts.isBlocked ?? isNonPublicAddress);

  const refuse = (host: string, address: string): never => {
    throw new FeedAddressRefusedError(
      `address not allowed: ${host} is ${address}, not a public address (CALENDAR_FEEDS_ALLOW_PRIVATE)`,
    );
  };

  /** Resolves every address of the host, refusing the whole name if any one is not public. */
  const checkedLookup: LookupFunction = (hostname, options, callback) => {
    resolve(hostname, { all: true, family: options.family ?? 0 }, (err, addresses) => {
      if (err) return callback(err, "", 0);
      const list = addresses as unknown as Resolved;
      if (list.length === 0) return callback(new Error(`no address for ${hostname}`), "", 0);
      const bad = list.find((a) => blocked(a.address));
      if (bad) {
        try {
          refuse(hostname, bad.address);
        } catch (e) {
          return callback(e as Error, "", 0);
        }
      }
      if (options.all) return (callback as unknown as (e: null, a: Resolved) => void)(null, list);
      const first = list[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };

  const parse = (raw: string | URL): URL => {
    const u = new URL(raw);
    if (u.protocol !== "https:" && u.protocol !== "http:")
      throw new Error(`unsupported scheme ${u.protocol}`);
    // A literal IP never goes through the resolver: checked here.
    const host = u.hostname.replace(/^\[(.*)\]$/, "$1");
    if (isIP(host) && blocked(host)) refuse(u.hostname, host);
    return u;
  };

  const get = (u: URL, signal: AbortSignal): Promise<IncomingMessage> =>
    new Promise((ok, fail) => {
      const options: RequestOptions = {
        method: "GET",
        lookup: checkedLookup,
        signal,
        headers: { accept: "text/calendar, text/plain;q=0.5, */*;q=0.1" },
      };
      const req = (u.protocol === "https:" ? httpsRequest : httpRequest)(u, options, ok);
      req.on("error", fail);
      req.end();
    });

  return {
    async fetch(url: string): Promise<string> {
      const signal = AbortSignal.timeout(timeoutMs);
      let u = parse(url);
      for (let hop = 0; ; hop++) {
        const res = await get(u, signal);
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          if (hop >= maxRedirects) throw new Error(`more than ${maxRedirects} redirects`);
          u = parse(new URL(res.headers.location, u));
          continue;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          throw new Error(`HTTP ${status}`);
        }
        const declared = Number(res.headers["content-length"] ?? "0");
        if (declared > maxBytes) {
          res.destroy();
          throw new Error(`feed larger than ${maxBytes} bytes`);
        }
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of res) {
          const b = chunk as Buffer;
          size += b.byteLength;
          if (size > maxBytes) {
            res.destroy();
            throw new Error(`feed larger than ${maxBytes} bytes`);
          }
          chunks.push(b);
        }
        return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
      }
    },
  };
}
