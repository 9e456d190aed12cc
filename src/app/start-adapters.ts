import type { RequestListener } from "node:http";
import { UNPACED } from "../notices/rate-limits.ts";
import type { ChatPlatform } from "../ports/chat.ts";
import type { ChatAdapter, PlatformPacing } from "../ports/chat-adapter.ts";
import type { ChatSender } from "../ports/chat-sender.ts";
import type { Logger } from "../ports/logger.ts";

export interface StartedAdapters {
  adapters: ChatAdapter[];
  senders: ChatSender[];
  /** Each started platform's pacing, for the notices that go out through their senders. */
  pacing(platform: ChatPlatform): PlatformPacing;
  /** Routes POSTs to the adapters' HTTP receivers by path; undefined when none has one. */
  http?: RequestListener;
  stop(): Promise<void>;
}

/** The pacing of the given platforms by id; a platform not among them (none started) is not paced. */
export function pacingFrom(
  platforms: ReadonlyArray<{ platform: ChatPlatform; pacing: PlatformPacing }>,
): (platform: ChatPlatform) => PlatformPacing {
  const byId = new Map(platforms.map((p) => [p.platform, p.pacing] as const));
  return (platform) => byId.get(platform) ?? UNPACED;
}

/**
 * Starts the given adapters side by side in one process. If any fails to start, the others are
 * stopped and start-up fails with one line per platform: a half-started bot is harder to notice
 * than none. The HTTP receivers are returned as one router for the app's one HTTP server.
 */
export async function startAdapters(adapters: ChatAdapter[], log: Logger): Promise<StartedAdapters> {
  const results = await Promise.allSettled(adapters.map((a) => a.start()));
  const started = adapters.filter((_, i) => results[i]?.status === "fulfilled");
  const failures = results.flatMap((r, i) =>
    r.status === "rejected"
      ? [`${adapters[i]?.platform}: ${r.reason instanceof Error ? r.reason.message : String(r.reason)}`]
      : [],
  );
  if (failures.length > 0) {
    await Promise.allSettled(started.map((a) => a.stop()));
    throw new Error(`Chat platforms failed to start:\n${failures.join("\n")}`);
  }

  const http: RequestListener | undefined = adapters.some((a) => a.http) ? routerOf(adapters) : undefined;
  log.info(
    {
      platforms: adapters.map((a) => a.platform),
      paths: adapters.flatMap((a) => (a.http ? [a.http.path] : [])),
    },
    "chat platforms started",
  );
  return {
    adapters,
    senders: adapters.map((a) => a.sender),
    pacing: pacingFrom(adapters),
    ...(http ? { http } : {}),
    async stop() {
      await Promise.allSettled(adapters.map((a) => a.stop()));
    },
  };
}

/**
 * Routes requests to the adapters' HTTP receivers: POSTs by exact path, and every request under a
 * path an adapter serves in full (`http.serves`: its own pages). Anything else gets 404.
 */
export function routerOf(adapters: readonly ChatAdapter[]): RequestListener {
  const routes = new Map<string, RequestListener>();
  const served: Array<[prefix: string, listener: RequestListener]> = [];
  for (const a of adapters) {
    if (!a.http) continue;
    routes.set(a.http.path, a.http.listener);
    for (const prefix of a.http.serves ?? []) served.push([prefix, a.http.listener]);
  }
  return (req, res) => {
    const path = (req.url ?? "").split("?")[0] ?? "";
    const whole = served.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`));
    if (whole) return whole[1](req, res);
    const route = req.method === "POST" ? routes.get(path) : undefined;
    if (route) return route(req, res);
    req.resume();
    res.writeHead(404).end();
  };
}
