import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLog } from "../../../adapters/shared/log.ts";
import { startSlack } from "../../../adapters/slack/start.ts";
import type { Reply } from "../../../src/replies/reply.ts";
import { FAKE_SLACK_BOT_USER, postSigned, startFakeSlack } from "../../support/fake-slack.ts";
import { createRecordingCore, type RecordingCore } from "../support/fake-core.ts";
import { type FakeHttp, serve } from "../support/fake-http.ts";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

const privateReply: Reply = {
  visibility: "private",
  title: "Yoga <!channel> *flow*",
  lines: ["Booked. 3 spots left."],
  buttons: [[{ label: "Cancel booking", data: "c:bk_1", style: "danger" }]],
};

/** A slash command exactly as Slack POSTs it (application/x-www-form-urlencoded). */
function slashCommand(fake: FakeHttp, overrides: Record<string, string> = {}): string {
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

describe("slack adapter (Bolt HTTP receiver -> core -> Web API fake)", () => {
  let fake: Awaited<ReturnType<typeof startFakeSlack>>;
  let http: { url: string; close(): Promise<void> };
  let core: RecordingCore;

  async function boot(replies: Reply[]) {
    core = createRecordingCore(replies);
    const adapter = await startSlack(
      { botToken: "xoxb-test-token", signingSecret: SECRET, apiUrl: fake.apiUrl },
      core,
      silentLog,
    );
    const listener = adapter.listener;
    if (!listener) throw new Error("HTTP mode must expose a listener");
    http = await serve(listener);
  }

  beforeEach(async () => {
    fake = await startFakeSlack();
  });
  afterEach(async () => {
    await http?.close();
    await fake.close();
  });

  it("turns a slash command into a command input and answers ephemerally through response_url", async () => {
    await boot([privateReply]);
    const body = slashCommand(fake);
    const res = await postSigned(`${http.url}/slack/events`, SECRET, body, { contentType: "form" });
    expect(res.status).toBe(200);
    const answer = await fake.waitFor((r) => r.path === "/commands/T0001/1234/5678");
    expect(core.events).toEqual([
      {
        platform: "slack",
        eventId: "slack:13345224609.738474920.8088930838d88f008e0",
        user: { platformUserId: "U2147483697", displayName: "steve" },
        conversation: { spaceId: "T0001", channelId: "C2147483705", isDirect: false },
        input: { kind: "command", name: "sessions", args: "tomorrow" },
      },
    ]);
    expect(answer.body).toEqual({
      response_type: "ephemeral",
      text: "Yoga &lt;!channel&gt; *flow*",
      blocks: [
        { type: "header", text: { type: "plain_text", text: "Yoga <!channel> *flow*", emoji: true } },
        { type: "section", text: { type: "plain_text", text: "Booked. 3 spots left.", emoji: true } },
        {
          type: "actions",
          block_id: "row_0",
          elements: [
            {
              type: "button",
              action_id: "btn_0",
              text: { type: "plain_text", text: "Cancel booking", emoji: true },
              value: "c:bk_1",
              style: "danger",
            },
          ],
        },
      ],
    });
  });

  it("maps /trainer and a /book without a known verb", async () => {
    await boot([]);
    await postSigned(
      `${http.url}/slack/events`,
      SECRET,
      slashCommand(fake, { command: "/trainer", text: "roster yoga", trigger_id: "t.1" }),
      { contentType: "form" },
    );
    await postSigned(
      `${http.url}/slack/events`,
      SECRET,
      slashCommand(fake, { text: "yoga tomorrow 7am", trigger_id: "t.2" }),
      { contentType: "form" },
    );
    await expect.poll(() => core.events.length).toBe(2);
    expect(core.events.map((e) => e.input)).toEqual([
      { kind: "command", name: "trainer", args: "roster yoga" },
      { kind: "command", name: "book", args: "yoga tomorrow 7am" },
    ]);
  });

  it("turns a Block Kit button click into a button input, answering below the message", async () => {
    await boot([{ visibility: "public", lines: ["Steve booked Yoga."] }]);
    const payload = {
      type: "block_actions",
      user: { id: "U2147483697", username: "steve", name: "steve", team_id: "T0001" },
      api_app_id: "A123456",
      token: "gIkuvaNzQIHg97ATvDxqgjtO",
      container: {
        type: "message",
        message_ts: "1700000000.000100",
        channel_id: "C2147483705",
        is_ephemeral: false,
      },
      trigger_id: "12466734323.1395872398.e2d94ed5d8a5b1bb4c7b6a6e8e34d1b3",
      team: { id: "T0001", domain: "example" },
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: "C2147483705", name: "general" },
      message: { type: "message", ts: "1700000000.000100", text: "Yoga", user: FAKE_SLACK_BOT_USER },
      state: { values: {} },
      response_url: `${fake.url}/actions/T0001/999/abc`,
      actions: [
        {
          action_id: "btn_0",
          block_id: "row_0",
          text: { type: "plain_text", text: "Book", emoji: true },
          value: "b:occ_42",
          type: "button",
          action_ts: "1700000001.000200",
        },
      ],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const res = await postSigned(`${http.url}/slack/events`, SECRET, body, { contentType: "form" });
    expect(res.status).toBe(200);
    const answer = await fake.waitFor((r) => r.path === "/actions/T0001/999/abc");
    expect(core.events[0]).toEqual({
      platform: "slack",
      eventId: "slack:12466734323.1395872398.e2d94ed5d8a5b1bb4c7b6a6e8e34d1b3",
      user: { platformUserId: "U2147483697", displayName: "steve" },
      conversation: { spaceId: "T0001", channelId: "C2147483705", isDirect: false },
      input: { kind: "button", data: "b:occ_42" },
    });
    expect(answer.body).toEqual({
      response_type: "in_channel",
      replace_original: false,
      text: "Steve booked Yoga.",
      blocks: [{ type: "section", text: { type: "plain_text", text: "Steve booked Yoga.", emoji: true } }],
    });
  });

  it("opens a modal for a form with the trigger_id, and a submission becomes a form input", async () => {
    const form: Reply = {
      visibility: "private",
      lines: [],
      form: {
        data: "f:override:occ_42",
        title: "Override session",
        submitLabel: "Save",
        fields: [{ name: "capacity", label: "Capacity", kind: "number", initial: "12" }],
      },
    };
    await boot([form]);
    await postSigned(
      `${http.url}/slack/events`,
      SECRET,
      slashCommand(fake, { command: "/trainer", text: "override yoga", trigger_id: "trig.1" }),
      { contentType: "form" },
    );
    const open = await fake.waitFor((r) => r.path === "/api/views.open");
    expect(open.headers.authorization).toBe("Bearer xoxb-test-token");
    expect(open.body).toEqual({
      team_id: "T0001",
      trigger_id: "trig.1",
      view: {
        type: "modal",
        callback_id: "booking_form",
        title: { type: "plain_text", text: "Override session", emoji: true },
        submit: { type: "plain_text", text: "Save", emoji: true },
        close: { type: "plain_text", text: "Cancel", emoji: true },
        private_metadata: JSON.stringify({
          data: "f:override:occ_42",
          channelId: "C2147483705",
          isDirect: false,
        }),
        blocks: [
          {
            type: "input",
            block_id: "capacity",
            optional: false,
            label: { type: "plain_text", text: "Capacity", emoji: true },
            element: {
              type: "number_input",
              action_id: "value",
              is_decimal_allowed: false,
              initial_value: "12",
            },
          },
        ],
      },
    });
    const submission = {
      type: "view_submission",
      team: { id: "T0001", domain: "example" },
      user: { id: "U2147483697", username: "steve", name: "steve", team_id: "T0001" },
      api_app_id: "A123456",
      token: "gIkuvaNzQIHg97ATvDxqgjtO",
      trigger_id: "trig.2",
      view: {
        id: "V0001",
        team_id: "T0001",
        type: "modal",
        callback_id: "booking_form",
        private_metadata: JSON.stringify({
          data: "f:override:occ_42",
          channelId: "C2147483705",
          isDirect: false,
        }),
        state: { values: { capacity: { value: { type: "number_input", value: "14" } } } },
        hash: "156772938.1827394",
      },
      response_urls: [],
    };
    const res = await postSigned(
      `${http.url}/slack/events`,
      SECRET,
      new URLSearchParams({ payload: JSON.stringify(submission) }).toString(),
      { contentType: "form" },
    );
    expect(res.status).toBe(200);
    await expect.poll(() => core.events.length).toBe(2);
    expect(core.events[1]?.input).toEqual({
      kind: "form",
      data: "f:override:occ_42",
      values: { capacity: "14" },
    });
    expect(core.events[1]?.eventId).toBe("slack:trig.2");
  });

  it("treats an app_mention as free text, keeps event_id stable across retries, answers privately with chat.postEphemeral", async () => {
    await boot([{ visibility: "private", lines: ["Which yoga? Morning or evening?"] }]);
    const envelope = {
      token: "gIkuvaNzQIHg97ATvDxqgjtO",
      team_id: "T0001",
      api_app_id: "A123456",
      event: {
        type: "app_mention",
        user: "U2147483697",
        text: `<@${FAKE_SLACK_BOT_USER}> book yoga tomorrow`,
        ts: "1700000005.000200",
        channel: "C2147483705",
        event_ts: "1700000005.000200",
      },
      type: "event_callback",
      event_id: "Ev0LAN670R",
      event_time: 1700000005,
      authorizations: [{ enterprise_id: null, team_id: "T0001", user_id: FAKE_SLACK_BOT_USER, is_bot: true }],
    };
    const body = JSON.stringify(envelope);
    await postSigned(`${http.url}/slack/events`, SECRET, body, { contentType: "json" });
    await postSigned(`${http.url}/slack/events`, SECRET, body, {
      contentType: "json",
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    await expect.poll(() => core.events.length).toBe(2);
    expect(core.events[0]).toEqual({
      platform: "slack",
      eventId: "slack:Ev0LAN670R",
      user: { platformUserId: "U2147483697", displayName: "U2147483697" },
      conversation: { spaceId: "T0001", channelId: "C2147483705", isDirect: false },
      input: { kind: "text", text: "book yoga tomorrow" },
    });
    // The redelivery carries the same id, so the core's dedupe drops it.
    expect(core.events[1]?.eventId).toBe(core.events[0]?.eventId);
    const eph = await fake.waitFor((r) => r.path === "/api/chat.postEphemeral");
    expect(eph.body).toEqual({
      team_id: "T0001",
      channel: "C2147483705",
      user: "U2147483697",
      text: "Which yoga? Morning or evening?",
      blocks: [
        {
          type: "section",
          text: { type: "plain_text", text: "Which yoga? Morning or evening?", emoji: true },
        },
      ],
    });
  });

  it("treats a DM to the bot as free text and answers in the DM", async () => {
    await boot([{ visibility: "private", lines: ["You have 2 bookings."] }]);
    const envelope = {
      token: "x",
      team_id: "T0001",
      api_app_id: "A123456",
      event: {
        type: "message",
        channel_type: "im",
        user: "U2147483697",
        text: "my bookings",
        ts: "1700000006.000200",
        channel: "D024BE91L",
        event_ts: "1700000006.000200",
      },
      type: "event_callback",
      event_id: "Ev0DM00001",
      event_time: 1700000006,
    };
    await postSigned(`${http.url}/slack/events`, SECRET, JSON.stringify(envelope), { contentType: "json" });
    const post = await fake.waitFor((r) => r.path === "/api/chat.postMessage");
    expect(core.events[0]?.conversation).toEqual({
      spaceId: "T0001",
      channelId: "D024BE91L",
      isDirect: true,
    });
    expect(post.body).toMatchObject({ channel: "D024BE91L", text: "You have 2 bookings." });
  });

  describe("forged and replayed requests are refused with no side effect", () => {
    const cases: Array<[string, (body: string) => Parameters<typeof postSigned>[3]]> = [
      ["bad signature", () => ({ contentType: "form", signature: "v0=deadbeef" })],
      [
        "signed with another secret",
        () => ({
          contentType: "form",
          signature: "v0=0000000000000000000000000000000000000000000000000000000000000000",
        }),
      ],
      [
        "stale timestamp (6 minutes old)",
        () => ({ contentType: "form", timestampSec: Math.floor(Date.now() / 1000) - 360 }),
      ],
      [
        "future timestamp (6 minutes ahead)",
        () => ({ contentType: "form", timestampSec: Math.floor(Date.now() / 1000) + 360 }),
      ],
    ];
    for (const [name, opts] of cases) {
      it(name, async () => {
        await boot([privateReply]);
        const body = slashCommand(fake);
        const res = await postSigned(`${http.url}/slack/events`, SECRET, body, opts(body));
        expect(res.status).toBe(401);
        await new Promise((r) => setTimeout(r, 100));
        expect(core.events).toEqual([]);
        expect(fake.requests.filter((r) => !r.path.endsWith("auth.test"))).toEqual([]);
      });
    }
  });
});
