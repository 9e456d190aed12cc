/**
 * Benchmark rigs for bench/chat.ts and bench/e2e.ts: one local fake platform API plus either our adapter or the
 * same library's bare echo bot, driven the way the platform would drive it. `onReply(user)` is
 * called when the reply for that user arrives at the fake platform.
 */

import http from "node:http";
import { startFakeGateway } from "../fakes/discord/gateway.ts";
import { FAKE_DISCORD_APP_ID, startFakeDiscord } from "../fakes/discord/rest-api.ts";
import { slackSignature, startFakeSlack } from "../fakes/slack/web-api.ts";
import { startFakeTelegram } from "../fakes/telegram/bot-api.ts";
import type { BotThread } from "./chat-bots.ts";
import { type Platform, type RigKind, SIGNING_SECRET } from "./chat-bots.ts";

export type { Platform, RigKind };

const SLACK_TEAM = "T0001";
const DISCORD_GUILD = "290926798626357999";

/** The platform user id of bench user `u` (what the fake platform puts in its events). */
export function platformUserId(platform: Platform, u: number): string {
  if (platform === "slack") return `U${u}`;
  if (platform === "discord") return String(53908232506183680n + BigInt(u));
  return String(1_000_000 + u);
}

/** The workspace/guild the bench events come from (Telegram users write in a private chat). */
export function workspaceOf(platform: Platform): string | null {
  return platform === "slack" ? SLACK_TEAM : platform === "discord" ? DISCORD_GUILD : null;
}

/**
 * One counter for every event any rig sends in this process: the real core drops an event id it has
 * seen (dedupe lives in PostgreSQL), so ids must not repeat across rounds and rigs.
 */
let eventCounter = 0;
const nextEvent = () => ++eventCounter;

export interface Rig {
  /** Delivers `text` from user `user` as the platform would (`seq` makes the event unique). */
  send(user: number, seq: number, text: string): Promise<void>;
  stop(): Promise<void>;
}
export type OnReply = (user: number) => void;

// ---- Slack: signed Events API DMs into the HTTP receiver; the reply is chat.postMessage. ----
export async function slackRig(onReply: OnReply, kind: RigKind, bot: BotThread): Promise<Rig> {
  const fake = await startFakeSlack(undefined, {
    record: false,
    onRequest: (r) => {
      const ch = (r.body as { channel?: unknown } | undefined)?.channel;
      if (r.path === "/api/chat.postMessage" && typeof ch === "string") onReply(Number(ch.slice(1)));
    },
  });
  const { eventsUrl } = await bot.start({ platform: "slack", kind, apiUrl: fake.apiUrl });
  if (!eventsUrl) throw new Error("slack: no HTTP listener");
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  return {
    async send(u, seq, text) {
      const body = JSON.stringify({
        token: "t",
        team_id: SLACK_TEAM,
        api_app_id: "A1",
        type: "event_callback",
        event_id: `Ev${nextEvent()}`,
        event_time: 1700000000,
        event: {
          type: "message",
          channel_type: "im",
          user: platformUserId("slack", u),
          text,
          channel: `D${u}`,
          ts: `1700000000.${String(seq).padStart(6, "0")}`,
          event_ts: `1700000000.${String(seq).padStart(6, "0")}`,
        },
      });
      const ts = Math.floor(Date.now() / 1000);
      await post(agent, eventsUrl, body, {
        "content-type": "application/json",
        "x-slack-request-timestamp": String(ts),
        "x-slack-signature": slackSignature(SIGNING_SECRET, ts, body),
      });
    },
    async stop() {
      agent.destroy();
      await bot.stop();
      await fake.close();
    },
  };
}

/**
 * POSTs `body` and waits for the whole answer (a non-2xx fails the run). node:http on a keep-alive
 * agent, not fetch: the driver shares the bench's 2 cores with the bot, and fetch cost it about
 * three times the CPU per event.
 */
function post(agent: http.Agent, url: string, body: string, headers: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", agent, headers }, (res) => {
      res.resume();
      res.on("end", () =>
        (res.statusCode ?? 0) < 300 ? resolve() : reject(new Error(`${url} answered ${res.statusCode}`)),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

// ---- Discord: INTERACTION_CREATE over a local gateway WebSocket; the reply is the interaction callback. ----
export async function discordRig(onReply: OnReply, kind: RigKind, bot: BotThread): Promise<Rig> {
  const owner = new Map<string, number>();
  // Interactions arrive over a local gateway WebSocket, as in production.
  const gateway = await startFakeGateway({ userId: FAKE_DISCORD_APP_ID, applicationId: FAKE_DISCORD_APP_ID });
  const fake = await startFakeDiscord({
    gatewayUrl: gateway.url,
    record: false,
    onRequest: (r) => {
      // The reply is the interaction callback, or, when the adapter had to defer (type 5, after
      // 2 s), the follow-up on the interaction's webhook (token tok<id>).
      const callback = /^\/api\/v10\/interactions\/(\d+)\//.exec(r.path);
      const deferred = callback && (r.body as { type?: unknown } | undefined)?.type === 5;
      const id = deferred ? undefined : (callback?.[1] ?? /\/webhooks\/\d+\/tok(\d+)\//.exec(r.path)?.[1]);
      const u = id ? owner.get(id) : undefined;
      if (id && u !== undefined) {
        owner.delete(id);
        onReply(u);
      }
    },
  });
  await bot.start({ platform: "discord", kind, apiUrl: fake.apiBase });
  await gateway.identified;
  return {
    async send(u, _seq, text) {
      const id = String(1_000_000_000_000_000_000n + BigInt(nextEvent()));
      // Free text becomes the slash command a member would use: /book <what>, /bookings, /sessions <filter>.
      const [, command = "", rest = ""] = /^(?:my )?(\w+)\s*(.*)$/.exec(text) ?? [];
      const option = command === "book" ? "what" : "filter";
      owner.set(id, u);
      gateway.dispatch("INTERACTION_CREATE", {
        id,
        application_id: FAKE_DISCORD_APP_ID,
        type: 2,
        data: {
          id: "771825006014889984",
          name: command,
          type: 1,
          options: rest ? [{ type: 3, name: option, value: rest }] : [],
        },
        guild_id: DISCORD_GUILD,
        channel_id: "645027906669510667",
        channel: { id: "645027906669510667", type: 0, guild_id: DISCORD_GUILD, name: "general" },
        member: {
          user: {
            id: platformUserId("discord", u),
            username: `user${u}`,
            discriminator: "0",
            avatar: null,
            global_name: null,
          },
          roles: [],
          permissions: "0",
          joined_at: "2020-01-01T00:00:00.000000+00:00",
          deaf: false,
          mute: false,
          flags: 0,
        },
        token: `tok${id}`,
        version: 1,
        locale: "en-US",
        entitlements: [],
        authorizing_integration_owners: { "0": DISCORD_GUILD },
        context: 0,
      });
    },
    async stop() {
      await bot.stop();
      await gateway.close();
      await fake.close();
    },
  };
}

// ---- Telegram: updates served by long polling from the fake Bot API; the reply is sendMessage. ----
export async function telegramRig(onReply: OnReply, kind: RigKind, bot: BotThread): Promise<Rig> {
  const fake = await startFakeTelegram({
    record: false,
    onRequest: (r) => {
      if (r.path.endsWith("/sendMessage"))
        onReply(Number((r.body as { chat_id: unknown }).chat_id) - 1_000_000);
    },
  });
  await bot.start({ platform: "telegram", kind, apiUrl: fake.url });
  return {
    async send(u, _seq, text) {
      const id = Number(platformUserId("telegram", u));
      fake.push({
        update_id: nextEvent(),
        message: {
          message_id: eventCounter,
          from: { id, is_bot: false, first_name: `User ${u}` },
          chat: { id, type: "private", first_name: `User ${u}` },
          date: 1700000000,
          text,
        },
      });
    },
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}

/** The rigs of BENCH_PLATFORMS (comma-separated; default all three), in that order. */
export function pickRigs(): Partial<Record<Platform, typeof slackRig>> {
  const all = { slack: slackRig, discord: discordRig, telegram: telegramRig } as const;
  const names = (process.env.BENCH_PLATFORMS ?? "slack,discord,telegram").split(",").map((s) => s.trim());
  const unknown = names.filter((n) => !(n in all));
  if (unknown.length > 0) throw new Error(`BENCH_PLATFORMS: unknown platform ${unknown.join(", ")}`);
  return Object.fromEntries(names.map((n) => [n, all[n as Platform]]));
}
