import type { Logger } from "../../src/ports/logger.ts";
import { WEB_POLL_MS } from "./limits.ts";
import type { WebStore } from "./store.ts";

/**
 * Wakes the event streams of this process when a reply for their account is stored, by this
 * process (at once: `poke`) or by any other (the reply table is read every WEB_POLL_MS while a
 * stream is open: the table is the one source of truth, so a reply made in process A reaches a
 * stream held by process B).
 */
export function createReplyFeed(store: WebStore, log: Logger, pollMs = WEB_POLL_MS) {
  const listeners = new Map<string, Set<() => void>>();
  let lastId: string | null = null;
  let timer: NodeJS.Timeout | null = null;
  let busy = false;

  const wake = (account: string) => {
    for (const fn of listeners.get(account) ?? []) fn();
  };
  async function poll() {
    if (busy) return;
    busy = true;
    try {
      if (lastId === null) {
        // The first read since a stream opened: a reply stored between the stream's own first read
        // and this one is below the mark, so every open stream reads once more (they skip what they sent).
        lastId = await store.lastId();
        for (const a of [...listeners.keys()]) wake(a);
        return;
      }
      const fresh = await store.newSince(lastId);
      const accounts = new Set<string>();
      for (const r of fresh) {
        accounts.add(r.account);
        lastId = r.id;
      }
      for (const a of accounts) wake(a);
    } catch (err) {
      log.warn({ err }, "web: could not read new replies; trying again");
    } finally {
      busy = false;
    }
  }
  const ensureTimer = () => {
    if (timer || listeners.size === 0) return;
    timer = setInterval(() => void poll(), pollMs);
    timer.unref();
  };
  return {
    /** Calls `fn` whenever a reply for `account` may have arrived; returns the unsubscribe. */
    subscribe(account: string, fn: () => void): () => void {
      const set = listeners.get(account) ?? new Set<() => void>();
      listeners.set(account, set);
      set.add(fn);
      ensureTimer();
      return () => {
        set.delete(fn);
        if (set.size === 0) listeners.delete(account);
        if (listeners.size === 0 && timer) {
          clearInterval(timer);
          timer = null;
          lastId = null;
        }
      };
    },
    poke: wake,
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
      listeners.clear();
    },
  };
}
export type ReplyFeed = ReturnType<typeof createReplyFeed>;
