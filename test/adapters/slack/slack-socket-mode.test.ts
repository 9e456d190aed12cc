import { afterEach, describe, expect, it } from "vitest";
import { type SlackAdapter, startSlack } from "../../../adapters/slack/start.ts";
import { type FakeWsServer, startFakeWsServer, type WsPeer } from "../../../fakes/net/ws.ts";
import { startFakeSlack } from "../../../fakes/slack/web-api.ts";
import { createInboxProcessor } from "../../../src/inbox/inbox-processor.ts";
import { createPrismaInbox } from "../../../src/infra/prisma/inbox-store.ts";
import type { AdapterInbox } from "../../../src/ports/inbox.ts";
import { createTestPgDatabase, describePg } from "../../support/test-db.ts";
import { createCaptureLog } from "../support/capture-log.ts";
import { createRecordingCore } from "../support/fake-core.ts";
import { createMemoryInbox } from "../support/memory-inbox.ts";
import { dmEvent } from "./slack-fixtures.ts";

/** Slack's Socket Mode link: `hello` on connect, then envelopes the app must ack by envelope_id. */
async function startFakeSocketLink() {
  const acks: Array<{ envelope_id: string; payload?: unknown }> = [];
  let peer: WsPeer | undefined;
  let connected: () => void = () => {};
  const ready = new Promise<void>((r) => {
    connected = r;
  });
  const server: FakeWsServer = await startFakeWsServer({
    onOpen: (p) => {
      peer = p;
      p.send(
        JSON.stringify({
          type: "hello",
          num_connections: 1,
          debug_info: { host: "applink-fake", build_number: 1, approximate_connection_time: 18060 },
          connection_info: { app_id: "A123456" },
        }),
      );
      connected();
    },
    onText: (_p, text) => {
      acks.push(JSON.parse(text) as { envelope_id: string });
    },
  });
  return {
    url: server.url,
    acks,
    ready,
    /** Open sockets: 0 once the app has finished its close handshake. */
    open: () => server.peers.size,
    envelope(envelope: object) {
      peer?.send(JSON.stringify(envelope));
    },
    close: () => server.close(),
  };
}

describe("slack: Socket Mode (no public URL) against a local socket link and Web API", () => {
  const log = createCaptureLog();
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of closers.splice(0)) await c();
    expect(log.errors).toEqual([]);
  });

  it("opens the link with the app token, acks each envelope, and answers through the Web API", async () => {
    const link = await startFakeSocketLink();
    const fake = await startFakeSlack((r) =>
      r.path === "/api/apps.connections.open"
        ? { json: { ok: true, url: `${link.url}/link/?ticket=fake` } }
        : undefined,
    );
    closers.push(link.close, fake.close);
    const core = createRecordingCore([{ visibility: "private", lines: ["You have 2 bookings."] }]);
    const adapter: SlackAdapter = await startSlack(
      { botToken: "xoxb-test-token", socketMode: { appToken: "xapp-1-A123456-fake" }, apiUrl: fake.apiUrl },
      core,
      log,
      createMemoryInbox(),
    );
    // Stop the app and let its close handshake finish before the link goes away.
    closers.unshift(async () => {
      await adapter.stop();
      await expect.poll(() => link.open()).toBe(0);
    });
    await link.ready;
    const open = await fake.waitFor((r) => r.path === "/api/apps.connections.open");
    expect(open.headers.authorization).toBe("Bearer xapp-1-A123456-fake");

    link.envelope({
      envelope_id: "57d6a792-4d35-4d0f-b8d6-e618eb0d3d19",
      type: "events_api",
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: "",
      payload: {
        token: "x",
        team_id: "T0001",
        api_app_id: "A123456",
        type: "event_callback",
        event_id: "Ev0SOCKET01",
        event_time: 1700000006,
        event: {
          type: "message",
          channel_type: "im",
          user: "U2147483697",
          text: "my bookings",
          ts: "1700000006.000200",
          channel: "D024BE91L",
          event_ts: "1700000006.000200",
        },
      },
    });
    const post = await fake.waitFor((r) => r.path === "/api/chat.postMessage");
    expect(link.acks).toEqual([{ envelope_id: "57d6a792-4d35-4d0f-b8d6-e618eb0d3d19", payload: {} }]);
    expect(core.events).toEqual([
      {
        platform: "slack",
        eventId: "slack:Ev0SOCKET01",
        user: { platformUserId: "U2147483697", displayName: "U2147483697" },
        conversation: { workspaceId: "T0001", channelId: "D024BE91L", isDirect: true },
        input: { kind: "text", text: "my bookings" },
        // users.info (include_locale): the member's Slack language.
        locale: "en-US",
      },
    ]);
    expect(post.body).toEqual({
      channel: "D024BE91L",
      text: "You have 2 bookings.",
      blocks: [{ type: "section", text: { type: "plain_text", text: "You have 2 bookings.", emoji: true } }],
    });
  });
});

describePg("slack: Socket Mode through the inbox", () => {
  const log = createCaptureLog();
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of closers.splice(0)) await c();
    expect(log.errors).toEqual([]);
  });

  it("acks an envelope only after its record; connected() follows the socket", async () => {
    const db = await createTestPgDatabase();
    closers.push(() => db.drop());
    const link = await startFakeSocketLink();
    const fake = await startFakeSlack((r) =>
      r.path === "/api/apps.connections.open"
        ? { json: { ok: true, url: `${link.url}/link/?ticket=fake` } }
        : undefined,
    );
    closers.push(link.close, fake.close);
    const processor = createInboxProcessor({ inbox: createPrismaInbox(db.prisma), log });
    const acksWhenRecording: number[] = [];
    const inbox: AdapterInbox = {
      ...processor,
      accept: async (entry) => {
        await new Promise((r) => setTimeout(r, 300)); // a slow insert: no ack may go out meanwhile
        acksWhenRecording.push(link.acks.length);
        return processor.accept(entry);
      },
    };
    const core = createRecordingCore([{ visibility: "private", lines: ["You have 2 bookings."] }]);
    const adapter: SlackAdapter = await startSlack(
      { botToken: "xoxb-test-token", socketMode: { appToken: "xapp-1-A123456-fake" }, apiUrl: fake.apiUrl },
      core,
      log,
      inbox,
    );
    closers.unshift(async () => {
      await adapter.stop();
      await processor.stop();
      await expect.poll(() => link.open()).toBe(0);
      expect(adapter.connected()).toBe(false);
    });
    await link.ready;
    await expect.poll(() => adapter.connected()).toBe(true);
    const eventId = `EvSOCKINBOX${process.pid}${Date.now()}`;
    link.envelope({
      envelope_id: "a7d6a792-4d35-4d0f-b8d6-e618eb0d3d19",
      type: "events_api",
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: "",
      payload: dmEvent(eventId),
    });
    await fake.waitFor((r) => r.path === "/api/chat.postMessage");
    expect(acksWhenRecording).toEqual([0]);
    expect(link.acks).toEqual([{ envelope_id: "a7d6a792-4d35-4d0f-b8d6-e618eb0d3d19", payload: {} }]);
    expect((await db.prisma.inboxEvent.findUniqueOrThrow({ where: { id: `slack:${eventId}` } })).status).toBe(
      "done",
    );
  });
});
