import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { WEB_MAX_BODY_BYTES } from "./limits.ts";
import { ERRORS } from "./texts.ts";

/** The page's Content-Security-Policy: nothing inline, everything from this origin; any site may frame it (the embed). */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors *",
].join("; ");

/** Headers on every answer of the web chat. */
export function securityHeaders(res: ServerResponse, https: boolean): void {
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("referrer-policy", "no-referrer");
  res.setHeader("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=()");
  res.setHeader("cross-origin-opener-policy", "same-origin");
  if (https) res.setHeader("strict-transport-security", "max-age=31536000");
}

export function json(
  res: ServerResponse,
  code: number,
  body?: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  if (code === 204 || body === undefined) {
    res.writeHead(code, { "cache-control": "no-store", ...headers }).end();
    return;
  }
  res
    .writeHead(code, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      ...headers,
    })
    .end(JSON.stringify(body));
}

export const fail = (
  res: ServerResponse,
  code: number,
  error: string,
  headers: Record<string, string> = {},
) => json(res, code, { error }, headers);

export function cookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const k = part.slice(0, at).trim();
    if (k && !(k in out)) out[k] = part.slice(at + 1).trim();
  }
  return out;
}

export const SESSION_COOKIE = "sid";

/**
 * The session cookie: HttpOnly, Path=/chat. Over https it is `SameSite=None; Secure; Partitioned`,
 * so the chat embedded in a studio's own website (an iframe on another site) keeps its session, in a
 * jar of that site's own (CHIPS); over plain http (a laptop) `SameSite=Lax`. Cross-site requests
 * are refused either way by the CSRF token and the Origin check.
 */
export function sessionCookie(sid: string, https: boolean, maxAgeS: number): string {
  return [
    `${SESSION_COOKIE}=${sid}`,
    "HttpOnly",
    ...(https ? ["SameSite=None", "Secure", "Partitioned"] : ["SameSite=Lax"]),
    "Path=/chat",
    `Max-Age=${maxAgeS}`,
  ].join("; ");
}

export function sameSecret(given: string | undefined, wanted: string): boolean {
  if (!given) return false;
  const a = crypto.createHash("sha256").update(given).digest();
  const b = crypto.createHash("sha256").update(wanted).digest();
  return crypto.timingSafeEqual(a, b);
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a JSON body of at most WEB_MAX_BODY_BYTES: 413 beyond, 415 without JSON, 400 when it does not parse. */
export async function readJson(req: IncomingMessage, max = WEB_MAX_BODY_BYTES): Promise<unknown> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > max) {
    req.resume();
    throw new HttpError(413, ERRORS.tooLarge);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      req.resume();
      throw new HttpError(413, ERRORS.tooLarge);
    }
    chunks.push(chunk);
  }
  if (size === 0) return {};
  if (type !== "application/json") throw new HttpError(415, ERRORS.notJson);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, ERRORS.badJson);
  }
}

export const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/** Which proxies in front of the app are trusted to say who the client is (TRUST_PROXY). */
export type TrustProxy = { hops: number } | { addresses: string[] };

/** "::ffff:10.0.0.1" is 10.0.0.1. */
export const plainAddress = (a: string): string => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(a) ? a.slice(7) : a);

/**
 * The client's address, for rate limits: the socket's, unless the peer is a trusted proxy; then the
 * address the trusted proxies appended to X-Forwarded-For, read from the right. Never trusted (the
 * default), X-Forwarded-For is ignored: anyone can send one.
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy = { hops: 0 }): string {
  const socket = plainAddress(req.socket.remoteAddress ?? "unknown");
  const header = req.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((a) => plainAddress(a.trim()))
    .filter(Boolean);
  // The nearest hop last: [client, proxy 1, ..., the peer on the socket].
  const chain = [...forwarded, socket];
  if ("hops" in trust) return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? socket;
  let at = chain.length - 1;
  while (at > 0 && trust.addresses.includes(chain[at] ?? "")) at -= 1;
  return chain[at] ?? socket;
}
