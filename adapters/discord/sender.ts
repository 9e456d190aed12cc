import { createHash } from "node:crypto";
import { DiscordAPIError, HTTPError, RateLimitError, REST, Routes } from "discord.js";
import { z } from "zod";
import type { Reply } from "../../src/ports/chat.ts";
import { type ChatSender, type NoticeTarget, SendError } from "../../src/ports/chat-sender.ts";
import { sendErrorFromStatus } from "../shared/errors.ts";
import { rememberSecret, safeErrorText, scrubSecrets } from "../shared/redact.ts";
import { DISCORD_MAX_NONCE } from "./limits.ts";
import { renderDiscord } from "./render.ts";

/**
 * Maps @discordjs/rest failures: RateLimitError carries retryAfter in ms and whether the limit is
 * global (X-RateLimit-Global: the whole bot waits) or the route's (this channel only); API/HTTP
 * errors a status.
 */
export function toSendError(err: unknown): SendError {
  if (err instanceof SendError) return err;
  scrubSecrets(err);
  if (err instanceof RateLimitError)
    return new SendError(
      "rate_limited",
      `discord: rate limited on ${err.route}${err.global ? " (global)" : ""}`,
      Math.max(0, err.retryAfter),
      err.global ? "platform" : "chat",
    );
  if (err instanceof DiscordAPIError)
    return sendErrorFromStatus(err.status, `discord: ${err.code} ${err.message}`);
  if (err instanceof HTTPError) return sendErrorFromStatus(err.status, `discord: HTTP ${err.status}`);
  return new SendError("retryable", `discord: ${safeErrorText(err)}`);
}

/**
 * A message nonce (at most 25 chars) derived from the notice's idempotency key. With
 * enforce_nonce, Discord returns the already-created message for a repeated nonce (within a few
 * minutes) instead of posting again, so a retried job does not double-post.
 */
export function discordNonce(idempotencyKey: string, part: number): string {
  return createHash("sha256")
    .update(`${idempotencyKey}#${part}`)
    .digest("base64url")
    .slice(0, DISCORD_MAX_NONCE);
}

const Created = z.object({ id: z.string() });

/**
 * Sends notices on a REST client of its own: no retries and 429s rejected (with their delay), since
 * the notice jobs own retrying; offset 0 so the reported delay is exactly Discord's Retry-After.
 */
/** DM channel ids kept (least recently used dropped first; a dropped one is opened again, idempotently). */
export const DM_CHANNELS_KEPT = 5_000;

export function createDiscordSender(opts: {
  token: string;
  apiBase?: string;
  /** How many DM channel ids to keep (default DM_CHANNELS_KEPT). */
  dmChannelsKept?: number;
}): ChatSender {
  const kept = opts.dmChannelsKept ?? DM_CHANNELS_KEPT;
  rememberSecret(opts.token);
  const rest = new REST({
    ...(opts.apiBase ? { api: opts.apiBase } : {}),
    retries: 0,
    offset: 0,
    rejectOnRateLimit: () => true,
  }).setToken(opts.token);
  // Each member's DM channel, most recently used last: bounded, since one entry per person who ever
  // got a notice would grow with the studio for the life of the process.
  const dmChannels = new Map<string, string>();

  async function channelFor(target: NoticeTarget): Promise<string> {
    if (target.kind === "channel") return target.channelId;
    const known = dmChannels.get(target.platformUserId);
    if (known) {
      dmChannels.delete(target.platformUserId);
      dmChannels.set(target.platformUserId, known);
      return known;
    }
    // Opening a DM is idempotent on Discord's side: the same channel comes back each time.
    const dm = Created.parse(
      await rest.post(Routes.userChannels(), { body: { recipient_id: target.platformUserId } }),
    );
    dmChannels.set(target.platformUserId, dm.id);
    if (dmChannels.size > kept) dmChannels.delete(dmChannels.keys().next().value ?? "");
    return dm.id;
  }

  return {
    platform: "discord",
    async send(target: NoticeTarget, reply: Reply, idempotencyKey: string) {
      let first: string | undefined;
      try {
        const channelId = await channelFor(target);
        const messages = renderDiscord(reply);
        for (const [part, m] of messages.entries()) {
          const created = Created.parse(
            await rest.post(Routes.channelMessages(channelId), {
              body: { ...m, nonce: discordNonce(idempotencyKey, part), enforce_nonce: true },
            }),
          );
          first ??= created.id;
        }
      } catch (err) {
        throw toSendError(err);
      }
      return { messageId: first ?? "" };
    },
  };
}
