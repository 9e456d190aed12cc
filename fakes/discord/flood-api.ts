import type { FakeHttp, FakeResponse, RecordedRequest } from "../net/http.ts";
import { startFakeDiscord } from "./rest-api.ts";

/**
 * A Discord REST API under a flood, for notice runs (bench:fanout's flood mode and tests):
 * - a share of DM channels refuses its first message with a 429 for that route (`global: false`,
 *   Retry-After from `refusalOf`, the same for every run);
 * - once `windowAfterAccepted` messages were accepted, the next message request opens a window of
 *   `windowMs` in which every request is refused with a bot-wide 429 (`X-RateLimit-Global`,
 *   Retry-After = the rest of the window).
 * Every DM gets a channel of its own (`dmChannelOf`). A repeated nonce is answered with the
 * message already created (Discord's enforce_nonce), and counted.
 */
export interface FloodOptions {
  /** Share of DM channels whose first message is refused (0.1: one in ten). */
  refuseShare: number;
  windowAfterAccepted: number;
  windowMs: number;
}

export interface FloodMessage {
  channelId: string;
  nonce: string;
  at: number;
}

export interface FakeDiscordFlood {
  apiBase: string;
  http: FakeHttp;
  accepted: FloodMessage[];
  /** Message requests (accepted or refused), with their times. */
  attempts: Array<{ channelId: string; at: number; outcome: "accepted" | "chat429" | "global429" | "nonce" }>;
  /** Every request refused inside the bot-wide window (messages and DM opens). */
  refusedInWindow: number[];
  window(): { start: number; end: number } | null;
  close(): Promise<void>;
}

/** The DM channel of a user (18 digits, so discord.js buckets each channel on its own). */
export const dmChannelOf = (userId: string): string => String(BigInt(userId) + 200_000_000_000_000_000n);

/** FNV-1a: a stable hash, so a run's refusals depend only on the channel. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The retry_after (ms, 1-3 s) with which this channel refuses its first message, or null. */
export function refusalOf(channelId: string, share: number): number | null {
  const h = hash(channelId);
  if ((h % 1000) / 1000 >= share) return null;
  return 1_000 + (Math.floor(h / 1000) % 2_001);
}

const rateLimited = (ms: number, global: boolean): FakeResponse => ({
  status: 429,
  headers: {
    "retry-after": (ms / 1000).toFixed(3),
    "x-ratelimit-scope": global ? "global" : "user",
    ...(global ? { "x-ratelimit-global": "true" } : {}),
  },
  json: { message: "You are being rate limited.", retry_after: ms / 1000, global },
});

export async function startFakeDiscordFlood(opts: FloodOptions): Promise<FakeDiscordFlood> {
  const accepted: FloodMessage[] = [];
  const attempts: FakeDiscordFlood["attempts"] = [];
  const refusedInWindow: number[] = [];
  const refusedOnce = new Set<string>();
  const byNonce = new Map<string, string>();
  let win: { start: number; end: number } | null = null;
  let nextId = 1_500_000_000_000_000_000n;

  const override = (r: RecordedRequest): FakeResponse | undefined => {
    const path = r.path.split("?")[0] ?? "";
    const now = Date.now();
    const inWindow = win !== null && now < win.end;
    if (r.method === "POST" && path === "/api/v10/users/@me/channels") {
      if (win && inWindow) {
        refusedInWindow.push(now);
        return rateLimited(win.end - now, true);
      }
      const recipient = String((r.body as { recipient_id?: unknown })?.recipient_id ?? "0");
      return { json: { id: dmChannelOf(recipient), type: 1, recipients: [] } };
    }
    const channelId = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(path)?.[1];
    if (r.method !== "POST" || !channelId) return undefined;
    if (!win && accepted.length >= opts.windowAfterAccepted) win = { start: now, end: now + opts.windowMs };
    if (win && now < win.end) {
      refusedInWindow.push(now);
      attempts.push({ channelId, at: now, outcome: "global429" });
      return rateLimited(win.end - now, true);
    }
    const refusal = refusalOf(channelId, opts.refuseShare);
    if (refusal !== null && !refusedOnce.has(channelId)) {
      refusedOnce.add(channelId);
      attempts.push({ channelId, at: now, outcome: "chat429" });
      return rateLimited(refusal, false);
    }
    const nonce = String((r.body as { nonce?: unknown })?.nonce ?? "");
    const known = nonce ? byNonce.get(`${channelId}/${nonce}`) : undefined;
    if (known) {
      attempts.push({ channelId, at: now, outcome: "nonce" });
      return { json: { id: known, channel_id: channelId, nonce } };
    }
    const id = String(nextId++);
    if (nonce) byNonce.set(`${channelId}/${nonce}`, id);
    accepted.push({ channelId, nonce, at: now });
    attempts.push({ channelId, at: now, outcome: "accepted" });
    return { json: { id, channel_id: channelId, content: "", nonce, type: 0 } };
  };

  const http = await startFakeDiscord({ override });
  return {
    apiBase: http.apiBase,
    http,
    accepted,
    attempts,
    refusedInWindow,
    window: () => win,
    close: () => http.close(),
  };
}
