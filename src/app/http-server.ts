import http, { type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { NoticeStatus } from "../ports/notice-runtime.ts";
import type { Readiness } from "./health.ts";

/**
 * The app's one HTTP server. GET /notices/status (or /, when nothing else is served) answers the notice queues' health as JSON;
 * 503 when it cannot tell. `fallback` serves every other request on the same port (the platforms'
 * HTTP receivers: Slack events, the Telegram webhook).
 */
export async function startHttpServer(opts: {
  port: number;
  host?: string;
  status: () => Promise<NoticeStatus>;
  /** GET /readyz: 200 when every dependency answers, else 503 (docs/reliability.md, "Health"). */
  ready?: () => Promise<Readiness>;
  /** GET /notices/uncertain: deliveries whose send may or may not have arrived, for an operator. */
  uncertain?: () => Promise<unknown[]>;
  fallback?: RequestListener;
  /** GET /calendar/<token>.ics: calendar subscriptions (answers false for other paths). */
  calendar?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (opts.calendar && path?.startsWith("/calendar/")) {
      opts.calendar(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(503).end();
      });
      return;
    }
    if (req.method === "GET" && path === "/healthz") {
      // Alive: the event loop answers. No dependency is checked (an outage must not restart us).
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok" }));
      return;
    }
    if (req.method === "GET" && path === "/notices/uncertain" && opts.uncertain) {
      opts
        .uncertain()
        .then((rows) =>
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ uncertain: rows })),
        )
        .catch((err: unknown) =>
          res
            .writeHead(503, { "content-type": "application/json" })
            .end(JSON.stringify({ error: String(err) })),
        );
      return;
    }
    if (req.method === "GET" && path === "/readyz" && opts.ready) {
      opts
        .ready()
        .then((r) =>
          res.writeHead(r.ready ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify(r)),
        )
        .catch((err: unknown) =>
          res
            .writeHead(503, { "content-type": "application/json" })
            .end(JSON.stringify({ ready: false, error: String(err) })),
        );
      return;
    }
    const isStatus = req.method === "GET" && (path === "/notices/status" || (path === "/" && !opts.fallback));
    if (!isStatus && opts.fallback) {
      opts.fallback(req, res);
      return;
    }
    if (!isStatus) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "not found" }));
      return;
    }
    opts
      .status()
      .then((s) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(s)))
      .catch((err: unknown) =>
        res
          .writeHead(503, { "content-type": "application/json" })
          .end(JSON.stringify({ error: String(err) })),
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "127.0.0.1", () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
