import type { IncomingMessage, ServerResponse } from "node:http";

/** The path calendar apps subscribe to: /calendar/<token>.ics */
export const CALENDAR_PATH = /^\/calendar\/([A-Za-z0-9_-]{1,100})\.ics$/;

/**
 * An HTTP handler for subscription URLs, for the app's one HTTP server. `calendarFor` answers the
 * .ics of a live token or null; unknown, malformed and revoked tokens all get the same 404, so a
 * probe learns nothing. Returns false when the path is not ours (the server tries its next route).
 */
export function createCalendarRoute(calendarFor: (token: string) => Promise<string | null>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? "").split("?")[0] ?? "";
    if (!path.startsWith("/calendar/")) return false;
    const m = CALENDAR_PATH.exec(path);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return true;
    }
    let body: string | null = null;
    try {
      body = m?.[1] ? await calendarFor(m[1]) : null;
    } catch {
      res
        .writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "60" })
        .end("try again later\n");
      return true;
    }
    if (body === null) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return true;
    }
    res.writeHead(200, {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, max-age=300",
      "content-disposition": 'inline; filename="bookings.ics"',
    });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  };
}
