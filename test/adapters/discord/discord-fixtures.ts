import type { Client } from "discord.js";
import { afterEach, expect } from "vitest";
import { type DiscordAdapter, startDiscord } from "../../../adapters/discord/start.ts";
import {
  FAKE_DISCORD_APP_ID,
  FAKE_DISCORD_TOKEN,
  startFakeDiscord,
} from "../../../fakes/discord/rest-api.ts";
import type { IncomingEvent, Reply } from "../../../src/ports/chat.ts";
import { createCaptureLog } from "../support/capture-log.ts";
import { createRecordingCore, type RecordingCore } from "../support/fake-core.ts";
import { createMemoryInbox } from "../support/memory-inbox.ts";

export const GUILD = "290926798626357999";
export const CHANNEL = "645027906669510667";
export const member = {
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

/** An interaction as the gateway sends it (INTERACTION_CREATE `d`), in a guild text channel. */
export function interaction(id: string, type: number, data: object, extra: object = {}) {
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

/** The bot message a button sits on (component interactions carry it). */
export const botMessage = {
  id: "1200000000000000009",
  channel_id: CHANNEL,
  author: { id: FAKE_DISCORD_APP_ID, username: "studio-bot", discriminator: "0", avatar: null, bot: true },
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
};

/** A button click on one of our messages. */
export const buttonClick = (id: string, customId: string) =>
  interaction(id, 3, { custom_id: customId, component_type: 2 }, { message: botMessage });

export const slashBook = (id: string) =>
  interaction(id, 2, {
    id: "771825006014889984",
    name: "book",
    type: 1,
    options: [{ type: 3, name: "what", value: "yoga tomorrow 7am" }],
  });

export interface DiscordRigOptions {
  delayMs?: number;
  deferAfterMs?: number;
  suggest?: Array<{ label: string; value: string }>;
}

export interface DiscordRig {
  fake: Awaited<ReturnType<typeof startFakeDiscord>>;
  core: RecordingCore;
  inbox: ReturnType<typeof createMemoryInbox>;
  log: ReturnType<typeof createCaptureLog>;
  /** Starts the fake REST API and the adapter (no gateway); returns the discord.js client. */
  boot(replies: Reply[] | ((e: IncomingEvent) => Reply[]), opts?: DiscordRigOptions): Promise<Client>;
}

/** One rig per test: discord.js against a fake REST API, interactions through an in-memory inbox. */
export function useDiscordRig(): DiscordRig {
  let adapter: DiscordAdapter | undefined;
  const rig = {
    async boot(replies: Reply[] | ((e: IncomingEvent) => Reply[]), opts: DiscordRigOptions = {}) {
      rig.log = createCaptureLog();
      rig.fake = await startFakeDiscord();
      rig.core = createRecordingCore(replies, opts);
      rig.inbox = createMemoryInbox(rig.log);
      adapter = await startDiscord(
        {
          token: FAKE_DISCORD_TOKEN,
          applicationId: FAKE_DISCORD_APP_ID,
          apiBase: rig.fake.apiBase,
          connect: false,
          ...(opts.deferAfterMs ? { deferAfterMs: opts.deferAfterMs } : {}),
        },
        rig.core,
        rig.log,
        rig.inbox,
      );
      return adapter.client;
    },
  } as DiscordRig;
  afterEach(async () => {
    await adapter?.stop();
    adapter = undefined;
    await rig.fake?.close();
    // Nothing may fail quietly inside the adapter.
    expect(rig.log?.errors ?? []).toEqual([]);
  });
  return rig;
}
