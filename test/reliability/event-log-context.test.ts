import { afterAll, beforeAll, expect, it } from "vitest";
import { startSlack } from "../../adapters/slack/start.ts";
import { serve } from "../../fakes/net/http.ts";
import { postSigned, startFakeSlack } from "../../fakes/slack/web-api.ts";
import { createAppLogger } from "../../src/app/logger.ts";
import { createInboxProcessor } from "../../src/inbox/inbox-processor.ts";
import { createPrismaInbox } from "../../src/infra/prisma/inbox-store.ts";
import { dmEvent, SECRET } from "../adapters/slack/slack-fixtures.ts";
import { createRecordingCore } from "../adapters/support/fake-core.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

const dm = (eventId: string, text: string, channel: string) =>
  JSON.stringify(dmEvent(eventId, { user: "ULOG1", text, channel }));

describePg("structured logs carry the event id on every line of its handling", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestPgDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("lines logged by code that was never told the event (the core, the sender, the inbox) carry its id and platform, also when the handling fails", async () => {
    const lines: Array<Record<string, unknown>> = [];
    const log = createAppLogger("debug", {
      write: (s: string) => {
        lines.push(JSON.parse(s) as Record<string, unknown>);
      },
    });
    // Sending to DLOGFAIL fails (Slack refuses it): the delivery's own failure is logged too.
    const fake = await startFakeSlack((r) =>
      r.path === "/api/chat.postMessage" && (r.body as { channel?: string }).channel === "DLOGFAIL"
        ? { json: { ok: false, error: "channel_not_found" } }
        : undefined,
    );
    const processor = createInboxProcessor({ inbox: createPrismaInbox(db.prisma), log, leaseMs: 5_000 });
    const core = createRecordingCore(async (e) => {
      // Deep in the handling: logs with no event fields of its own.
      log.info({ step: "parsing" }, "core: reading the message");
      if (e.input.kind === "text" && e.input.text === "break") {
        log.error({}, "core: something broke");
        throw new Error("core broke");
      }
      return [{ visibility: "private", lines: ["ok"] }];
    });
    const adapter = await startSlack(
      { botToken: "xoxb-test-token", signingSecret: SECRET, apiUrl: fake.apiUrl },
      core,
      log,
      processor,
    );
    const http = await serve(adapter.listener!);
    try {
      const before = lines.length;
      const id = `${process.pid}${Date.now()}`;
      const events = [
        { id: `EvOK${id}`, text: "my bookings", channel: "DLOGOK" },
        { id: `EvBREAK${id}`, text: "break", channel: "DLOGBREAK" },
        { id: `EvSEND${id}`, text: "my bookings", channel: "DLOGFAIL" },
      ];
      for (const e of events)
        await postSigned(`${http.url}/slack/events`, SECRET, dm(e.id, e.text, e.channel), {
          contentType: "json",
        });
      // Wait until each has logged what it does (the poller is not started: one attempt each).
      await expect
        .poll(() => lines.slice(before).map((l) => l.msg), { timeout: 10_000 })
        .toEqual(
          expect.arrayContaining([
            "core: something broke",
            "inbox: handling failed; nothing of it was committed",
            "inbox: sending the replies failed; the event is done, its replies in doubt",
          ]),
        );
      await adapter.stop();
      const during = lines.slice(before);
      expect(during.length).toBeGreaterThanOrEqual(6);
      const withoutId = during.filter((l) => typeof l.eventId !== "string" || l.platform !== "slack");
      expect(withoutId).toEqual([]);
      const byEvent = (eid: string) => during.filter((l) => l.eventId === `slack:${eid}`).map((l) => l.msg);
      expect(byEvent(events[0]!.id)).toEqual(["core: reading the message"]);
      expect(byEvent(events[1]!.id)).toEqual(
        expect.arrayContaining([
          "core: reading the message",
          "core: something broke",
          "inbox: handling failed; nothing of it was committed",
        ]),
      );
      expect(byEvent(events[2]!.id)).toEqual(
        expect.arrayContaining([
          "inbox: sending the replies failed; the event is done, its replies in doubt",
        ]),
      );
    } finally {
      await processor.stop();
      await http.close();
      await fake.close();
    }
  }, 60_000);
});
