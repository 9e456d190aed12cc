import { type OutboxEventInput, parseOutboxEvent } from "../domain/events.ts";
import type { NoticeLoader } from "../ports/notice-loader.ts";

/** An outbox event, parsed, with the organization it belongs to. */
export interface LoadedEvent {
  orgId: string;
  kind: string;
  event: OutboxEventInput | null;
}

/**
 * Outbox events by id, loaded and parsed once per process: the fan-out puts in the event it has
 * just read, and every send of that fan-out's deliveries reads it from here instead of loading and
 * parsing the row again per recipient. Job payloads keep carrying ids only, so a send in another
 * process (or after a restart) still works: it loads the row once there. Outbox rows never change
 * after commit, so an entry is never stale; the map is bounded (oldest out first).
 */
export interface OutboxEventCache {
  get(outboxId: bigint): Promise<LoadedEvent | null>;
  put(outboxId: bigint, loaded: LoadedEvent): void;
}

export const EVENT_CACHE_SIZE = 512;

export function createOutboxEventCache(loader: NoticeLoader, size = EVENT_CACHE_SIZE): OutboxEventCache {
  const entries = new Map<string, Promise<LoadedEvent | null>>();
  const remember = (id: bigint, p: Promise<LoadedEvent | null>) => {
    entries.delete(String(id));
    entries.set(String(id), p);
    while (entries.size > size) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
  };
  return {
    get(outboxId) {
      const hit = entries.get(String(outboxId));
      if (hit) return hit;
      const p = loader
        .getOutboxEvent(outboxId)
        .then((row) =>
          row ? { orgId: row.orgId, kind: row.kind, event: parseOutboxEvent(row.kind, row.payload) } : null,
        );
      // A missing row is not remembered: it may be a read before the commit became visible.
      remember(outboxId, p);
      void p.then(
        (r) => {
          if (!r) entries.delete(String(outboxId));
        },
        () => entries.delete(String(outboxId)),
      );
      return p;
    },
    put(outboxId, loaded) {
      remember(outboxId, Promise.resolve(loaded));
    },
  };
}
