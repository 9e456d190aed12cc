import { afterEach, describe, expect, it } from "vitest";
import { createSlackFileReader } from "../../../adapters/slack/files.ts";
import { messageEventToInput } from "../../../adapters/slack/to-input.ts";
import type { FakeHttp } from "../../../fakes/net/http.ts";
import { FAKE_SLACK_BOT_USER, startFakeSlack } from "../../../fakes/slack/web-api.ts";
import { ChatFileTooLargeError } from "../../../src/ports/chat-files.ts";

const ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nEND:VCALENDAR\r\n";
const TOKEN = "xoxb-1-test-token";

describe("slack: a trainer's .ics shared in the DM", () => {
  let fake: (FakeHttp & { apiUrl: string; addFile(id: string, name: string, c: string): void }) | null = null;
  afterEach(async () => {
    await fake?.close();
    fake = null;
  });

  it("a file_share message becomes a file input with the file id (never its URL)", () => {
    const envelope = {
      team_id: "T0001",
      event_id: "Ev0FILE001",
      type: "event_callback",
      event: {
        type: "message",
        subtype: "file_share",
        channel_type: "im",
        user: "U2147483697",
        text: "",
        channel: "D024BE91L",
        files: [{ id: "F0ICS0001", name: "sam.ics", size: 1234, url_private: "https://evil.example/x" }],
      },
    };
    expect(messageEventToInput(envelope, FAKE_SLACK_BOT_USER)?.input).toEqual({
      kind: "file",
      name: "sam.ics",
      size: 1234,
      ref: "F0ICS0001",
    });
    // Other subtypes (edits, joins) stay ignored.
    expect(
      messageEventToInput(
        { ...envelope, event: { ...envelope.event, subtype: "message_changed" } },
        undefined,
      ),
    ).toBeNull();
  });

  it("reads it through files.info and url_private_download with the bot token, size-limited", async () => {
    fake = await startFakeSlack();
    fake.addFile("F0ICS0001", "sam.ics", ICS);
    fake.addFile("F0BIG0001", "big.ics", "X".repeat(5000));
    const reader = createSlackFileReader({ token: TOKEN, apiUrl: fake.apiUrl });
    expect((await reader.read("F0ICS0001", 1_000_000)).toString("utf8")).toBe(ICS);
    const download = fake.requests.find((r) => r.path.startsWith("/files-pri/"));
    expect(download?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(fake.requests.filter((r) => r.path === "/api/files.info")).toHaveLength(1);
    const before = fake.requests.length;
    await expect(reader.read("F0BIG0001", 1000)).rejects.toBeInstanceOf(ChatFileTooLargeError);
    // Refused on files.info's size: no download.
    expect(fake.requests.slice(before).map((r) => r.path)).toEqual(["/api/files.info"]);
    await expect(reader.read("F0GONE001", 1000)).rejects.toThrow(/file_not_found/);
  });

  it("never sends the bot token to a URL outside Slack's file host", async () => {
    fake = await startFakeSlack((r) =>
      r.path === "/api/files.info"
        ? {
            json: {
              ok: true,
              file: { id: "F1", name: "x.ics", size: 10, url_private: "https://evil.example/x.ics" },
            },
          }
        : undefined,
    );
    const reader = createSlackFileReader({ token: TOKEN, apiUrl: fake.apiUrl });
    await expect(reader.read("F1", 1000)).rejects.toThrow(/outside Slack's file host/);
  });
});
