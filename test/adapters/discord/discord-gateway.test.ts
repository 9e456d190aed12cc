import { afterEach, describe, expect, it } from "vitest";
import { type DiscordAdapter, startDiscord } from "../../../adapters/discord/start.ts";
import { type FakeGateway, startFakeGateway } from "../../../fakes/discord/gateway.ts";
import {
  FAKE_DISCORD_APP_ID,
  FAKE_DISCORD_TOKEN,
  startFakeDiscord,
} from "../../../fakes/discord/rest-api.ts";
import { createCaptureLog } from "../support/capture-log.ts";
import { createRecordingCore } from "../support/fake-core.ts";
import { createMemoryInbox } from "../support/memory-inbox.ts";
import { slashBook } from "./discord-fixtures.ts";

describe("discord: logging in through a local gateway and receiving INTERACTION_CREATE over it", () => {
  let gateway: FakeGateway | undefined;
  let fake: Awaited<ReturnType<typeof startFakeDiscord>> | undefined;
  let adapter: DiscordAdapter | undefined;
  const log = createCaptureLog();

  afterEach(async () => {
    await adapter?.stop();
    await gateway?.close();
    await fake?.close();
    expect(log.errors).toEqual([]);
  });

  it("identifies with the token, then answers an interaction packet sent over the WebSocket", async () => {
    gateway = await startFakeGateway({ userId: FAKE_DISCORD_APP_ID, applicationId: FAKE_DISCORD_APP_ID });
    fake = await startFakeDiscord({ gatewayUrl: gateway.url });
    const core = createRecordingCore([{ visibility: "public", lines: ["Booked."] }]);
    adapter = await startDiscord(
      { token: FAKE_DISCORD_TOKEN, applicationId: FAKE_DISCORD_APP_ID, apiBase: fake.apiBase },
      core,
      log,
      createMemoryInbox(),
    );
    await gateway.identified;
    const identify = gateway.received.find((p) => p.op === 2);
    expect(identify?.d).toMatchObject({ token: FAKE_DISCORD_TOKEN, intents: 1 });
    await expect.poll(() => adapter?.client.isReady()).toBe(true);

    gateway.dispatch("INTERACTION_CREATE", slashBook("1000000000000000099"));
    const cb = await fake.waitFor((r) => r.path.includes("/interactions/1000000000000000099/"));
    expect(core.events[0]?.input).toEqual({ kind: "command", name: "book", args: "yoga tomorrow 7am" });
    expect(cb.body).toMatchObject({
      type: 4,
      data: { embeds: [{ description: "Booked." }], allowed_mentions: { parse: [] } },
    });
  });
});
