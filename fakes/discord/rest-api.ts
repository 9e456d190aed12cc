import type { Client } from "discord.js";
import {
  type FakeHttp,
  type FakeHttpOptions,
  type FakeResponse,
  type RecordedRequest,
  startFakeHttp,
} from "../net/http.ts";
import {
  checkDiscordMessage,
  checkDiscordModal,
  DISCORD_RULES,
  interactionCreatedAt,
  isEmptyMessage,
  noteInteraction,
} from "./rules.ts";

export const FAKE_DISCORD_APP_ID = "1100000000000000001";
export const FAKE_DISCORD_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token-for-tests-only";
const BOT_USER = {
  id: FAKE_DISCORD_APP_ID,
  username: "studio-bot",
  discriminator: "0",
  global_name: null,
  avatar: null,
  bot: true,
};

/**
 * A local stand-in for Discord's REST API (base `${url}/api`, discord.js appends /v10): interaction
 * callbacks, webhook edits and follow-ups, command registration, DMs and channel messages, with the
 * documented response shapes, and refuses what Discord refuses (rules.ts): an initial response after
 * the 3 s deadline (404, 10062) or a second one (400, 40060), a body over the documented limits
 * (400, 50035 "Invalid Form Body" with the field path), an empty message (400, 50006). `override`
 * answers differently (429 with Retry-After, 5xx, ...).
 */
export async function startFakeDiscord(
  opts: FakeHttpOptions & {
    override?: (r: RecordedRequest) => FakeResponse | undefined;
    gatewayUrl?: string;
    /** How long after its creation an interaction takes its initial response (Discord: 3 s). */
    interactionDeadlineMs?: number;
  } = {},
): Promise<FakeHttp & { apiBase: string; addAttachment(id: string, name: string, content: string): string }> {
  const deadlineMs = opts.interactionDeadlineMs ?? DISCORD_RULES.interactionDeadlineMs;
  const responded = new Set<string>();
  // Attachments as Discord's CDN serves them: a signed URL per file, answered without a token.
  const attachments = new Map<string, Buffer>();
  let nextId = 1_200_000_000_000_000_000n;
  const message = (channelId: string, body: unknown): FakeResponse => {
    const b = (body ?? {}) as Record<string, unknown>;
    return {
      json: {
        id: String(nextId++),
        channel_id: channelId,
        author: BOT_USER,
        content: typeof b.content === "string" ? b.content : "",
        timestamp: "2026-11-21T12:00:00.000000+00:00",
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: [],
        mention_roles: [],
        attachments: [],
        embeds: Array.isArray(b.embeds) ? b.embeds : [],
        components: Array.isArray(b.components) ? b.components : [],
        pinned: false,
        type: 0,
        flags: typeof b.flags === "number" ? b.flags : 0,
        ...(typeof b.nonce === "string" ? { nonce: b.nonce } : {}),
      },
    };
  };
  const fake = await startFakeHttp((r) => {
    const custom = opts.override?.(r);
    if (custom) return custom;
    const path = r.path.split("?")[0] ?? "";
    const attachment = r.method === "GET" ? attachments.get(path) : undefined;
    if (attachment) return { headers: { "content-type": "text/calendar" }, body: attachment };
    if (path === "/api/v10/gateway/bot" && opts.gatewayUrl)
      return {
        json: {
          url: opts.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      };
    const callback = /^\/api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path)?.[1];
    if (callback) return answerInteraction(callback, r.body);
    if (r.method === "PUT" && /\/applications\/\d+\/commands$/.test(path)) {
      // default_member_permissions is "?string": a permission bit set as a decimal string, or null.
      const bad = (Array.isArray(r.body) ? r.body : []).find(
        (c: { default_member_permissions?: unknown }) => {
          const p = c.default_member_permissions;
          return p !== undefined && p !== null && !(typeof p === "string" && /^\d+$/.test(p));
        },
      );
      if (bad) return { status: 400, json: { code: 50035, message: "Invalid Form Body" } };
      return { json: r.body };
    }
    if (r.method === "DELETE") return { status: 204 };
    if (/^\/api\/v10\/webhooks\/\d+\/[^/]+(?:\/messages\/@original)?$/.test(path))
      return refusalOf(r.body, r.method === "POST") ?? message("1300000000000000001", r.body);
    if (path === "/api/v10/users/@me/channels")
      return { json: { id: "1400000000000000001", type: 1, recipients: [] } };
    const channel = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(path)?.[1];
    if (channel) return refusalOf(r.body, r.method === "POST") ?? message(channel, r.body);
    return { status: 404, json: { message: "404: Not Found", code: 0 } };
  }, opts);
  /** The initial response: in time, once, with a valid body (the 10062/40060/50035 rules). */
  function answerInteraction(id: string, body: unknown): FakeResponse {
    if (responded.has(id))
      return { status: 400, json: { message: "Interaction has already been acknowledged.", code: 40060 } };
    const created = interactionCreatedAt(id);
    if (created !== undefined && Date.now() - created > deadlineMs)
      return { status: 404, json: { message: "Unknown interaction", code: 10062 } };
    const b = (typeof body === "object" && body !== null ? body : {}) as { type?: unknown; data?: unknown };
    const invalid =
      b.type === 9
        ? checkDiscordModal(b.data)
        : b.type === 4 || b.type === 7
          ? checkDiscordMessage(b.data, ["data"])
          : null;
    if (invalid) return { status: 400, json: invalid.body() };
    if (b.type === 4 && isEmptyMessage(b.data)) return emptyMessage;
    responded.add(id);
    return { status: 204 };
  }
  return Object.assign(fake, {
    apiBase: `${fake.url}/api`,
    addAttachment(id: string, name: string, content: string): string {
      const path = `/attachments/1300000000000000001/${id}/${name}`;
      attachments.set(path, Buffer.from(content));
      return `${fake.url}${path}?ex=6790a1b2&is=678f5032&hm=abc123`;
    },
  });
}

/**
 * Hands a raw INTERACTION_CREATE payload (as the gateway delivers it) to discord.js, exactly where
 * its gateway handler does (client.actions.InteractionCreate): the quick path for tests that do not
 * need a login. test/adapters/support/fake-gateway.ts sends the same packets over a WebSocket.
 */
export function dispatchInteraction(client: Client, payload: object): void {
  const id = (payload as { id?: unknown }).id;
  if (typeof id === "string") noteInteraction(id);
  const internals = client as unknown as { actions: { InteractionCreate: { handle(data: object): void } } };
  internals.actions.InteractionCreate.handle(payload);
}

const emptyMessage: FakeResponse = {
  status: 400,
  json: { message: "Cannot send an empty message", code: 50006 },
};

/** A message body Discord refuses (50035 over a limit; 50006 empty, for a new message), or null. */
function refusalOf(body: unknown, created: boolean): FakeResponse | null {
  // A multipart body (files) arrives undecoded: its payload_json is not checked here.
  if (typeof body === "string") return null;
  const invalid = checkDiscordMessage(body);
  if (invalid) return { status: 400, json: invalid.body() };
  if (created && isEmptyMessage(body)) return emptyMessage;
  return null;
}
