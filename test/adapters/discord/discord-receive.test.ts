import { afterEach, describe, expect, it } from "vitest";
import { type DiscordAdapter, startDiscord } from "../../../adapters/discord/start.ts";
import { silentLog } from "../../../adapters/shared/log.ts";
import type { IncomingEvent } from "../../../src/chat/incoming.ts";
import type { Reply } from "../../../src/replies/reply.ts";
import {
  dispatchInteraction,
  FAKE_DISCORD_APP_ID,
  FAKE_DISCORD_TOKEN,
  startFakeDiscord,
} from "../../support/fake-discord.ts";
import { createRecordingCore, type RecordingCore } from "../support/fake-core.ts";

const GUILD = "290926798626357999";
const CHANNEL = "645027906669510667";
const member = {
  user: {
    id: "53908232506183680",
    username: "mason",
    avatar: null,
    discriminator: "0",
    global_name: "Mason @everyone",
    public_flags: 0,
  },
  roles: [],
  premium_since: null,
  permissions: "2147483647",
  pending: false,
  nick: null,
  mute: false,
  joined_at: "2017-03-13T19:19:14.040000+00:00",
  deaf: false,
  flags: 0,
};

/** The common part of an interaction as the gateway sends it (INTERACTION_CREATE `d`). */
function interaction(id: string, type: number, data: object, extra: object = {}) {
  return {
    id,
    application_id: FAKE_DISCORD_APP_ID,
    type,
    data,
    guild_id: GUILD,
    channel_id: CHANNEL,
    channel: {
      id: CHANNEL,
      type: 0,
      guild_id: GUILD,
      name: "general",
      position: 0,
      flags: 0,
      parent_id: null,
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      permissions: "2147483647",
    },
    member,
    token: `aW50ZXJhY3Rpb246${id}:tokenpart`,
    version: 1,
    app_permissions: "442368",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD },
    context: 0,
    ...extra,
  };
}

const slashBook = (id: string) =>
  interaction(id, 2, {
    id: "771825006014889984",
    name: "book",
    type: 1,
    options: [{ type: 3, name: "what", value: "yoga tomorrow 7am" }],
  });

describe("discord adapter (interactions dispatched into discord.js, REST to a local fake)", () => {
  let fake: Awaited<ReturnType<typeof startFakeDiscord>>;
  let adapter: DiscordAdapter | undefined;
  let core: RecordingCore;
  let errors: Array<{ msg?: string; obj: object }> = [];

  async function boot(
    replies: Reply[] | ((e: IncomingEvent) => Reply[]),
    opts: { delayMs?: number; deferAfterMs?: number; suggest?: Array<{ label: string; value: string }> } = {},
  ) {
    fake = await startFakeDiscord();
    core = createRecordingCore(replies, opts);
    adapter = await startDiscord(
      {
        token: FAKE_DISCORD_TOKEN,
        applicationId: FAKE_DISCORD_APP_ID,
        apiBase: fake.apiBase,
        connect: false,
        ...(opts.deferAfterMs ? { deferAfterMs: opts.deferAfterMs } : {}),
      },
      core,
      { ...silentLog, error: (obj: object, msg?: string) => errors.push({ msg, obj }) },
    );
    return adapter.client;
  }

  afterEach(async () => {
    // Nothing may fail quietly inside the adapter.
    expect(errors).toEqual([]);
    errors = [];
    await adapter?.stop();
    adapter = undefined;
    await fake.close();
  });

  it("registers the slash commands on start, with autocomplete on training and trainer names", async () => {
    await boot([]);
    const put = await fake.waitFor((r) => r.method === "PUT");
    expect(put.path).toBe(`/api/v10/applications/${FAKE_DISCORD_APP_ID}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${FAKE_DISCORD_TOKEN}`);
    const commands = put.body as Array<{
      name: string;
      options: Array<{ name: string; autocomplete?: boolean; options?: unknown[] }>;
    }>;
    expect(commands.map((c) => c.name)).toEqual([
      "sessions",
      "book",
      "bookings",
      "cancel",
      "passes",
      "personal",
      "calendar",
      "link",
      "help",
      "trainer",
    ]);
    expect(commands.find((c) => c.name === "book")?.options).toEqual([
      { type: 3, name: "what", description: "e.g. yoga tomorrow 7am", required: true, autocomplete: true },
    ]);
    expect(commands.find((c) => c.name === "personal")?.options[0]?.autocomplete).toBe(true);
  });

  it("answers a slash command with an embed, buttons and empty allowed_mentions; times as <t:unix:F>", async () => {
    const client = await boot([
      {
        visibility: "public",
        title: "Yoga *Flow* with <@123>",
        lines: [
          [
            "Starts ",
            { time: new Date("2026-11-22T07:00:00Z"), style: "datetime", text: "Sun 22 Nov 2026, 08:00" },
          ],
          "Trainer: @everyone's favourite",
        ],
        buttons: [
          [
            { label: "Book", data: "b:occ_42", style: "primary" },
            { label: "Details", data: "d:occ_42" },
          ],
        ],
      },
    ]);
    dispatchInteraction(client, slashBook("1000000000000000001"));
    const cb = await fake.waitFor((r) => r.path.includes("/callback"));
    expect(core.events).toEqual([
      {
        platform: "discord",
        eventId: "discord:1000000000000000001",
        user: { platformUserId: "53908232506183680", displayName: "Mason @everyone" },
        conversation: { spaceId: GUILD, channelId: CHANNEL, isDirect: false },
        input: { kind: "command", name: "book", args: "yoga tomorrow 7am" },
      },
    ]);
    expect(cb.path).toBe(
      "/api/v10/interactions/1000000000000000001/aW50ZXJhY3Rpb2461000000000000000001:tokenpart/callback?with_response=false",
    );
    expect(cb.body).toEqual({
      type: 4,
      data: {
        tts: false,
        embeds: [
          {
            title: "Yoga \\*Flow\\* with \\<@123>",
            description: "Starts <t:1795330800:F>\nTrainer: @\u200beveryone's favourite",
          },
        ],
        components: [
          {
            type: 1,
            components: [
              { type: 2, custom_id: "b:occ_42", label: "Book", style: 1 },
              { type: 2, custom_id: "d:occ_42", label: "Details", style: 2 },
            ],
          },
        ],
        allowed_mentions: { parse: [] },
        enforce_nonce: false,
      },
    });
  });

  it("turns a button click into a button input and answers privately (ephemeral flag 64)", async () => {
    const client = await boot([{ visibility: "private", lines: ["Booked. 3 spots left."] }]);
    dispatchInteraction(
      client,
      interaction(
        "1000000000000000002",
        3,
        { custom_id: "b:occ_42", component_type: 2 },
        {
          message: {
            id: "1200000000000000009",
            channel_id: CHANNEL,
            author: {
              id: FAKE_DISCORD_APP_ID,
              username: "studio-bot",
              discriminator: "0",
              avatar: null,
              bot: true,
            },
            content: "",
            timestamp: "2026-11-21T12:00:00.000000+00:00",
            edited_timestamp: null,
            tts: false,
            mention_everyone: false,
            mentions: [],
            mention_roles: [],
            attachments: [],
            embeds: [],
            components: [],
            pinned: false,
            type: 0,
            flags: 0,
          },
        },
      ),
    );
    const cb = await fake.waitFor((r) => r.path.includes("/callback"));
    expect(core.events[0]?.input).toEqual({ kind: "button", data: "b:occ_42" });
    expect(core.events[0]?.eventId).toBe("discord:1000000000000000002");
    expect(cb.body).toEqual({
      type: 4,
      data: {
        tts: false,
        embeds: [{ description: "Booked. 3 spots left." }],
        components: [],
        allowed_mentions: { parse: [] },
        flags: 64,
        enforce_nonce: false,
      },
    });
  });

  it("defers when the core is slow, then edits the ephemeral original and follows up public replies", async () => {
    const client = await boot(
      [
        { visibility: "private", lines: ["You are on the waitlist (position 2)."] },
        { visibility: "public", lines: ["Yoga is full."] },
      ],
      { delayMs: 300, deferAfterMs: 50 },
    );
    dispatchInteraction(client, slashBook("1000000000000000003"));
    await fake.waitFor(
      (r) => r.method === "POST" && /\/webhooks\/\d+\/[^/]+$/.test(r.path.split("?")[0] ?? ""),
    );
    const calls = fake.requests
      .filter((r) => r.method !== "PUT")
      .map((r) => [r.method, r.path.replace(/aW50[^/?]+/, "TOKEN"), r.body]);
    expect(calls).toEqual([
      [
        "POST",
        "/api/v10/interactions/1000000000000000003/TOKEN/callback?with_response=false",
        { type: 5, data: { flags: 64 } },
      ],
      [
        "PATCH",
        `/api/v10/webhooks/${FAKE_DISCORD_APP_ID}/TOKEN/messages/@original`,
        {
          tts: false,
          embeds: [{ description: "You are on the waitlist (position 2)." }],
          components: [],
          allowed_mentions: { parse: [] },
          enforce_nonce: false,
        },
      ],
      [
        "POST",
        `/api/v10/webhooks/${FAKE_DISCORD_APP_ID}/TOKEN?wait=true`,
        {
          tts: false,
          embeds: [{ description: "Yoga is full." }],
          components: [],
          allowed_mentions: { parse: [] },
          enforce_nonce: false,
        },
      ],
    ]);
  });

  it("shows a modal for a form and turns the submission into a form input", async () => {
    const form: Reply = {
      visibility: "private",
      lines: [],
      form: {
        data: "f:cancel:occ_42",
        title: "Cancel session",
        submitLabel: "Cancel it",
        fields: [{ name: "reason", label: "Reason", kind: "text", optional: true, maxLength: 200 }],
      },
    };
    const client = await boot((e) =>
      e.input.kind === "form" ? [{ visibility: "private", lines: ["Cancelled; 8 members told."] }] : [form],
    );
    dispatchInteraction(
      client,
      interaction("1000000000000000004", 2, {
        id: "771825006014889985",
        name: "trainer",
        type: 1,
        options: [{ type: 1, name: "cancel", options: [{ type: 3, name: "session", value: "occ_42" }] }],
      }),
    );
    const modal = await fake.waitFor((r) => r.path.includes("/1000000000000000004/"));
    expect(core.events[0]?.input).toEqual({ kind: "command", name: "trainer", args: "cancel occ_42" });
    expect(modal.body).toEqual({
      type: 9,
      data: {
        custom_id: "f:cancel:occ_42",
        title: "Cancel session",
        components: [
          {
            type: 1,
            components: [
              { type: 4, custom_id: "reason", label: "Reason", style: 1, required: false, max_length: 200 },
            ],
          },
        ],
      },
    });
    dispatchInteraction(
      client,
      interaction("1000000000000000005", 5, {
        custom_id: "f:cancel:occ_42",
        components: [
          { type: 1, components: [{ type: 4, id: 1, custom_id: "reason", value: "Trainer is ill" }] },
        ],
      }),
    );
    await fake.waitFor((r) => r.path.includes("/1000000000000000005/"));
    expect(core.events[1]?.input).toEqual({
      kind: "form",
      data: "f:cancel:occ_42",
      values: { reason: "Trainer is ill" },
    });
  });

  it("answers autocomplete with the core's suggestions", async () => {
    const client = await boot([], {
      suggest: [
        { label: "Yoga Flow", value: "tt_yoga" },
        { label: "Yin Yoga", value: "tt_yin" },
      ],
    });
    dispatchInteraction(
      client,
      interaction("1000000000000000006", 4, {
        id: "771825006014889984",
        name: "book",
        type: 1,
        options: [{ type: 3, name: "what", value: "yo", focused: true }],
      }),
    );
    const cb = await fake.waitFor((r) => r.path.includes("/callback"));
    expect(core.suggestions).toEqual([
      {
        platform: "discord",
        user: { platformUserId: "53908232506183680", displayName: "Mason @everyone" },
        spaceId: GUILD,
        field: "training",
        prefix: "yo",
      },
    ]);
    expect(cb.body).toEqual({
      type: 8,
      data: {
        choices: [
          { name: "Yoga Flow", value: "tt_yoga" },
          { name: "Yin Yoga", value: "tt_yin" },
        ],
      },
    });
  });

  it("in a DM there is no guild: spaceId null and isDirect", async () => {
    const client = await boot([{ visibility: "private", lines: ["ok"] }]);
    const { guild_id: _g, member: _m, ...rest } = slashBook("1000000000000000007");
    dispatchInteraction(client, {
      ...rest,
      user: member.user,
      context: 1,
      channel: { id: "1400000000000000001", type: 1, recipients: [member.user] },
      channel_id: "1400000000000000001",
    });
    await fake.waitFor((r) => r.path.includes("/callback"));
    expect(core.events[0]?.conversation).toEqual({
      spaceId: null,
      channelId: "1400000000000000001",
      isDirect: true,
    });
  });
});
