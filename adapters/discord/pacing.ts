import type { PlatformPacing } from "../../src/ports/chat-adapter.ts";
import { globalKey, perSecond, targetKey } from "../../src/ports/notice-rate-limiter.ts";

/** Discord: 50 requests a second per bot, 5 messages per 5 s per channel; we stay at half. */
export const DISCORD_MESSAGES_PER_SECOND = 25;
export const DISCORD_PER_CHANNEL_INTERVAL_MS = 2_000;

/**
 * How notices pace sends on Discord. Discord drops a second message with the same nonce
 * (enforce_nonce), so a send whose outcome is unknown may be repeated.
 */
export const discordPacing: PlatformPacing = {
  rulesFor: (target) => [
    { key: globalKey("discord"), intervalMs: perSecond(DISCORD_MESSAGES_PER_SECOND) },
    { key: targetKey("discord", target), intervalMs: DISCORD_PER_CHANNEL_INTERVAL_MS },
  ],
  resendAfterUncertain: true,
};
