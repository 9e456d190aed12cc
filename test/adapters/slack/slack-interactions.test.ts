import { describe, expect, it } from "vitest";
import { FAKE_SLACK_BOT_USER, postSigned } from "../../../fakes/slack/web-api.ts";
import type { Reply } from "../../../src/ports/chat.ts";
import { privateReply, SECRET, slashCommand, useSlackRig } from "./slack-fixtures.ts";

describe("slack: slash commands, buttons and modals through the Bolt HTTP receiver", () => {
  const rig = useSlackRig();

  it("turns a slash command into a command input and answers ephemerally through response_url", async () => {
    await rig.boot([privateReply]);
    const body = slashCommand(rig.fake);
    const res = await postSigned(`${rig.http.url}/slack/events`, SECRET, body, { contentType: "form" });
    expect(res.status).toBe(200);
    const answer = await rig.fake.waitFor((r) => r.path === "/commands/T0001/1234/5678");
    expect(rig.core.events).toEqual([
      {
        platform: "slack",
        eventId: "slack:13345224609.738474920.8088930838d88f008e0",
        user: { platformUserId: "U2147483697", displayName: "steve" },
        conversation: { workspaceId: "T0001", channelId: "C2147483705", isDirect: false },
        input: { kind: "command", name: "sessions", args: "tomorrow" },
        // users.info (include_locale): the member's Slack language.
        locale: "en-US",
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

  it("maps /trainer, a /book without a known verb, staff words and an empty /book", async () => {
    await rig.boot([]);
    await postSigned(
      `${rig.http.url}/slack/events`,
      SECRET,
      slashCommand(rig.fake, { command: "/trainer", text: "roster yoga", trigger_id: "t.1" }),
      { contentType: "form" },
    );
    await postSigned(
      `${rig.http.url}/slack/events`,
      SECRET,
      slashCommand(rig.fake, { text: "yoga tomorrow 7am", trigger_id: "t.2" }),
      { contentType: "form" },
    );
    // Staff words work after /book too, as the core's help shows them ("/roster spin").
    await postSigned(
      `${rig.http.url}/slack/events`,
      SECRET,
      slashCommand(rig.fake, { text: "Roster spin fri", trigger_id: "t.3" }),
      { contentType: "form" },
    );
    await postSigned(
      `${rig.http.url}/slack/events`,
      SECRET,
      slashCommand(rig.fake, { text: "", trigger_id: "t.4" }),
      { contentType: "form" },
    );
    await expect.poll(() => rig.core.events.length).toBe(4);
    const inOrder = [...rig.core.events].sort((a, b) => a.eventId.localeCompare(b.eventId));
    expect(inOrder.map((e) => e.input)).toEqual([
      { kind: "command", name: "trainer", args: "roster yoga" },
      { kind: "command", name: "book", args: "yoga tomorrow 7am" },
      { kind: "command", name: "roster", args: "spin fri" },
      { kind: "command", name: "help", args: "" },
    ]);
  });

  it("turns a Block Kit button click into a button input, answering below the message", async () => {
    await rig.boot([{ visibility: "public", lines: ["Steve booked Yoga."] }]);
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
      response_url: `${rig.fake.url}/actions/T0001/999/abc`,
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
    const res = await postSigned(`${rig.http.url}/slack/events`, SECRET, body, { contentType: "form" });
    expect(res.status).toBe(200);
    const answer = await rig.fake.waitFor((r) => r.path === "/actions/T0001/999/abc");
    expect(rig.core.events[0]).toEqual({
      platform: "slack",
      eventId: "slack:12466734323.1395872398.e2d94ed5d8a5b1bb4c7b6a6e8e34d1b3",
      user: { platformUserId: "U2147483697", displayName: "steve" },
      conversation: { workspaceId: "T0001", channelId: "C2147483705", isDirect: false },
      input: { kind: "button", data: "b:occ_42" },
      // users.info (include_locale): the member's Slack language.
      locale: "en-US",
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
    await rig.boot([form]);
    await postSigned(
      `${rig.http.url}/slack/events`,
      SECRET,
      slashCommand(rig.fake, { command: "/trainer", text: "override yoga", trigger_id: "trig.1" }),
      { contentType: "form" },
    );
    const open = await rig.fake.waitFor((r) => r.path === "/api/views.open");
    expect(open.headers.authorization).toBe("Bearer xoxb-test-token");
    // Answered from the inbox's record with the app's client (no listener's team context).
    expect(open.body).toEqual({
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
      `${rig.http.url}/slack/events`,
      SECRET,
      new URLSearchParams({ payload: JSON.stringify(submission) }).toString(),
      { contentType: "form" },
    );
    expect(res.status).toBe(200);
    await expect.poll(() => rig.core.events.length).toBe(2);
    expect(rig.core.events[1]?.input).toEqual({
      kind: "form",
      data: "f:override:occ_42",
      values: { capacity: "14" },
    });
    expect(rig.core.events[1]?.eventId).toBe("slack:trig.2");
  });
});
