import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { type DiscordAdapter, startDiscord } from "../../../adapters/discord/start.ts";
import { type SlackAdapter, startSlack } from "../../../adapters/slack/start.ts";
import {
  dispatchInteraction,
  FAKE_DISCORD_APP_ID,
  FAKE_DISCORD_TOKEN,
  startFakeDiscord,
} from "../../../fakes/discord/rest-api.ts";
import { type FakeHttp, type RecordedRequest, serve } from "../../../fakes/net/http.ts";
import { postSigned, startFakeSlack } from "../../../fakes/slack/web-api.ts";
import { createInboxProcessor, type InboxProcessor } from "../../../src/inbox/inbox-processor.ts";
import { createPrismaInbox } from "../../../src/infra/prisma/inbox-store.ts";
import type { AdapterInbox } from "../../../src/ports/inbox.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../../support/test-db.ts";
import { slashBook } from "../discord/discord-fixtures.ts";
import { dmEvent, slashCommand } from "../slack/slack-fixtures.ts";
import { createCaptureLog } from "../support/capture-log.ts";
import { createRecordingCore } from "../support/fake-core.ts";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
let n = 0;
const unique = () => `${process.pid}${Date.now()}${++n}`;

/** A DM to the bot as the Events API delivers it. */
const dm = (eventId: string, user?: string) => JSON.stringify(dmEvent(eventId, user ? { user } : {}));

describePg("Slack and Discord intake through the inbox (recorded before acknowledged)", () => {
  let db: TestDatabase;
  let processor: InboxProcessor;
  const closers: Array<() => Promise<void>> = [];
  const log = createCaptureLog();

  beforeAll(async () => {
    db = await createTestPgDatabase();
    processor = createInboxProcessor({ inbox: createPrismaInbox(db.prisma), log, leaseMs: 5_000 });
  });
  afterEach(async () => {
    for (const c of closers.splice(0)) await c();
    expect(log.errors).toEqual([]);
  });
  afterAll(async () => {
    await processor?.stop();
    await db?.drop();
  });

  async function slack(inbox: AdapterInbox = processor) {
    const fake = await startFakeSlack();
    const core = createRecordingCore([{ visibility: "private", lines: ["You have 2 bookings."] }]);
    const adapter: SlackAdapter = await startSlack(
      { botToken: "xoxb-test-token", signingSecret: SECRET, apiUrl: fake.apiUrl },
      core,
      log,
      inbox,
    );
    const http = await serve(adapter.listener!);
    closers.push(adapter.stop, http.close, fake.close);
    return { fake, core, adapter, url: `${http.url}/slack/events` };
  }

  it("slack: a record that fails is not acknowledged (500, so Slack retries); the retry is recorded, acknowledged and answered once; later retries are acknowledged only", async () => {
    let failNext = true;
    const flaky: AdapterInbox = {
      ...processor,
      accept: async (entry) => {
        if (failNext) {
          failNext = false;
          throw new Error("database away");
        }
        return processor.accept(entry);
      },
    };
    const s = await slack(flaky);
    expect(s.adapter.connected()).toBe(true); // HTTP mode: ready since start
    const id = `Ev${unique()}`;
    const first = await postSigned(s.url, SECRET, dm(id), { contentType: "json" });
    expect(first.status).toBe(500);
    expect(s.core.events).toEqual([]);
    for (const retry of ["1", "2", "3"]) {
      const r = await postSigned(s.url, SECRET, dm(id), {
        contentType: "json",
        headers: { "x-slack-retry-num": retry, "x-slack-retry-reason": "http_error" },
      });
      expect(r.status).toBe(200);
    }
    await s.fake.waitFor((r) => r.path === "/api/chat.postMessage");
    await expect
      .poll(async () => (await db.prisma.inboxEvent.findUnique({ where: { id: `slack:${id}` } }))?.repliedAt)
      .not.toBeNull();
    expect(s.core.events).toHaveLength(1);
    expect(s.fake.requests.filter((r) => r.path === "/api/chat.postMessage")).toHaveLength(1);
    const row = await db.prisma.inboxEvent.findUniqueOrThrow({ where: { id: `slack:${id}` } });
    expect(row).toMatchObject({ status: "done", attempts: 1, platform: "slack" });
  });

  it("slack: a slash command is recorded, answered through its response_url, and a second delivery of it (same trigger_id) is not answered again", async () => {
    const s = await slack();
    const trigger = `${unique()}.738474920.8088930838d88f008e0`;
    const body = slashCommand(s.fake, { trigger_id: trigger, text: "bookings" });
    for (let i = 0; i < 2; i++)
      expect((await postSigned(s.url, SECRET, body, { contentType: "form" })).status).toBe(200);
    await s.fake.waitFor((r) => r.path.startsWith("/commands/"));
    await expect
      .poll(
        async () => (await db.prisma.inboxEvent.findUnique({ where: { id: `slack:${trigger}` } }))?.repliedAt,
      )
      .not.toBeNull();
    expect(s.core.events.map((e) => e.input)).toEqual([{ kind: "command", name: "bookings", args: "" }]);
    expect(s.fake.requests.filter((r) => r.path.startsWith("/commands/"))).toHaveLength(1);
  });

  async function discord(opts: { deferAfterMs?: number; ackedElsewhere?: Set<string> } = {}) {
    const callbacks = new Map<string, number>();
    const fake = await startFakeDiscord({
      override: (r: RecordedRequest) => {
        const id = /^\/api\/v10\/interactions\/(\d+)\//.exec(r.path)?.[1];
        if (!id) return undefined;
        const seen = (callbacks.get(id) ?? 0) + (opts.ackedElsewhere?.has(id) ? 1 : 0);
        callbacks.set(id, (callbacks.get(id) ?? 0) + 1);
        // Discord refuses a second first response to one interaction.
        if (seen > 0)
          return {
            status: 400,
            json: { message: "Interaction has already been acknowledged.", code: 40060 },
          };
        return undefined;
      },
    });
    const core = createRecordingCore([{ visibility: "private", lines: ["Booked."] }], { delayMs: 50 });
    const adapter: DiscordAdapter = await startDiscord(
      {
        token: FAKE_DISCORD_TOKEN,
        applicationId: FAKE_DISCORD_APP_ID,
        apiBase: fake.apiBase,
        connect: false,
        ...(opts.deferAfterMs !== undefined ? { deferAfterMs: opts.deferAfterMs } : {}),
      },
      core,
      log,
      processor,
    );
    closers.push(adapter.stop, fake.close);
    return { fake, core, adapter };
  }
  const answers = (fake: FakeHttp, id: string) =>
    fake.requests.filter(
      (r) =>
        (r.path.includes(`/interactions/${id}/`) && (r.body as { type?: number }).type === 4) ||
        (r.path.includes(`/webhooks/${FAKE_DISCORD_APP_ID}/`) && r.path.includes(id)),
    );

  it("discord: the same interaction delivered twice (a gateway replay) is recorded once and answered once, with no error", async () => {
    const d = await discord();
    const id = `10${unique()}`.slice(0, 19);
    dispatchInteraction(d.adapter.client, slashBook(id));
    dispatchInteraction(d.adapter.client, slashBook(id));
    await d.fake.waitFor((r) => r.path.includes(`/interactions/${id}/`));
    await expect
      .poll(
        async () => (await db.prisma.inboxEvent.findUnique({ where: { id: `discord:${id}` } }))?.repliedAt,
      )
      .not.toBeNull();
    expect(d.core.events).toHaveLength(1);
    expect(d.fake.requests.filter((r) => r.path.includes(`/interactions/${id}/`))).toHaveLength(1);
    expect(answers(d.fake, id)).toHaveLength(1);
  });

  it("discord: an interaction another process acknowledged already (40060 for our response) is not answered twice and logs no error", async () => {
    const id = `11${unique()}`.slice(0, 19);
    // Another bot process (fed the same interaction) answered first: Discord refuses our response.
    const d = await discord({ ackedElsewhere: new Set([id]) });
    dispatchInteraction(d.adapter.client, slashBook(id));
    await d.fake.waitFor((r) => r.path.includes(`/interactions/${id}/`));
    await expect
      .poll(async () => (await db.prisma.inboxEvent.findUnique({ where: { id: `discord:${id}` } }))?.status)
      .toBe("done");
    await new Promise((r) => setTimeout(r, 300));
    // One refused response, nothing sent after it (no follow-up, no "Done.").
    expect(d.fake.requests.filter((r) => r.path.includes(id))).toHaveLength(1);
  });

  it("discord: deferred at once, then answered by editing the deferred original", async () => {
    const d = await discord({ deferAfterMs: 0 });
    const id = `12${unique()}`.slice(0, 19);
    dispatchInteraction(d.adapter.client, slashBook(id));
    const edit = await d.fake.waitFor((r) => r.method === "PATCH" && r.path.includes("/messages/@original"));
    const callbacks = d.fake.requests.filter((r) => r.path.includes(`/interactions/${id}/`));
    expect(callbacks.map((r) => (r.body as { type: number }).type)).toEqual([5]);
    expect(edit.body).toMatchObject({ embeds: [{ description: "Booked." }] });
  });
});
