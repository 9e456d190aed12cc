import crypto from "node:crypto";
import type { ServerResponse } from "node:http";
import type { Logger } from "../../src/ports/logger.ts";
import type { ReplyFeed } from "./feed.ts";
import { WEB_STREAM_HEARTBEAT_MS } from "./limits.ts";
import type { StoredReply, WebStore } from "./store.ts";

/** One reply as a server-sent event: its id, `event: reply`, the WebReply JSON (one line). */
export const sseEvent = (r: StoredReply): string =>
  `id: ${r.id}\nevent: reply\ndata: ${JSON.stringify({ id: r.id, at: r.at, blocks: r.blocks })}\n\n`;

/**
 * An open event stream for one account: every unacknowledged reply in order (on connect and on
 * reconnect: what was missed arrives again until the page acknowledges it), then each new one as it
 * is stored, once per stream. The stream's row says the chat is open (notices are then not mailed);
 * it is refreshed with each heartbeat and removed on close.
 */
export function openStream(
  res: ServerResponse,
  o: { account: string; store: WebStore; feed: ReplyFeed; log: Logger; heartbeatMs?: number },
): void {
  const streamId = crypto.randomUUID();
  let cursor = "0";
  let closed = false;
  let pumping: Promise<void> | null = null;
  let again = false;

  const pump = async () => {
    do {
      again = false;
      const replies = await o.store.unacked(o.account, cursor);
      for (const r of replies) {
        if (closed) return;
        res.write(sseEvent(r));
        cursor = r.id;
      }
      if (replies.length === 100) again = true;
    } while (again && !closed);
  };
  const wake = () => {
    if (closed) return;
    if (pumping) {
      again = true;
      return;
    }
    pumping = pump()
      .catch((err: unknown) => o.log.warn({ err }, "web: could not read replies for a stream"))
      .finally(() => {
        pumping = null;
        if (again && !closed) wake();
      });
  };

  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  res.write("retry: 2000\n\n");
  const unsubscribe = o.feed.subscribe(o.account, wake);
  const seen = () =>
    o.store
      .streamSeen(streamId, o.account)
      .catch((err: unknown) => o.log.warn({ err }, "web: stream heartbeat failed"));
  void seen().then(wake);
  const beat = setInterval(() => {
    res.write(": ping\n\n");
    void seen();
  }, o.heartbeatMs ?? WEB_STREAM_HEARTBEAT_MS);
  beat.unref();
  res.on("close", () => {
    closed = true;
    clearInterval(beat);
    unsubscribe();
    void o.store.streamClosed(streamId).catch(() => undefined);
  });
}
