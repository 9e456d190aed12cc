import { setTimeout as delay } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { echoRecords, startDurableEcho } from "../../bench/durable-echo.ts";
import { startFakeTelegram } from "../../fakes/telegram/bot-api.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

// bench:chat's baseline does the durable minimum: every event recorded and marked answered, and an
// event delivered twice answered once.
describePg("bench:chat's durable echo", () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    db = await createTestPgDatabase(2);
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
  });
  afterAll(async () => {
    await pool?.end();
    // As test/chat/harness.ts dropDatabase: let the ended sockets close before the drop WITH (FORCE),
    // or a closing connection may get FATAL 57P01 and pg report it as an uncaught error.
    await new Promise((r) => setTimeout(r, 200));
    await db?.drop();
  });

  it("records and marks each Telegram update, and answers a redelivered one once", async () => {
    const replies: string[] = [];
    const fake = await startFakeTelegram({
      record: false,
      onRequest: (r) => {
        if (r.path.endsWith("/sendMessage")) replies.push(String((r.body as { text: unknown }).text));
      },
    });
    const message = (id: number, text: string) => ({
      update_id: id,
      message: {
        message_id: id,
        from: { id: 42, is_bot: false, first_name: "A" },
        chat: { id: 42, type: "private", first_name: "A" },
        date: 1700000000,
        text,
      },
    });
    // Update 1 twice in one batch (Telegram delivering it again), then update 2.
    fake.push(message(1, "one"));
    fake.push(message(1, "one"));
    fake.push(message(2, "two"));
    const echo = await startDurableEcho({ platform: "telegram", kind: "durable", apiUrl: fake.url }, pool);
    try {
      for (let i = 0; i < 100 && replies.length < 2; i++) await delay(50);
      await delay(300); // a second answer to update 1 would arrive now
    } finally {
      await echo.stop();
      await fake.close();
    }
    expect(replies.sort()).toEqual(["one", "two"]);
    expect(await echoRecords(pool, "telegram")).toEqual({ recorded: 2, answered: 2 });
  });
});
