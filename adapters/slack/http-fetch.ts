import http from "node:http";
import https from "node:https";

const agents = {
  "http:": new http.Agent({ keepAlive: true }),
  "https:": new https.Agent({ keepAlive: true }),
};

/**
 * The `fetch` the Slack Web API clients use: node:http(s) on keep-alive agents for the string
 * bodies of API calls, the global fetch for anything else (a multipart file upload). The WebClient
 * reads a whole JSON answer per call; fetch's web streams cost about a tenth of the bot's CPU per
 * message for that (bench:e2e profile), node:http a fraction of it. Same contract for the client:
 * a Response with the status, headers and body; a refused connection or an abort rejects.
 */
export const slackFetch: typeof fetch = (input, init) => {
  const body = init?.body;
  if (
    (body !== undefined && body !== null && typeof body !== "string") ||
    !(typeof input === "string" || input instanceof URL)
  )
    return fetch(input, init);
  const url = new URL(input);
  const agent = agents[url.protocol as keyof typeof agents];
  if (!agent) return fetch(input, init);
  const signal = init?.signal ?? undefined;
  return new Promise<Response>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const req = (url.protocol === "https:" ? https : http).request(
      url,
      { method: init?.method ?? "GET", headers: headersOf(init?.headers), agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const headers = new Headers();
          for (const [k, v] of Object.entries(res.headers))
            for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) headers.append(k, one);
          const status = res.statusCode ?? 0;
          // A Response cannot carry a body with 204/304.
          const empty = status === 204 || status === 304;
          resolve(
            new Response(empty ? null : Buffer.concat(chunks), {
              status,
              statusText: res.statusMessage ?? "",
              headers,
            }),
          );
        });
      },
    );
    req.on("error", reject);
    signal?.addEventListener("abort", () => req.destroy(signal.reason as Error), { once: true });
    req.end(body ?? undefined);
  });
};

function headersOf(h: HeadersInit | undefined): Record<string, string> {
  if (!h) return {};
  if (h instanceof Headers) return Object.fromEntries(h.entries());
  if (Array.isArray(h)) return Object.fromEntries(h);
  return h as Record<string, string>;
}
