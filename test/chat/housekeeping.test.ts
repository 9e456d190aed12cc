import { afterAll, beforeAll, expect, it } from "vitest";
import { pruneChatState } from "../../src/infra/prisma/housekeeping.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

const NOW = new Date("2026-11-23T08:00:00Z");
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

describePg("pruning chat state", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestPgDatabase(2);
  });
  afterAll(async () => db?.drop());

  it("removes expired state and spent codes, and keeps everything still needed", async () => {
    await db.prisma.conversationState.createMany({
      data: [
        { key: "form:expired", data: {}, expiresAt: ago(0.1) },
        { key: "form:open", data: {}, expiresAt: new Date(NOW.getTime() + DAY) },
      ],
    });
    await db.prisma.linkCode.createMany({
      data: [
        { codeHash: "EXPIRED", purpose: "link", expiresAt: ago(1) },
        {
          codeHash: "USEDLONGAGO",
          purpose: "link",
          expiresAt: new Date(NOW.getTime() + DAY),
          usedAt: ago(8),
        },
        {
          codeHash: "USEDTODAY",
          purpose: "link",
          expiresAt: new Date(NOW.getTime() + DAY),
          usedAt: ago(0.5),
        },
        { codeHash: "OPEN", purpose: "link", expiresAt: new Date(NOW.getTime() + DAY) },
      ],
    });
    expect(await pruneChatState(db.prisma, NOW)).toEqual({
      conversationStates: 1,
      linkCodes: 2,
    });
    expect((await db.prisma.conversationState.findMany()).map((e) => e.key)).toEqual(["form:open"]);
    expect(
      (await db.prisma.linkCode.findMany({ orderBy: { codeHash: "asc" } })).map((e) => e.codeHash),
    ).toEqual(["OPEN", "USEDTODAY"]);
    expect(await pruneChatState(db.prisma, NOW)).toEqual({
      conversationStates: 0,
      linkCodes: 0,
    });
  });
});
