import crypto from "node:crypto";
import type { SqlRunner } from "../../src/ports/chat-adapter.ts";
import type { Block, WebReply } from "./render.ts";

/** The web chat's own tables (prisma/schema.prisma, "WebChat*"), in plain SQL through the app's database. */

export const sha256 = (s: string): string => crypto.createHash("sha256").update(s).digest("hex");
export const randomToken = (): string => crypto.randomBytes(32).toString("base64url");

export interface WebSession {
  idHash: string;
  csrf: string;
  account: string;
  orgId: string;
}

export interface StoredReply extends WebReply {
  kind: "reply" | "notice";
}

/** One line of the conversation as kept: the studio's reply or notice, or what the person sent ("mine"). */
export interface HistoryItem extends WebReply {
  from: "studio" | "you";
}

type ReplyRow = { id: string; at: Date | string; kind: string; body: unknown };

const asReply = (r: ReplyRow): StoredReply => ({
  id: String(r.id),
  at: new Date(r.at).toISOString(),
  kind: r.kind === "notice" ? "notice" : "reply",
  blocks: (typeof r.body === "string" ? JSON.parse(r.body) : r.body) as Block[],
});

export function createWebStore(sql: SqlRunner) {
  return {
    // ---- sessions
    async createSession(
      account: string,
      orgId: string,
      ttlMs: number,
    ): Promise<{ sid: string; session: WebSession }> {
      const sid = randomToken();
      const session = { idHash: sha256(sid), csrf: randomToken(), account, orgId };
      await sql.execute(
        `INSERT INTO "WebChatSession" ("idHash", csrf, account, "orgId", "expiresAt") VALUES ($1, $2, $3, $4, $5)`,
        session.idHash,
        session.csrf,
        account,
        orgId,
        new Date(Date.now() + ttlMs),
      );
      return { sid, session };
    },
    async session(sid: string): Promise<WebSession | null> {
      const [row] = await sql.query<WebSession>(
        `SELECT "idHash", csrf, account, "orgId" FROM "WebChatSession" WHERE "idHash" = $1 AND "expiresAt" > now()`,
        sha256(sid),
      );
      return row ?? null;
    },
    async setAccount(idHash: string, account: string): Promise<void> {
      await sql.execute(`UPDATE "WebChatSession" SET account = $2 WHERE "idHash" = $1`, idHash, account);
    },
    /** The studio the account last opened a session in (a notice e-mail links to its chat). */
    async lastStudioOf(account: string): Promise<string | null> {
      const [row] = await sql.query<{ orgId: string }>(
        `SELECT "orgId" FROM "WebChatSession" WHERE account = $1 ORDER BY "createdAt" DESC LIMIT 1`,
        account,
      );
      return row?.orgId ?? null;
    },
    async dropSession(idHash: string): Promise<void> {
      await sql.execute(`DELETE FROM "WebChatSession" WHERE "idHash" = $1`, idHash);
    },

    // ---- sign-in links
    async createSignin(email: string, orgId: string, ttlMs: number): Promise<string> {
      const token = randomToken();
      await sql.execute(
        `INSERT INTO "WebChatSignin" ("tokenHash", email, "orgId", "expiresAt") VALUES ($1, $2, $3, $4)`,
        sha256(token),
        email,
        orgId,
        new Date(Date.now() + ttlMs),
      );
      return token;
    },
    /** Uses the token once: the e-mail it was made for, or null (unknown, used, expired). */
    async redeemSignin(token: string, orgId: string): Promise<string | null> {
      const [row] = await sql.query<{ email: string }>(
        `UPDATE "WebChatSignin" SET "usedAt" = now()
          WHERE "tokenHash" = $1 AND "orgId" = $2 AND "usedAt" IS NULL AND "expiresAt" > now()
          RETURNING email`,
        sha256(token),
        orgId,
      );
      return row?.email ?? null;
    },

    // ---- replies
    /** Stores a reply once under `key`; null: stored before (a repeated send). */
    async addReply(
      account: string,
      key: string,
      kind: "reply" | "notice",
      blocks: Block[],
    ): Promise<string | null> {
      const [row] = await sql.query<{ id: string }>(
        `INSERT INTO "WebChatReply" (account, key, kind, body) VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (key) DO NOTHING RETURNING id::text AS id`,
        account,
        key,
        kind,
        JSON.stringify(blocks),
      );
      return row ? row.id : null;
    },
    async replyByKey(key: string): Promise<{ id: string; account: string; mailed: boolean } | null> {
      const [row] = await sql.query<{ id: string; account: string; mailed: boolean }>(
        `SELECT id::text AS id, account, "mailedAt" IS NOT NULL AS mailed FROM "WebChatReply" WHERE key = $1`,
        key,
      );
      return row ?? null;
    },
    async markMailed(id: string): Promise<void> {
      await sql.execute(`UPDATE "WebChatReply" SET "mailedAt" = now() WHERE id = $1::bigint`, id);
    },
    /** What the person sent (a text), kept for the history only: stored acknowledged, never streamed. */
    async addMine(account: string, key: string, text: string): Promise<void> {
      await sql.execute(
        `INSERT INTO "WebChatReply" (account, key, kind, body, "ackedAt") VALUES ($1, $2, 'mine', $3::jsonb, now())
         ON CONFLICT (key) DO NOTHING`,
        account,
        key,
        JSON.stringify([{ type: "text", text }]),
      );
    },
    /** The account's last `limit` replies, notices and own messages, oldest first (the page after a reload). */
    async history(account: string, limit: number): Promise<HistoryItem[]> {
      const rows = await sql.query<ReplyRow>(
        `SELECT * FROM (SELECT id::text AS id, id AS n, "createdAt" AS at, kind, body FROM "WebChatReply"
          WHERE account = $1 ORDER BY id DESC LIMIT ${Math.trunc(limit)}) last ORDER BY n`,
        account,
      );
      return rows.map((r) => {
        const { id, at, blocks } = asReply(r);
        return { id, at, blocks, from: r.kind === "mine" ? "you" : "studio" };
      });
    },
    /** The account's unacknowledged replies after `afterId`, oldest first. */
    async unacked(account: string, afterId: string, limit = 100): Promise<StoredReply[]> {
      const rows = await sql.query<ReplyRow>(
        `SELECT id::text AS id, "createdAt" AS at, kind, body FROM "WebChatReply"
          WHERE account = $1 AND id > $2::bigint AND "ackedAt" IS NULL AND kind <> 'mine' ORDER BY id LIMIT ${Math.trunc(limit)}`,
        account,
        afterId,
      );
      return rows.map(asReply);
    },
    async ack(account: string, ids: string[]): Promise<number> {
      if (ids.length === 0) return 0;
      const list = ids.map((_, i) => `$${i + 2}::bigint`).join(", ");
      return sql.execute(
        `UPDATE "WebChatReply" SET "ackedAt" = now() WHERE account = $1 AND "ackedAt" IS NULL AND id IN (${list})`,
        account,
        ...ids,
      );
    },
    /** Replies stored after `afterId` by any process: their ids and accounts (the cross-process feed). */
    async newSince(afterId: string): Promise<Array<{ id: string; account: string }>> {
      return sql.query(
        `SELECT id::text AS id, account FROM "WebChatReply" WHERE id > $1::bigint ORDER BY id LIMIT 1000`,
        afterId,
      );
    },
    async lastId(): Promise<string> {
      const [row] = await sql.query<{ id: string | null }>(`SELECT max(id)::text AS id FROM "WebChatReply"`);
      return row?.id ?? "0";
    },

    // ---- open streams (is the chat open now?)
    async streamSeen(id: string, account: string): Promise<void> {
      await sql.execute(
        `INSERT INTO "WebChatStream" (id, account, "seenAt") VALUES ($1, $2, now())
         ON CONFLICT (id) DO UPDATE SET "seenAt" = now()`,
        id,
        account,
      );
    },
    async streamClosed(id: string): Promise<void> {
      await sql.execute(`DELETE FROM "WebChatStream" WHERE id = $1`, id);
    },
    async isOpen(account: string, staleMs: number): Promise<boolean> {
      const [row] = await sql.query<{ open: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM "WebChatStream" WHERE account = $1 AND "seenAt" > now() - $2::int * interval '1 millisecond') AS open`,
        account,
        staleMs,
      );
      return row?.open === true;
    },

    // ---- rate limits (fixed windows, shared by every process)
    /** Counts one hit under `key`; true while the window's hits stay within `max`. */
    async hit(key: string, windowMs: number, max: number): Promise<boolean> {
      const start = new Date(Math.floor(Date.now() / windowMs) * windowMs);
      const [row] = await sql.query<{ hits: number }>(
        `INSERT INTO "WebChatHit" (key, "windowStart", hits) VALUES ($1, $2, 1)
         ON CONFLICT (key, "windowStart") DO UPDATE SET hits = "WebChatHit".hits + 1 RETURNING hits`,
        key,
        start,
      );
      return Number(row?.hits ?? 0) <= max;
    },
    /** Forgets what is over: expired sessions and links, old windows, stale streams. */
    async prune(): Promise<void> {
      await sql.execute(`DELETE FROM "WebChatSession" WHERE "expiresAt" < now()`);
      await sql.execute(`DELETE FROM "WebChatSignin" WHERE "expiresAt" < now() - interval '1 day'`);
      await sql.execute(`DELETE FROM "WebChatHit" WHERE "windowStart" < now() - interval '1 day'`);
      await sql.execute(`DELETE FROM "WebChatStream" WHERE "seenAt" < now() - interval '1 hour'`);
    },
  };
}
export type WebStore = ReturnType<typeof createWebStore>;
