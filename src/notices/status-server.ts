import http from "node:http";
import type { AddressInfo } from "node:net";
import type { NoticeStatus } from "./status.ts";

/** GET /notices/status (or /) answers the notice queues' health as JSON; 503 when it cannot tell. */
export async function startNoticeStatusServer(opts: {
  port: number;
  host?: string;
  status: () => Promise<NoticeStatus>;
}): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" || (path !== "/" && path !== "/notices/status")) {
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
