import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { NoticeStatus } from "../ports/notice-runtime.ts";
import { startHttpServer } from "./http-server.ts";

type Route = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * The local console's calendar links (issue 25): without PUBLIC_URL the console serves calendar
 * subscriptions on 127.0.0.1 itself, so `/calendar link` hands out a link that opens. The port is
 * PORT in the interactive console (another free one when PORT is taken) and any free one in script
 * mode (scripts run side by side). The route is set once the core exists (`serve`).
 */
export async function startConsoleCalendar(port: number, script: boolean) {
  let route: Route | null = null;
  let others: RequestListener | null = null;
  const calendar: Route = (req, res) => (route ? route(req, res) : Promise.resolve(false));
  const fallback: RequestListener = (req, res) => {
    if (others) return others(req, res);
    req.resume();
    res.writeHead(404).end();
  };
  const status = async (): Promise<NoticeStatus> => {
    throw new Error("no notice queues in the console");
  };
  const start = (p: number) => startHttpServer({ port: p, host: "127.0.0.1", status, calendar, fallback });
  const http = await (script ? start(0) : start(port).catch(() => start(0)));
  return {
    publicUrl: `http://localhost:${http.port}`,
    port: http.port,
    serve(r: Route) {
      route = r;
    },
    /** Everything else on this server: the platforms served beside the console (the web chat). */
    serveOthers(l: RequestListener) {
      others = l;
    },
    close: () => http.close(),
  };
}
