import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slackFetch } from "../../../adapters/slack/http-fetch.ts";

describe("slackFetch: the Web API clients' fetch over node:http", () => {
  let server: http.Server;
  let base: string;
  const seen: Array<{ method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }> = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => {
        body += c;
      });
      req.on("end", () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        if (req.url === "/api/chat.postMessage")
          res
            .writeHead(200, { "content-type": "application/json", "x-oauth-scopes": "chat:write" })
            .end(JSON.stringify({ ok: true, ts: "1.2", echo: body }));
        else if (req.url === "/api/limited")
          res.writeHead(429, { "retry-after": "3", "set-cookie": ["a=1", "b=2"] }).end();
        else if (req.url === "/api/slow") setTimeout(() => res.writeHead(200).end("late"), 2_000);
        else res.writeHead(404, { "content-type": "text/plain" }).end("nope");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it("sends the method, headers and body, and answers with the status, headers and body", async () => {
    const res = await slackFetch(`${base}/api/chat.postMessage`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: "Bearer xoxb-1" },
      body: "channel=D1&text=%3Cb%3Ehi%3C%2Fb%3E",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-oauth-scopes")).toBe("chat:write");
    expect(await res.json()).toEqual({ ok: true, ts: "1.2", echo: "channel=D1&text=%3Cb%3Ehi%3C%2Fb%3E" });
    expect(seen.at(-1)).toMatchObject({
      method: "POST",
      url: "/api/chat.postMessage",
      headers: { authorization: "Bearer xoxb-1", "content-type": "application/x-www-form-urlencoded" },
    });
  });

  it("passes 429 and its Retry-After on, keeps repeated headers, and reads error bodies", async () => {
    const limited = await slackFetch(new URL(`${base}/api/limited`), { method: "POST", body: "" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");
    expect(limited.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    const missing = await slackFetch(`${base}/api/nothing`, { headers: new Headers({ "x-a": "1" }) });
    expect([missing.status, missing.statusText, await missing.text()]).toEqual([404, "Not Found", "nope"]);
    expect(seen.at(-1)?.headers["x-a"]).toBe("1");
  });

  it("rejects on abort and on a refused connection", async () => {
    await expect(
      slackFetch(`${base}/api/slow`, { method: "POST", body: "x", signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow();
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    await expect(
      slackFetch(`http://127.0.0.1:${port}/api/x`, { method: "POST", body: "" }),
    ).rejects.toThrow();
  });

  it("leaves a multipart upload (a FormData body) to the global fetch", async () => {
    const form = new FormData();
    form.append("file", new Blob(["BEGIN:VCALENDAR"]), "a.ics");
    const res = await slackFetch(`${base}/api/chat.postMessage`, { method: "POST", body: form });
    expect(res.status).toBe(200);
    expect(seen.at(-1)?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen.at(-1)?.body).toContain("BEGIN:VCALENDAR");
  });
});
