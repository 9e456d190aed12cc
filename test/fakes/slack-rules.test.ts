import { type Logger, LogLevel, WebClient } from "@slack/web-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeHttp } from "../../fakes/net/http.ts";
import { SLACK_LIMITS } from "../../fakes/slack/rules.ts";
import { startFakeSlack } from "../../fakes/slack/web-api.ts";

/** The fake Slack Web API through the real WebClient: what Slack refuses is refused, the rest accepted. */
describe("fake Slack Web API rules", () => {
  let fake: FakeHttp & { apiUrl: string };
  let client: WebClient;
  beforeAll(async () => {
    fake = await startFakeSlack();
    // Refusals are what these tests expect: the client's own error log stays quiet.
    const quiet: Logger = {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: () => undefined,
      setLevel: () => undefined,
      getLevel: () => LogLevel.ERROR,
      setName: () => undefined,
    };
    client = new WebClient("xoxb-test", {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      logger: quiet,
    });
  });
  afterAll(() => fake.close());

  /** The Slack error code of a call, or "ok". */
  async function outcome(method: string, args: Record<string, unknown>): Promise<string> {
    try {
      await client.apiCall(method, args);
      return "ok";
    } catch (err) {
      return String((err as { data?: { error?: unknown } }).data?.error ?? err);
    }
  }
  const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });
  const button = (over: Record<string, unknown> = {}) => ({
    type: "button",
    text: { type: "plain_text", text: "Book" },
    action_id: "book",
    value: "v",
    ...over,
  });
  const actions = (n: number, over: Record<string, unknown> = {}) => ({
    type: "actions",
    elements: Array.from({ length: n }, (_, i) => button({ action_id: `a${i}`, ...over })),
  });
  const modal = (over: Record<string, unknown> = {}) => ({
    type: "modal",
    title: { type: "plain_text", text: "Book a class" },
    submit: { type: "plain_text", text: "Book" },
    blocks: [
      {
        type: "input",
        block_id: "when",
        label: { type: "plain_text", text: "When" },
        element: { type: "plain_text_input", action_id: "v" },
      },
    ],
    ...over,
  });

  it("an unknown method is unknown_method; a known one answers ok", async () => {
    expect(await outcome("chat.postMesage", { channel: "C1", text: "hi" })).toBe("unknown_method");
    expect(await outcome("auth.test", {})).toBe("ok");
  });

  it("chat.postMessage needs a channel and text or blocks; text is at most 40,000 characters", async () => {
    expect(await outcome("chat.postMessage", { text: "hi" })).toBe("channel_not_found");
    expect(await outcome("chat.postMessage", { channel: "C1" })).toBe("no_text");
    expect(await outcome("chat.postMessage", { channel: "C1", text: "" })).toBe("no_text");
    expect(await outcome("chat.postMessage", { channel: "C1", blocks: [section("hi")] })).toBe("ok");
    expect(
      await outcome("chat.postMessage", { channel: "C1", text: "x".repeat(SLACK_LIMITS.messageText) }),
    ).toBe("ok");
    expect(
      await outcome("chat.postMessage", { channel: "C1", text: "x".repeat(SLACK_LIMITS.messageText + 1) }),
    ).toBe("msg_too_long");
  });

  it("chat.postEphemeral needs a channel, a user and text or blocks", async () => {
    expect(await outcome("chat.postEphemeral", { user: "U1", text: "hi" })).toBe("channel_not_found");
    expect(await outcome("chat.postEphemeral", { channel: "C1", text: "hi" })).toBe("invalid_arguments");
    expect(await outcome("chat.postEphemeral", { channel: "C1", user: "U1" })).toBe("no_text");
    expect(await outcome("chat.postEphemeral", { channel: "C1", user: "U1", text: "hi" })).toBe("ok");
  });

  it("Block Kit limits: 50 blocks, section text 3000, button text 75, value 2000, action_id 255, 25 elements", async () => {
    const post = (blocks: unknown[]) => outcome("chat.postMessage", { channel: "C1", text: "t", blocks });
    expect(await post(Array.from({ length: 50 }, () => section("s")))).toBe("ok");
    expect(await post(Array.from({ length: 51 }, () => section("s")))).toBe("invalid_blocks");
    expect(await post([section("x".repeat(3000))])).toBe("ok");
    expect(await post([section("x".repeat(3001))])).toBe("invalid_blocks");
    expect(await post([section("")])).toBe("invalid_blocks");
    expect(await post([actions(1, { text: { type: "plain_text", text: "x".repeat(75) } })])).toBe("ok");
    expect(await post([actions(1, { text: { type: "plain_text", text: "x".repeat(76) } })])).toBe(
      "invalid_blocks",
    );
    expect(await post([actions(1, { text: { type: "mrkdwn", text: "b" } })])).toBe("invalid_blocks");
    expect(await post([actions(1, { value: "x".repeat(2000) })])).toBe("ok");
    expect(await post([actions(1, { value: "x".repeat(2001) })])).toBe("invalid_blocks");
    expect(await post([{ type: "actions", elements: [button({ action_id: "x".repeat(255) })] }])).toBe("ok");
    expect(await post([{ type: "actions", elements: [button({ action_id: "x".repeat(256) })] }])).toBe(
      "invalid_blocks",
    );
    expect(await post([actions(25)])).toBe("ok");
    expect(await post([actions(26)])).toBe("invalid_blocks");
    expect(await post([{ type: "header", text: { type: "plain_text", text: "x".repeat(151) } }])).toBe(
      "invalid_blocks",
    );
    expect(await post([{ type: "fancy" }])).toBe("invalid_blocks");
  });

  it("a refusal points at the field, as Slack's response_metadata does", async () => {
    try {
      await client.chat.postMessage({
        channel: "C1",
        text: "t",
        blocks: [section("ok"), section("x".repeat(3001))],
      });
      expect.unreachable();
    } catch (err) {
      const data = (err as { data: { response_metadata?: { messages?: string[] } } }).data;
      expect(data.response_metadata?.messages?.join(" ")).toContain("[json-pointer:/blocks/1/text/text]");
    }
  });

  it("views.open needs trigger_id and a view: a modal title is at most 24 characters, input blocks only in modals", async () => {
    expect(await outcome("views.open", { view: modal() })).toBe("invalid_arguments");
    expect(await outcome("views.open", { trigger_id: "1.2.3" })).toBe("invalid_arguments");
    expect(await outcome("views.open", { trigger_id: "1.2.3", view: modal() })).toBe("ok");
    const title = (text: string) => modal({ title: { type: "plain_text", text } });
    expect(await outcome("views.open", { trigger_id: "1.2.3", view: title("x".repeat(24)) })).toBe("ok");
    expect(await outcome("views.open", { trigger_id: "1.2.3", view: title("x".repeat(25)) })).toBe(
      "invalid_arguments",
    );
    expect(await outcome("views.open", { trigger_id: "1.2.3", view: modal({ submit: undefined }) })).toBe(
      "invalid_arguments",
    );
    expect(
      await outcome("views.open", {
        trigger_id: "1.2.3",
        view: modal({ private_metadata: "x".repeat(3001) }),
      }),
    ).toBe("invalid_arguments");
    const input = modal().blocks[0];
    expect(await outcome("chat.postMessage", { channel: "C1", text: "t", blocks: [input] })).toBe(
      "invalid_blocks",
    );
  });

  it("a response_url post follows the message rules; delete_original needs nothing", async () => {
    const post = (body: unknown) =>
      fetch(`${fake.url}/commands/T0001/1/2`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ ok: boolean; error?: string }>);
    expect(await post({ text: "hi", response_type: "ephemeral" })).toEqual({ ok: true });
    expect((await post({ response_type: "ephemeral" })).error).toBe("no_text");
    expect((await post({ text: "t", blocks: [section("x".repeat(3001))] })).error).toBe("invalid_blocks");
    expect(await post({ delete_original: true })).toEqual({ ok: true });
  });
});
