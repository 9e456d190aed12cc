import { appendFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request a fake platform API received, with its body decoded (JSON or form, nested JSON parsed). */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  raw: string;
  body: unknown;
  /** What the fake answered, once it has (a refusal shows here: status >= 400 or `ok: false`). */
  response?: FakeResponse;
}

/** Whether a fake's answer is a refusal (an HTTP error or Slack's/Telegram's `ok: false`). */
export function isRefusal(out: FakeResponse): boolean {
  const json = out.json as { ok?: unknown } | undefined;
  return (out.status ?? 200) >= 400 || json?.ok === false;
}

/** FAKE_REFUSALS_LOG=<file>: every refusal a fake answers is appended there (finding what adapters send wrong). */
function logRefusal(rec: RecordedRequest, out: FakeResponse): void {
  const file = process.env.FAKE_REFUSALS_LOG;
  if (!file || !isRefusal(out) || out.status === 429) return;
  const line = { path: rec.path, status: out.status ?? 200, answer: out.json, body: rec.raw.slice(0, 4000) };
  appendFileSync(file, `${JSON.stringify(line)}\n`);
}

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  /** A raw body (a file download) instead of JSON. */
  body?: string | Buffer;
}

export type FakeRoute = (req: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

export interface FakeHttp {
  url: string;
  requests: RecordedRequest[];
  /** Resolves with the first recorded request matching `match` (already received or future). */
  waitFor(match: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Form values that hold JSON (Slack sends blocks/view as JSON strings in urlencoded bodies). */
function decodeFormValue(v: string): unknown {
  if (/^[[{]/.test(v)) {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
}

export function decodeBody(raw: string, contentType: string | undefined): unknown {
  if (raw === "") return undefined;
  if (contentType?.includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries([...new URLSearchParams(raw)].map(([k, v]) => [k, decodeFormValue(v)]));
  }
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** A local HTTP server on 127.0.0.1 (random port) that records requests and answers via `route`. */
export interface FakeHttpOptions {
  /** false: keep no history (benchmarks); waitFor then only sees future requests. */
  record?: boolean;
  /** Called for every request as soon as its body has arrived, before it is answered. */
  onRequest?: (r: RecordedRequest) => void;
}

export async function startFakeHttp(route: FakeRoute, opts: FakeHttpOptions = {}): Promise<FakeHttp> {
  const requests: RecordedRequest[] = [];
  const waiters: Array<{ match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }> =
    [];
  const record = opts.record !== false;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const parts: Buffer[] = [];
    req.on("data", (c: Buffer) => parts.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(parts).toString("utf8");
      const rec: RecordedRequest = {
        method: req.method ?? "GET",
        // Decoded, so tests read "/messages/@original" and tokens as Discord issued them.
        path: safeDecode(req.url ?? "/"),
        headers: req.headers,
        raw,
        body: decodeBody(raw, req.headers["content-type"]),
      };
      opts.onRequest?.(rec);
      if (record) requests.push(rec);
      for (const w of [...waiters]) {
        if (w.match(rec)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(rec);
        }
      }
      Promise.resolve(route(rec)).then(
        (out) => {
          rec.response = out;
          logRefusal(rec, out);
          res.writeHead(out.status ?? 200, {
            ...(out.json === undefined ? {} : { "content-type": "application/json" }),
            ...out.headers,
          });
          res.end(out.body ?? (out.json === undefined ? "" : JSON.stringify(out.json)));
        },
        (err: unknown) => {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ error: String(err) }));
        },
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    waitFor(match, timeoutMs = 5000) {
      const found = requests.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error("fake platform: expected request never arrived")),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Starts an HTTP server for a request listener under test on 127.0.0.1 (random port). */
export async function serve(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
