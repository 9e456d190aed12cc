/**
 * Chat adapter benchmark: messages per second and p50/p99 latency from a platform event going in
 * to the reply arriving at the (local, fake) platform API, at 50 concurrent users, for each of our
 * adapters and, in the same run, the same library's bare echo bot (the floor).
 *
 *   npm run bench:chat            BENCH_SECONDS=5 per measurement (default), BENCH_CORE_DELAY_MS=2
 *
 * The core is a stand-in that waits BENCH_CORE_DELAY_MS (a small realistic cost: one indexed
 * query) and returns a short reply with a time and two buttons, so rendering is exercised too.
 * Last line: RESULT chat value=<p99 ms of the adapter with the worst p99 ratio> baseline=<that
 * library's echo p99 ms> ratio=<value/baseline> target=3 unit=ms.
 */
import type { RequestListener } from "node:http";
import { performance } from "node:perf_hooks";
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";
import { Client } from "discord.js";
import { Bot } from "grammy";
import { DISCORD_INTERACTION_REST_RPS } from "../adapters/discord/limits.ts";
import { startDiscord } from "../adapters/discord/start.ts";
import { silentLog } from "../adapters/shared/log.ts";
import { startSlack } from "../adapters/slack/start.ts";
import { startTelegram } from "../adapters/telegram/start.ts";
import type { ChatCore } from "../src/chat/incoming.ts";
import type { Reply } from "../src/replies/reply.ts";
import { serve } from "../test/adapters/support/fake-http.ts";
import {
  dispatchInteraction,
  FAKE_DISCORD_APP_ID,
  FAKE_DISCORD_TOKEN,
  startFakeDiscord,
} from "../test/support/fake-discord.ts";
import { postSigned, startFakeSlack } from "../test/support/fake-slack.ts";
import { FAKE_TELEGRAM_TOKEN, startFakeTelegram } from "../test/support/fake-telegram.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = Math.min(1, SECONDS / 5);
const USERS = 50;
const CORE_DELAY_MS = Number(process.env.BENCH_CORE_DELAY_MS ?? 2);
const REPLY_TIMEOUT_MS = 10_000;
const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

const reply: Reply = {
  visibility: "public",
  title: "Yoga Flow",
  lines: [
    [
      "Booked for ",
      { time: new Date("2026-11-22T07:00:00Z"), style: "datetime", text: "Sun 22 Nov 2026, 08:00" },
    ],
    "3 spots left.",
  ],
  buttons: [
    [
      { label: "Cancel", data: "c:bk_1", style: "danger" },
      { label: "My bookings", data: "l:bk" },
    ],
  ],
};
const core: ChatCore = {
  async handle() {
    await new Promise((r) => setTimeout(r, CORE_DELAY_MS));
    return [reply];
  },
  async suggest() {
    return [];
  },
};

interface Rig {
  send(user: number, seq: number): Promise<void>;
  stop(): Promise<void>;
}
type OnReply = (user: number) => void;
interface Stats {
  rate: number;
  p50: number;
  p99: number;
  n: number;
}

/** Runs 50 users, each sending its next message as soon as the reply to the last one arrived. */
async function measure(build: (onReply: OnReply) => Promise<Rig>): Promise<Stats> {
  const waiting = new Map<number, () => void>();
  const rig = await build((u) => {
    const w = waiting.get(u);
    waiting.delete(u);
    w?.();
  });
  const start = performance.now();
  const recordFrom = start + WARMUP_SECONDS * 1000;
  const end = recordFrom + SECONDS * 1000;
  const samples: number[] = [];
  const user = async (u: number) => {
    for (let seq = 0; performance.now() < end; seq++) {
      const t0 = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const got = new Promise<void>((resolve, reject) => {
        waiting.set(u, resolve);
        timer = setTimeout(
          () => reject(new Error(`no reply for user ${u} within ${REPLY_TIMEOUT_MS} ms`)),
          REPLY_TIMEOUT_MS,
        );
      });
      await rig.send(u, seq);
      await got.finally(() => clearTimeout(timer));
      const t1 = performance.now();
      if (t0 >= recordFrom && t1 <= end) samples.push(t1 - t0);
    }
  };
  try {
    await Promise.all(Array.from({ length: USERS }, (_, u) => user(u)));
  } finally {
    await rig.stop();
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * (samples.length - 1)))] ?? Number.NaN;
  return { rate: samples.length / SECONDS, p50: at(0.5), p99: at(0.99), n: samples.length };
}

// ---- Slack: signed Events API DMs into the HTTP receiver; the reply is chat.postMessage. ----
async function slackRig(onReply: OnReply, kind: "adapter" | "echo"): Promise<Rig> {
  const fake = await startFakeSlack(undefined, {
    record: false,
    onRequest: (r) => {
      const ch = (r.body as { channel?: unknown } | undefined)?.channel;
      if (r.path === "/api/chat.postMessage" && typeof ch === "string") onReply(Number(ch.slice(1)));
    },
  });
  let listener: RequestListener | undefined;
  if (kind === "adapter")
    listener = (
      await startSlack(
        { botToken: "xoxb-bench", signingSecret: SIGNING_SECRET, apiUrl: fake.apiUrl },
        core,
        silentLog,
      )
    ).listener;
  else {
    const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, logLevel: LogLevel.ERROR });
    const app = new App({
      token: "xoxb-bench",
      receiver,
      clientOptions: { slackApiUrl: fake.apiUrl },
      logLevel: LogLevel.ERROR,
    });
    app.message(async ({ message, say }) => {
      await say("text" in message && message.text ? message.text : "echo");
    });
    listener = receiver.requestListener;
  }
  if (!listener) throw new Error("slack: no HTTP listener");
  const http = await serve(listener);
  return {
    async send(u, seq) {
      const body = JSON.stringify({
        token: "t",
        team_id: "T0001",
        api_app_id: "A1",
        type: "event_callback",
        event_id: `Ev${u}x${seq}`,
        event_time: 1700000000,
        event: {
          type: "message",
          channel_type: "im",
          user: `U${u}`,
          text: "book yoga tomorrow 7am",
          channel: `D${u}`,
          ts: `1700000000.${seq}`,
          event_ts: `1700000000.${seq}`,
        },
      });
      const res = await postSigned(`${http.url}/slack/events`, SIGNING_SECRET, body, { contentType: "json" });
      await res.arrayBuffer();
    },
    async stop() {
      await http.close();
      await fake.close();
    },
  };
}

// ---- Discord: INTERACTION_CREATE packets into discord.js; the reply is the interaction callback. ----
async function discordRig(onReply: OnReply, kind: "adapter" | "echo"): Promise<Rig> {
  const owner = new Map<string, number>();
  const fake = await startFakeDiscord({
    record: false,
    onRequest: (r) => {
      const id = /^\/api\/v10\/interactions\/(\d+)\//.exec(r.path)?.[1];
      const u = id ? owner.get(id) : undefined;
      if (id && u !== undefined) {
        owner.delete(id);
        onReply(u);
      }
    },
  });
  let client: Client;
  let stop: () => Promise<void>;
  if (kind === "adapter") {
    const a = await startDiscord(
      {
        token: FAKE_DISCORD_TOKEN,
        applicationId: FAKE_DISCORD_APP_ID,
        apiBase: fake.apiBase,
        connect: false,
      },
      core,
      silentLog,
    );
    client = a.client;
    stop = a.stop;
  } else {
    // Same REST settings as the adapter's client, so the floor is not throttled where we are not.
    const c = new Client({
      intents: [],
      rest: { api: fake.apiBase, globalRequestsPerSecond: DISCORD_INTERACTION_REST_RPS },
    });
    c.rest.setToken(FAKE_DISCORD_TOKEN);
    c.on("interactionCreate", (i) => {
      if (i.isChatInputCommand())
        void i.reply({ content: i.options.getString("what") ?? "echo" }).catch(() => undefined);
    });
    client = c;
    stop = () => c.destroy();
  }
  let n = 0n;
  return {
    async send(u) {
      const id = String(1_000_000_000_000_000_000n + n++);
      owner.set(id, u);
      dispatchInteraction(client, {
        id,
        application_id: FAKE_DISCORD_APP_ID,
        type: 2,
        data: {
          id: "771825006014889984",
          name: "book",
          type: 1,
          options: [{ type: 3, name: "what", value: "yoga tomorrow 7am" }],
        },
        guild_id: "290926798626357999",
        channel_id: "645027906669510667",
        channel: { id: "645027906669510667", type: 0, guild_id: "290926798626357999", name: "general" },
        member: {
          user: {
            id: String(53908232506183680n + BigInt(u)),
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
        authorizing_integration_owners: { "0": "290926798626357999" },
        context: 0,
      });
    },
    async stop() {
      await stop();
      await fake.close();
    },
  };
}

// ---- Telegram: updates served by long polling from the fake Bot API; the reply is sendMessage. ----
async function telegramRig(onReply: OnReply, kind: "adapter" | "echo"): Promise<Rig> {
  const fake = await startFakeTelegram({
    record: false,
    onRequest: (r) => {
      if (r.path.endsWith("/sendMessage"))
        onReply(Number((r.body as { chat_id: unknown }).chat_id) - 1_000_000);
    },
  });
  let stop: () => Promise<void>;
  if (kind === "adapter")
    stop = (await startTelegram({ token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url }, core, silentLog)).stop;
  else {
    const bot = new Bot(FAKE_TELEGRAM_TOKEN, { client: { apiRoot: fake.url } });
    bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
    await bot.init();
    const polling = bot.start();
    stop = async () => {
      await bot.stop();
      await polling;
    };
  }
  let updateId = 1;
  return {
    async send(u) {
      const id = 1_000_000 + u;
      fake.push({
        update_id: updateId++,
        message: {
          message_id: updateId,
          from: { id, is_bot: false, first_name: `User ${u}` },
          chat: { id, type: "private", first_name: `User ${u}` },
          date: 1700000000,
          text: "book yoga tomorrow 7am",
        },
      });
    },
    async stop() {
      await stop();
      await fake.close();
    },
  };
}

const fmt = (s: Stats) =>
  `${s.rate.toFixed(0).padStart(5)} msg/s  p50=${s.p50.toFixed(2)}ms  p99=${s.p99.toFixed(2)}ms  (n=${s.n})`;

async function main() {
  console.log(
    `chat bench: ${USERS} concurrent users, ${SECONDS}s per measurement (+${WARMUP_SECONDS}s warm-up), core delay ${CORE_DELAY_MS}ms`,
  );
  const rigs = { slack: slackRig, discord: discordRig, telegram: telegramRig } as const;
  const rows: Array<{ platform: string; adapter: Stats; echo: Stats; ratio: number }> = [];
  for (const [platform, rig] of Object.entries(rigs)) {
    const echo = await measure((on) => rig(on, "echo"));
    const adapter = await measure((on) => rig(on, "adapter"));
    const ratio = adapter.p99 / echo.p99;
    rows.push({ platform, adapter, echo, ratio });
    console.log(`${platform.padEnd(8)} adapter: ${fmt(adapter)}`);
    console.log(`${platform.padEnd(8)} echo:    ${fmt(echo)}   p99 ratio ${ratio.toFixed(2)}`);
  }
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  console.log(`worst p99 ratio: ${worst.platform}`);
  console.log(
    `RESULT chat value=${worst.adapter.p99.toFixed(2)} baseline=${worst.echo.p99.toFixed(2)} ratio=${worst.ratio.toFixed(2)} target=3 unit=ms`,
  );
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
