import { afterEach, expect } from "vitest";
import { startSlack } from "../../../adapters/slack/start.ts";
import { type FakeHttp, serve } from "../../../fakes/net/http.ts";
import { startFakeSlack } from "../../../fakes/slack/web-api.ts";
import type { Reply } from "../../../src/ports/chat.ts";
import { createCaptureLog } from "../support/capture-log.ts";
import { createRecordingCore, type RecordingCore } from "../support/fake-core.ts";
import { createMemoryInbox } from "../support/memory-inbox.ts";

export const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

/** A DM to the bot (by default "my bookings" in D024BE91L) as the Events API delivers it. */
export function dmEvent(
  eventId: string,
  {
    user = "U2147483697",
    text = "my bookings",
    channel = "D024BE91L",
  }: { user?: string; text?: string; channel?: string } = {},
) {
  return {
    token: "x",
    team_id: "T0001",
    api_app_id: "A123456",
    type: "event_callback",
    event_id: eventId,
    event_time: 1700000006,
    event: {
      type: "message",
      channel_type: "im",
      user,
      text,
      ts: "1700000006.000200",
      channel,
      event_ts: "1700000006.000200",
    },
  };
}

export const privateReply: Reply = {
  visibility: "private",
  title: "Yoga <!channel> *flow*",
  lines: ["Booked. 3 spots left."],
  buttons: [[{ label: "Cancel booking", data: "c:bk_1", style: "danger" }]],
};

/** A slash command exactly as Slack POSTs it (application/x-www-form-urlencoded). */
export function slashCommand(fake: FakeHttp, overrides: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: "gIkuvaNzQIHg97ATvDxqgjtO",
    team_id: "T0001",
    team_domain: "example",
    channel_id: "C2147483705",
    channel_name: "general",
    user_id: "U2147483697",
    user_name: "steve",
    command: "/book",
    text: "sessions tomorrow",
    api_app_id: "A123456",
    is_enterprise_install: "false",
    response_url: `${fake.url}/commands/T0001/1234/5678`,
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    ...overrides,
  }).toString();
}

export interface SlackRig {
  fake: Awaited<ReturnType<typeof startFakeSlack>>;
  http: { url: string; close(): Promise<void> };
  core: RecordingCore;
  inbox: ReturnType<typeof createMemoryInbox>;
  log: ReturnType<typeof createCaptureLog>;
  /** Starts the fake Web API, the adapter (HTTP mode) and a server for its listener. */
  boot(replies: Reply[]): Promise<void>;
}

/**
 * One rig per test: the real Bolt app behind a local server, talking to a fake Slack Web API, taking
 * requests through the inbox as in production (an in-memory one).
 */
export function useSlackRig(): SlackRig {
  const rig = {
    async boot(replies: Reply[]) {
      const log = createCaptureLog();
      rig.log = log;
      rig.fake = await startFakeSlack();
      rig.core = createRecordingCore(replies);
      rig.inbox = createMemoryInbox(log);
      const adapter = await startSlack(
        { botToken: "xoxb-test-token", signingSecret: SECRET, apiUrl: rig.fake.apiUrl },
        rig.core,
        log,
        rig.inbox,
      );
      if (!adapter.listener) throw new Error("HTTP mode must expose a listener");
      rig.http = await serve(adapter.listener);
    },
  } as SlackRig;
  afterEach(async () => {
    await rig.http?.close();
    await rig.fake?.close();
    // Nothing may fail quietly inside the adapter.
    expect(rig.log?.errors ?? []).toEqual([]);
  });
  return rig;
}
