import { describe, expect, it } from "vitest";
import { createDiscordFileReader } from "../../../adapters/discord/files.ts";
import { dispatchInteraction } from "../../../fakes/discord/rest-api.ts";
import { ChatFileTooLargeError } from "../../../src/ports/chat-files.ts";
import { interaction, useDiscordRig } from "./discord-fixtures.ts";

const ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nEND:VCALENDAR\r\n";

describe("discord: a trainer's .ics as the attachment of /busy", () => {
  const rig = useDiscordRig();

  it("the resolved attachment becomes a file input, and its CDN URL is read size-limited", async () => {
    const client = await rig.boot([{ visibility: "private", lines: ["Busy times loaded."] }]);
    const url = rig.fake.addAttachment("1300000000000000777", "sam.ics", ICS);
    dispatchInteraction(
      client,
      interaction("1000000000000000077", 2, {
        id: "771825006014889999",
        name: "busy",
        type: 1,
        options: [{ type: 11, name: "file", value: "1300000000000000777" }],
        resolved: {
          attachments: {
            "1300000000000000777": {
              id: "1300000000000000777",
              filename: "sam.ics",
              size: ICS.length,
              url,
              proxy_url: url,
              content_type: "text/calendar; charset=utf-8",
            },
          },
        },
      }),
    );
    await expect.poll(() => rig.core.events.length).toBe(1);
    expect(rig.core.events[0]?.input).toEqual({ kind: "file", name: "sam.ics", size: ICS.length, ref: url });

    const reader = createDiscordFileReader({ apiBase: rig.fake.apiBase });
    expect((await reader.read(url, 1_000_000)).toString("utf8")).toBe(ICS);
    await expect(reader.read(url, 10)).rejects.toBeInstanceOf(ChatFileTooLargeError);
    // Only Discord's CDN (here the fake's origin): never another host.
    await expect(reader.read("http://169.254.169.254/latest/meta-data/", 1000)).rejects.toThrow(
      /outside Discord's CDN/,
    );
    await expect(createDiscordFileReader().read(url, 1000)).rejects.toThrow(/outside Discord's CDN/);
  });
});
