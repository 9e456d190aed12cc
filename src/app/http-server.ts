import crypto from "node:crypto";
import http, { type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { NoticeStatus } from "../ports/notice-runtime.ts";
import type { Readiness } from "./health.ts";

/**
 * The app's one HTTP server. Open to anyone: GET /healthz and /readyz (docs/reliability.md,
 * "Health"), calendar subscriptions, and the platforms' receivers (`fallback`: Slack events, the
 * Telegram webhook). For the operator only, with `Authorization: Bearer <ADMIN_TOKEN>`:
 * GET /notices/status, /notices/uncertain and /metrics; with no admin token set they answer 404
 * as if they did not exist, and a wrong or missing token gets 401.
 */
export interface HttpServerOptions {
  port: number;
  host?: string;
  /** GET /notices/status: the notice queues' health as JSON; 503 when it cannot tell. */
  status: () => Promise<NoticeStatus>;
  /** GET /readyz: 200 when every dependency answers, else 503 (docs/reliability.md, "Health"). */
  ready?: () => Promise<Readiness>;
  /** GET /notices/uncertain: deliveries whose send may or may not have arrived, for an operator. */
  uncertain?: () => Promise<unknown[]>;
  /** GET /metrics: Prometheus text format. */
  metrics?: () => Promise<{ contentType: string; body: string }>;
  /** The bearer token of the operator endpoints; unset: they answer 404. */
  adminToken?: string;
  /** Every other request (the platforms' receivers). */
  fallback?: RequestListener;
  /** GET /calendar/<token>.ics: calendar subscriptions (answers false for other paths). */
  calendar?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

/** How long a stop waits for open answers (event streams) before it cuts them. */
const STREAMS_GRACE_MS = 1_000;

const json = (res: ServerResponse, code: number, body: unknown) =>
  res.writeHead(code, { "content-type": "application/json" }).end(JSON.stringify(body));

/** Compares in constant time (for equal lengths; a length mismatch says only that it is wrong). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer (.+)$/i.exec(header ?? "");
  if (!m?.[1]) return false;
  const given = crypto.createHash("sha256").update(m[1].trim()).digest();
  const wanted = crypto.createHash("sha256").update(token).digest();
  return crypto.timingSafeEqual(given, wanted);
}

const isAdminPath = (path: string) => path === "/metrics" || path.startsWith("/notices/");

export async function startHttpServer(
  opts: HttpServerOptions,
): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (opts.calendar && path.startsWith("/calendar/")) {
      opts.calendar(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(503).end();
      });
      return;
    }
    if (req.method === "GET" && path === "/healthz") {
      // Alive: the event loop answers. No dependency is checked (an outage must not restart us).
      json(res, 200, { status: "ok" });
      return;
    }
    if (req.method === "GET" && path === "/readyz" && opts.ready) {
      opts
        .ready()
        .then((r) => json(res, r.ready ? 200 : 503, r))
        .catch((err: unknown) => json(res, 503, { ready: false, error: String(err) }));
      return;
    }
    if (isAdminPath(path)) {
      req.resume();
      if (!opts.adminToken) return json(res, 404, { error: "not found" });
      if (!bearerMatches(req.headers.authorization, opts.adminToken))
        return res
          .writeHead(401, { "content-type": "application/json", "www-authenticate": "Bearer" })
          .end(JSON.stringify({ error: "unauthorized" }));
      const answer = admin(req.method ?? "GET", path);
      if (!answer) return json(res, 404, { error: "not found" });
      answer.then(
        (a) => res.writeHead(200, { "content-type": a.contentType }).end(a.body),
        (err: unknown) => json(res, 503, { error: String(err) }),
      );
      return;
    }
    if (opts.fallback) {
      opts.fallback(req, res);
      return;
    }
    req.resume();
    json(res, 404, { error: "not found" });
  });

  /** The operator endpoints (already authorized); null: no such endpoint. */
  function admin(method: string, path: string): Promise<{ contentType: string; body: string }> | null {
    if (method !== "GET") return null;
    const asJson = (p: Promise<unknown>) =>
      p.then((body) => ({ contentType: "application/json", body: JSON.stringify(body) }));
    if (path === "/notices/status") return asJson(opts.status());
    if (path === "/notices/uncertain" && opts.uncertain)
      return asJson(opts.uncertain().then((rows) => ({ uncertain: rows })));
    if (path === "/metrics" && opts.metrics) return opts.metrics();
    return null;
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "127.0.0.1", () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Long-lived answers (the web chat's event streams) end after a grace instead of holding the stop.
        setTimeout(() => server.closeAllConnections(), STREAMS_GRACE_MS).unref();
      }),
  };
}
