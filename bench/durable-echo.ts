/**
 * bench:chat's baseline: a DURABLE echo on the same platform library as each adapter. For each event
 * it does the minimum that exactly-once asks for, and nothing else:
 * - before the platform is acknowledged, one insert records the event (its id, dedupe by primary key,
 *   and its payload, so a process that dies can answer it later): `INSERT ... ON CONFLICT DO NOTHING`,
 *   one round trip, one commit; a redelivery (nothing inserted) is acknowledged and not answered;
 * - the reply (the text echoed);
 * - after the reply, one update marks it answered: one round trip, one commit.
 * Acknowledging is per platform: Slack's HTTP 200 (ack()), Discord's interaction callback (the reply
 * itself: the record comes before it), Telegram's next getUpdates offset (grammY confirms an update
 * once its middleware returned, so the middleware awaits the record and the reply runs after it,
 * as the adapter's handling runs after its record).
 * The statements are sent by `pg` as named (prepared) statements, as the app sends its own.
 */
import {
  App,
  HTTPReceiver,
  LogLevel,
  type Receiver,
  type ReceiverEvent,
  type ReceiverProcessEventErrorHandlerArgs,
} from "@slack/bolt";
import { Client } from "discord.js";
import { Bot } from "grammy";
import type pg from "pg";
import { DISCORD_INTERACTION_REST_RPS } from "../adapters/discord/limits.ts";
import { FAKE_DISCORD_TOKEN } from "../fakes/discord/rest-api.ts";
import { serve } from "../fakes/net/http.ts";
import { FAKE_TELEGRAM_TOKEN } from "../fakes/telegram/bot-api.ts";
import { type BotTarget, SIGNING_SECRET, type StartedBot } from "./chat-bots.ts";

const TABLE = `"BenchEchoEvent"`;

/** The durable echo's record table, in the bench's own database (dropped with it). */
async function ensureTable(pool: pg.Pool): Promise<void> {
  await pool.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (
    id text PRIMARY KEY, platform text NOT NULL, payload jsonb NOT NULL,
    "receivedAt" timestamptz NOT NULL DEFAULT now(), "answeredAt" timestamptz)`);
}

/** The two statements, and the answers in flight (so stop() returns once every mark is written). */
function records(pool: pg.Pool, platform: string) {
  const inFlight = new Set<Promise<void>>();
  return {
    /** true: recorded now; false: recorded before (a redelivery), not to be answered again. */
    async record(id: string, payload: unknown): Promise<boolean> {
      const r = await pool.query({
        name: "bench_echo_record",
        text: `INSERT INTO ${TABLE} (id, platform, payload) VALUES ($1, $2, $3::jsonb) ON CONFLICT (id) DO NOTHING RETURNING 1`,
        values: [`${platform}:${id}`, platform, JSON.stringify(payload)],
      });
      return r.rowCount === 1;
    },
    /** Replies, then marks the event answered. */
    answer(id: string, reply: () => Promise<unknown>): Promise<void> {
      const p = (async () => {
        await reply();
        await pool.query({
          name: "bench_echo_answered",
          text: `UPDATE ${TABLE} SET "answeredAt" = now() WHERE id = $1`,
          values: [`${platform}:${id}`],
        });
      })();
      inFlight.add(p);
      void p.then(
        () => inFlight.delete(p),
        () => inFlight.delete(p),
      );
      return p;
    },
    drain: async () => {
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** Starts the durable echo for `t.platform` against its fake platform. */
export async function startDurableEcho(t: BotTarget, pool: pg.Pool): Promise<StartedBot> {
  await ensureTable(pool);
  const rec = records(pool, t.platform);
  if (t.platform === "slack") return slackEcho(t, rec);
  if (t.platform === "discord") return discordEcho(t, rec);
  return telegramEcho(t, rec);
}

type Records = ReturnType<typeof records>;

async function slackEcho(t: BotTarget, rec: Records): Promise<StartedBot> {
  const inner = new HTTPReceiver({
    signingSecret: SIGNING_SECRET,
    logLevel: LogLevel.ERROR,
    // Not recorded: not acknowledged (HTTP 500, Slack retries), as the adapter does.
    processEventErrorHandler: async ({ response }: ReceiverProcessEventErrorHandlerArgs) => {
      if (!response.headersSent) response.writeHead(500).end();
      return true;
    },
  });
  // Bolt acknowledges an event before its listeners run: the record goes between the receiver
  // and the app, as the adapter's intake does (adapters/slack/inbox-intake.ts).
  const receiver: Receiver = {
    init(app) {
      inner.init({
        processEvent: async (ev: ReceiverEvent) => {
          const id = String((ev.body as { event_id?: unknown }).event_id);
          const fresh = await rec.record(id, ev.body);
          await ev.ack();
          if (fresh) await app.processEvent({ ...ev, ack: async () => undefined });
        },
      } as unknown as App);
    },
    // The receiver's own server is never started: its request listener is mounted below.
    start: async () => undefined,
    stop: async () => undefined,
  };
  const app = new App({
    token: "xoxb-bench",
    receiver,
    clientOptions: { slackApiUrl: t.apiUrl },
    logLevel: LogLevel.ERROR,
  });
  app.message(async ({ message, body, say }) => {
    const text = "text" in message && message.text ? message.text : "echo";
    await rec.answer(String(body.event_id), () => say(text));
  });
  const http = await serve(inner.requestListener);
  return {
    eventsUrl: `${http.url}/slack/events`,
    async stop() {
      await http.close();
      await rec.drain();
    },
  };
}

async function discordEcho(t: BotTarget, rec: Records): Promise<StartedBot> {
  // Same REST settings as the adapter's client, so the baseline is not throttled where we are not.
  const c = new Client({
    intents: [],
    rest: { api: t.apiUrl, globalRequestsPerSecond: DISCORD_INTERACTION_REST_RPS },
  });
  c.rest.setToken(FAKE_DISCORD_TOKEN);
  c.on("interactionCreate", (i) => {
    if (!i.isChatInputCommand()) return;
    const what = i.options.getString("what") ?? "echo";
    // What answering later needs (the adapter records the same: the interaction's id and token).
    const payload = {
      id: i.id,
      applicationId: i.applicationId,
      token: i.token,
      command: i.commandName,
      what,
    };
    void rec
      .record(i.id, payload)
      .then((fresh) => (fresh ? rec.answer(i.id, () => i.reply({ content: what })) : undefined))
      .catch(() => undefined);
  });
  await c.login(FAKE_DISCORD_TOKEN);
  return {
    async stop() {
      await rec.drain();
      await c.destroy();
    },
  };
}

async function telegramEcho(t: BotTarget, rec: Records): Promise<StartedBot> {
  const bot = new Bot(FAKE_TELEGRAM_TOKEN, { client: { apiRoot: t.apiUrl } });
  bot.on("message:text", async (ctx) => {
    const id = String(ctx.update.update_id);
    // Awaited: grammY confirms the update (the next getUpdates offset) only after this returns.
    if (!(await rec.record(id, ctx.update))) return;
    const text = ctx.message.text;
    void rec.answer(id, () => ctx.reply(text)).catch(() => undefined);
  });
  await bot.init();
  const polling = bot.start();
  return {
    async stop() {
      await bot.stop();
      await polling;
      await rec.drain();
    },
  };
}

/**
 * What the durable echo did for `platform`, read after its runs: events recorded, and of those,
 * answered (reply sent, then marked).
 */
export async function echoRecords(
  pool: pg.Pool,
  platform: string,
): Promise<{ recorded: number; answered: number }> {
  const r = await pool.query<{ recorded: number; answered: number }>(
    `SELECT count(*)::int AS recorded, count("answeredAt")::int AS answered FROM ${TABLE} WHERE platform = $1`,
    [platform],
  );
  return r.rows[0] ?? { recorded: 0, answered: 0 };
}
