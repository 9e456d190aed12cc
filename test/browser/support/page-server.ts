import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/**
 * The page's own assets (adapters/web/public) behind a scripted stand-in for the web adapter's HTTP
 * API, with the same strict CSP: it lets the page tests feed every block type, hostile text and
 * duplicate events, which the real app would not produce on demand. The real server is tested in
 * web-chat.test.ts.
 */
const PUBLIC_DIR = path.resolve(import.meta.dirname, "../../../adapters/web/public");
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors *";

export interface WebReply {
  id: string;
  at: string;
  blocks: unknown[];
}

export async function startPageServer(opts: { studioName: string; slug: string; timetable: unknown }) {
  const posted: { path: string; body: unknown; csrf: string | undefined }[] = [];
  const acked: string[] = [];
  const streams = new Set<http.ServerResponse>();
  let connections = 0;
  const session = { guest: true, name: undefined as string | undefined };
  const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const base = `/chat/${opts.slug}`;
    const send = (status: number, body?: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(body === undefined ? "" : JSON.stringify(body));
    };
    if (url.pathname === base) {
      const html = fs
        .readFileSync(path.join(PUBLIC_DIR, "chat.html"), "utf8")
        .replaceAll("{{STUDIO_NAME}}", escapeHtml(opts.studioName))
        .replaceAll("{{STUDIO_SLUG}}", escapeHtml(opts.slug))
        .replaceAll("{{CSRF}}", "csrf-1");
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": CSP });
      res.end(html);
      return;
    }
    const asset = url.pathname.match(/^\/chat\/assets\/([a-z-]+\.(?:js|css))$/);
    if (asset?.[1]) {
      const type = asset[1].endsWith(".js") ? "text/javascript" : "text/css";
      res.writeHead(200, { "Content-Type": type });
      res.end(fs.readFileSync(path.join(PUBLIC_DIR, asset[1])));
      return;
    }
    if (url.pathname === "/embed.js") {
      res.writeHead(200, { "Content-Type": "text/javascript" });
      res.end(fs.readFileSync(path.join(PUBLIC_DIR, "embed.js")));
      return;
    }
    if (url.pathname === "/host.html") {
      // Someone else's website with the one-line embed.
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><title>Our studio</title><h1>Welcome</h1><script src="/embed.js" data-studio="${opts.slug}"></script><p>Footer</p>`,
      );
      return;
    }
    if (url.pathname === `${base}/api/session`) return send(200, { ...session, csrf: "csrf-1" });
    if (url.pathname === `${base}/api/timetable`) return send(200, opts.timetable);
    // The conversation so far (web-contract.md): empty here, the stream brings every reply.
    if (url.pathname === `${base}/api/history`) return send(200, { items: [] });
    if (url.pathname === `${base}/api/events`) {
      res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-store" });
      res.write(": open\n\n");
      streams.add(res);
      connections += 1;
      req.on("close", () => streams.delete(res));
      return;
    }
    if (req.method === "POST" && url.pathname.startsWith(`${base}/api/`)) {
      let raw = "";
      req.on("data", (c: Buffer) => {
        raw += c.toString("utf8");
      });
      req.on("end", () => {
        const body = raw ? JSON.parse(raw) : {};
        const csrf = req.headers["x-csrf-token"] as string | undefined;
        const route = url.pathname.slice(base.length + 5);
        posted.push({ path: route, body, csrf });
        if (csrf !== "csrf-1") return send(403, { error: "The page is out of date: reload it." });
        if (route === "ack") {
          acked.push(...(body as { ids: string[] }).ids);
          return send(204);
        }
        if (route === "link") {
          if ((body as { code: string }).code !== "ABC123")
            return send(400, { error: "That code is not valid." });
          session.guest = false;
          session.name = "Maria";
          return send(200, { name: "Maria" });
        }
        return send(202, { id: `m${posted.length}` });
      });
      return;
    }
    send(404, { error: "not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/chat/${opts.slug}`,
    posted,
    acked,
    session,
    /** Streams opened so far (reconnects included). */
    connections: () => connections,
    /** Sends one reply on every open stream. */
    push(reply: WebReply) {
      for (const res of streams)
        res.write(`id: ${reply.id}\nevent: reply\ndata: ${JSON.stringify(reply)}\n\n`);
    },
    /** Ends every open stream from the server's side, as a restart or a proxy timeout would. */
    dropStreams() {
      for (const res of streams) res.destroy();
      streams.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of streams) res.destroy();
        server.close(() => resolve());
      }),
  };
}
