import crypto from "node:crypto";
import { createInboxProcessor, type InboxProcessor } from "../../../src/inbox/inbox-processor.ts";
import type { ClaimedEvent, InboxEntry, InboxStore } from "../../../src/ports/inbox.ts";
import type { Logger } from "../../../src/ports/logger.ts";
import { silentLogger } from "../../../src/ports/logger.ts";

interface Row {
  entry: InboxEntry;
  status: "pending" | "processing" | "done" | "failed";
  attempts: number;
  receivedAt: Date;
  token: string | null;
  leaseUntil: number;
  retryAt: number;
  replies: unknown;
  repliedAt: Date | null;
  doneAt: Date | null;
}

/**
 * The inbox's contract (src/ports/inbox.ts) in memory, for adapter tests: an id is recorded once
 * (a second record of it is a redelivery and yields nothing), leases and tokens as in PostgreSQL.
 * No transaction marks an event done here (`withinClaim` just runs the handling): the processor
 * completes it afterwards, as it does a read-only handling.
 */
export function createMemoryInboxStore(): InboxStore & { rows: Map<string, Row> } {
  const rows = new Map<string, Row>();
  const claimed = (r: Row): ClaimedEvent => ({
    ...r.entry,
    attempts: r.attempts,
    receivedAt: r.receivedAt,
    token: r.token ?? "",
  });
  const lease = (r: Row, leaseMs: number) => {
    r.status = "processing";
    r.attempts += 1;
    r.leaseUntil = Date.now() + leaseMs;
    r.token = crypto.randomUUID();
    return claimed(r);
  };
  const held = (e: ClaimedEvent) => {
    const r = rows.get(e.id);
    return r && r.token === e.token ? r : undefined;
  };
  const fresh = (entry: InboxEntry): Row => ({
    entry: { ...entry, payload: JSON.parse(JSON.stringify(entry.payload ?? null)) },
    status: "pending",
    attempts: 0,
    receivedAt: new Date(),
    token: null,
    leaseUntil: 0,
    retryAt: 0,
    replies: null,
    repliedAt: null,
    doneAt: null,
  });
  return {
    rows,
    async record(entry) {
      if (rows.has(entry.id)) return false;
      rows.set(entry.id, fresh(entry));
      return true;
    },
    async recordClaimed(entries, leaseMs) {
      return entries.flatMap((e) => {
        if (rows.has(e.id)) return [];
        const r = fresh(e);
        rows.set(e.id, r);
        return [lease(r, leaseMs)];
      });
    },
    async claim(id, leaseMs) {
      const r = rows.get(id);
      if (!r) return null;
      const due = r.status === "pending" || (r.status === "processing" && r.leaseUntil < Date.now());
      return due ? lease(r, leaseMs) : null;
    },
    async claimDue(limit, leaseMs) {
      const now = Date.now();
      return [...rows.values()]
        .filter(
          (r) =>
            (r.status === "pending" && r.retryAt <= now) || (r.status === "processing" && r.leaseUntil < now),
        )
        .slice(0, limit)
        .map((r) => lease(r, leaseMs));
    },
    withinClaim: (_event, fn) => fn(),
    async complete(event, replies) {
      const r = held(event);
      if (!r || (r.status !== "processing" && r.status !== "done")) return;
      r.status = "done";
      r.doneAt ??= new Date();
      r.replies = replies ?? null;
    },
    async markReplied(event, replies) {
      const r = held(event);
      if (!r) return;
      r.repliedAt = new Date();
      r.leaseUntil = 0;
      if (replies !== undefined) {
        r.status = "done";
        r.doneAt ??= new Date();
        r.replies = replies;
      }
    },
    async unconfirmedReplies() {
      return [...rows.values()].filter((r) => r.status === "done" && !r.repliedAt).length;
    },
    async release(event, _error, retryInMs) {
      const r = held(event);
      if (r?.status !== "processing") return;
      r.status = retryInMs === null ? "failed" : "pending";
      r.leaseUntil = 0;
      r.retryAt = Date.now() + (retryInMs ?? 0);
    },
    async status(id) {
      const r = rows.get(id);
      return r ? { status: r.status, attempts: r.attempts, replies: r.replies } : null;
    },
    async pruneDone(before) {
      let n = 0;
      for (const [id, r] of rows)
        if (r.status === "done" && r.repliedAt && r.doneAt && r.doneAt < before) {
          rows.delete(id);
          n++;
        }
      return n;
    },
  };
}

/** The inbox processor production runs, over the in-memory store: what adapter tests hand an adapter. */
export function createMemoryInbox(log: Logger = silentLogger): InboxProcessor & {
  store: ReturnType<typeof createMemoryInboxStore>;
} {
  const store = createMemoryInboxStore();
  return Object.assign(createInboxProcessor({ inbox: store, log }), { store });
}
