import { describe, expect, it } from "vitest";
import { FAKE_SLACK_BOT_USER, postSigned } from "../../../fakes/slack/web-api.ts";
import { dmEvent, privateReply, SECRET, slashCommand, useSlackRig } from "./slack-fixtures.ts";

describe("slack: Events API messages, retries and request verification", () => {
  const rig = useSlackRig();

  it("treats an app_mention as free text, keeps event_id stable across retries, answers privately with chat.postEphemeral", async () => {
    await rig.boot([{ visibility: "private", lines: ["Which yoga? Morning or evening?"] }]);
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
    await postSigned(`${rig.http.url}/slack/events`, SECRET, body, { contentType: "json" });
    await postSigned(`${rig.http.url}/slack/events`, SECRET, body, {
      contentType: "json",
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    // The redelivery carries the same id: the inbox recorded it once, so the core sees it once.
    await rig.fake.waitFor((r) => r.path === "/api/chat.postEphemeral");
    await rig.inbox.stop();
    expect(rig.core.events).toHaveLength(1);
    expect(rig.core.events[0]).toEqual({
      platform: "slack",
      eventId: "slack:Ev0LAN670R",
      user: { platformUserId: "U2147483697", displayName: "U2147483697" },
      conversation: { workspaceId: "T0001", channelId: "C2147483705", isDirect: false },
      input: { kind: "text", text: "book yoga tomorrow" },
      // users.info (include_locale): the member's Slack language.
      locale: "en-US",
    });
    const eph = await rig.fake.waitFor((r) => r.path === "/api/chat.postEphemeral");
    expect(eph.body).toEqual({
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
    await rig.boot([{ visibility: "private", lines: ["You have 2 bookings."] }]);
    const envelope = dmEvent("Ev0DM00001");
    await postSigned(`${rig.http.url}/slack/events`, SECRET, JSON.stringify(envelope), {
      contentType: "json",
    });
    const post = await rig.fake.waitFor((r) => r.path === "/api/chat.postMessage");
    expect(rig.core.events[0]?.conversation).toEqual({
      workspaceId: "T0001",
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
        await rig.boot([privateReply]);
        const body = slashCommand(rig.fake);
        const res = await postSigned(`${rig.http.url}/slack/events`, SECRET, body, opts(body));
        expect(res.status).toBe(401);
        await new Promise((r) => setTimeout(r, 100));
        expect(rig.core.events).toEqual([]);
        expect(rig.fake.requests.filter((r) => !r.path.endsWith("auth.test"))).toEqual([]);
      });
    }
  });
});
