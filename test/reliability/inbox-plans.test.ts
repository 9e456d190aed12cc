import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { sendDirectly } from "../../src/infra/prisma/direct-sql.ts";
import { createPrismaInbox } from "../../src/infra/prisma/inbox-store.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

type Sent = { text: string; values?: unknown[] };

/** Every node of an EXPLAIN (FORMAT JSON) plan. */
function nodesOf(plan: Record<string, unknown>): Array<Record<string, unknown>> {
  const kids = (plan.Plans as Array<Record<string, unknown>> | undefined) ?? [];
  return [plan, ...kids.flatMap(nodesOf)];
}

/**
 * The inbox holds every event for its retention time (days of chat), so a statement an event sends on
 * its way must find its rows by key: one that scans the table costs more with every message kept.
 */
describePg("the inbox's per-event statements find their rows by key, whatever the inbox holds", () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let prisma: PrismaClient;
  const sent: Sent[] = [];

  beforeAll(async () => {
    db = await createTestPgDatabase(2);
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    const query = pool.query.bind(pool) as (c: unknown, v?: unknown) => Promise<unknown>;
    (pool as unknown as { query: (c: unknown, v?: unknown) => Promise<unknown> }).query = (c, v) => {
      if (c && typeof c === "object" && "text" in c) sent.push(c as Sent);
      return query(c, v);
    };
    prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    sendDirectly(prisma, pool);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await pool?.end();
    await db?.drop();
  });

  it("recording, the done mark with the replies and the sent marks scan no table", async () => {
    const inbox = createPrismaInbox(prisma);
    sent.length = 0;
    const [effect, readOnly] = await inbox.recordClaimed(
      [
        { id: "plan:1", platform: "discord", payload: { text: "book yoga" } },
        { id: "plan:2", platform: "discord", payload: { text: "my bookings" } },
      ],
      60_000,
    );
    if (!effect || !readOnly) throw new Error("both events are fresh");
    await inbox.complete(readOnly, [{ text: "You have no bookings." }]);
    await Promise.all([inbox.markReplied(effect, [{ text: "Booked." }]), inbox.markReplied(readOnly)]);
    const statements = sent.filter((s) => s.text.includes('"InboxEvent"'));
    expect(await inbox.status("plan:1")).toMatchObject({ status: "done" });
    expect(await inbox.status("plan:2")).toMatchObject({ status: "done" });
    // The record, the read-only handling's done mark, the sent marks (one statement or one each).
    const verbs = statements.map((s) => s.text.trim().split(/\s+/)[0]);
    expect(verbs[0]).toBe("INSERT");
    expect(verbs.slice(1).every((v) => v === "UPDATE") && verbs.length >= 3).toBe(true);
    const client = await pool.connect();
    // EXECUTE takes its arguments as literals.
    const literal = (v: unknown): string =>
      v === null || v === undefined
        ? "NULL"
        : Array.isArray(v)
          ? client.escapeLiteral(`{${v.map((x) => JSON.stringify(String(x))).join(",")}}`)
          : client.escapeLiteral(v instanceof Date ? v.toISOString() : String(v));
    try {
      for (const [k, s] of statements.entries()) await client.query(`PREPARE inbox_${k} AS ${s.text}`);
      // From a quiet week to a busy month of chat kept, each event about the size of a platform's
      // (1 kB): the planner weighs a scan against the key differently at each size. Joined on the
      // JSON alone, the sent mark's plan scanned the whole inbox at 1,000 such events (and at 5,000
      // smaller ones), and took the key at 20,000.
      let kept = 0;
      for (const size of [1_000, 5_000, 20_000]) {
        await client.query(
          `INSERT INTO "InboxEvent" (id, platform, payload, status, attempts, "claimToken", "doneAt", "repliedAt")
           SELECT 'old:' || g, 'discord', jsonb_build_object('text', repeat('x', 1000)), 'done', 1, 'token-' || g, now(), now()
           FROM generate_series($1::int + 1, $2::int) g`,
          [kept, size],
        );
        kept = size;
        await client.query(`ANALYZE "InboxEvent"`);
        for (const [k, s] of statements.entries()) {
          const args = (s.values ?? []).map(literal).join(", ");
          // As a prepared statement's generic plan (what a pooled connection runs after five calls) and
          // as the plan for these values.
          for (const mode of ["force_generic_plan", "force_custom_plan"]) {
            await client.query(`SET plan_cache_mode = ${mode}`);
            const explained = await client.query({
              text: `EXPLAIN (FORMAT JSON) EXECUTE inbox_${k}${args ? `(${args})` : ""}`,
            });
            const plan = (explained.rows[0] as { "QUERY PLAN": Array<{ Plan: Record<string, unknown> }> })[
              "QUERY PLAN"
            ][0]?.Plan;
            if (!plan) throw new Error("no plan");
            const scans = nodesOf(plan).filter((n) => n["Node Type"] === "Seq Scan");
            expect({ size, mode, statement: s.text, scans: scans.map((n) => n["Relation Name"]) }).toEqual({
              size,
              mode,
              statement: s.text,
              scans: [],
            });
          }
        }
      }
    } finally {
      await client.query("RESET plan_cache_mode");
      client.release();
    }
  });
});
