import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaInbox } from "../../../src/infra/prisma/inbox-store.ts";
import type { InboxStore } from "../../../src/ports/inbox.ts";
import { createTestPgliteDatabase, type TestDatabase } from "../../support/test-db.ts";
import { createMemoryInboxStore } from "../support/memory-inbox.ts";

/**
 * The in-memory inbox the adapter tests use honours the contract of the real one: the same
 * assertions run against both (PGlite for the real one).
 */
describe("the inbox contract, in memory and on PGlite", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestPgliteDatabase();
  });
  afterAll(async () => db?.drop());

  const stores: Array<[string, () => InboxStore]> = [
    ["memory", () => createMemoryInboxStore()],
    ["pglite", () => createPrismaInbox(db.prisma)],
  ];
  for (const [name, make] of stores) {
    it(`${name}: an id is recorded once, claimed by one, done with its replies, never claimed again`, async () => {
      const inbox = make();
      const id = `contract:${name}:${Date.now()}`;
      const entry = { id, platform: "contract", payload: { text: "hi" } };
      const [first, again] = await Promise.all([
        inbox.recordClaimed([entry], 60_000),
        inbox.recordClaimed([entry], 60_000),
      ]);
      expect([first.length, again.length].sort()).toEqual([0, 1]);
      const claimed = [...first, ...again][0]!;
      expect(claimed).toMatchObject({ id, platform: "contract", payload: { text: "hi" }, attempts: 1 });
      expect(await inbox.record(entry)).toBe(false);
      // Leased: nobody else takes it now.
      expect(await inbox.claim(id, 60_000)).toBeNull();
      await inbox.withinClaim(claimed, async () => "handled");
      await inbox.complete(claimed, ["reply"]);
      expect(await inbox.status(id)).toMatchObject({ status: "done", attempts: 1, replies: ["reply"] });
      expect(await inbox.unconfirmedReplies()).toBeGreaterThanOrEqual(1);
      await inbox.markReplied(claimed);
      expect(await inbox.claim(id, 60_000)).toBeNull();
    });

    it(`${name}: a released event is pending again and claimed with its next attempt; a stale token is ignored`, async () => {
      const inbox = make();
      const id = `contract-retry:${name}:${Date.now()}`;
      const [claimed] = await inbox.recordClaimed([{ id, platform: "contract", payload: 1 }], 60_000);
      await inbox.release(claimed!, "boom", 0);
      expect(await inbox.status(id)).toMatchObject({ status: "pending", attempts: 1 });
      const retry = await inbox.claim(id, 60_000);
      expect(retry?.attempts).toBe(2);
      // The first claim's token no longer holds the lease: its completion changes nothing.
      await inbox.complete(claimed!, ["stale"]);
      expect(await inbox.status(id)).toMatchObject({ status: "processing", attempts: 2 });
      await inbox.release(retry!, "boom again", null);
      expect(await inbox.status(id)).toMatchObject({ status: "failed" });
    });
  }
});
