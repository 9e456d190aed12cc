import type { ChatPlatform } from "../chat/incoming.ts";
import type { NoticeTarget } from "../ports/chat-sender.ts";
import type { RateLimitRule } from "../ports/notice-rate-limiter.ts";

/** Telegram Bot API FAQ: about 30 messages a second overall, 1 a second per chat, 20 a minute per group. */
export const TELEGRAM_MESSAGES_PER_SECOND = 30;
export const TELEGRAM_PER_CHAT_INTERVAL_MS = 1_000;
export const TELEGRAM_GROUP_MESSAGES_PER_MINUTE = 20;
/** Discord: 50 requests a second per bot, 5 messages per 5 s per channel; we stay at half. */
export const DISCORD_MESSAGES_PER_SECOND = 25;
export const DISCORD_PER_CHANNEL_INTERVAL_MS = 2_000;
/** Slack chat.postMessage: about 1 a second per channel; the workspace budget is unpublished. */
export const SLACK_MESSAGES_PER_SECOND = 10;
export const SLACK_PER_CHANNEL_INTERVAL_MS = 1_100;

/**
 * We pace a little under the published rate: network jitter can bunch evenly spaced sends so that
 * a strict one-second window at the platform would see one message too many.
 */
export const PACING_MARGIN = 0.97;
/** A send this close waits in the worker; one further away goes back to the queue as delayed. */
export const MAX_INLINE_WAIT_MS = 1_000;
/**
 * After a 429 the message itself waits the full retry_after. The rest of the platform only pauses
 * briefly: with sends already paced under the limit, a 429 means a momentary bunching of requests,
 * and a long global pause would waste the budget; repeated 429s keep extending the pause.
 */
export const GLOBAL_PAUSE_CAP_MS = 250;

const perSecond = (n: number): number => 1000 / (n * PACING_MARGIN);

export const globalKey = (platform: ChatPlatform): string => `${platform}-global`;
export const targetKey = (platform: ChatPlatform, target: NoticeTarget): string =>
  `${platform}-${target.kind}-${target.kind === "direct" ? target.platformUserId : target.channelId}`;

/** The pacing rules one send must pass: the platform's global budget and the chat's or group's. */
export function rulesFor(platform: ChatPlatform, target: NoticeTarget): RateLimitRule[] {
  const chat = targetKey(platform, target);
  switch (platform) {
    case "telegram":
      return [
        { key: globalKey(platform), intervalMs: perSecond(TELEGRAM_MESSAGES_PER_SECOND) },
        // Announcements go to group chats; direct notices to private chats.
        target.kind === "channel"
          ? { key: chat, intervalMs: 60_000 / (TELEGRAM_GROUP_MESSAGES_PER_MINUTE * PACING_MARGIN) }
          : { key: chat, intervalMs: TELEGRAM_PER_CHAT_INTERVAL_MS },
      ];
    case "discord":
      return [
        { key: globalKey(platform), intervalMs: perSecond(DISCORD_MESSAGES_PER_SECOND) },
        { key: chat, intervalMs: DISCORD_PER_CHANNEL_INTERVAL_MS },
      ];
    case "slack":
      return [
        { key: globalKey(platform), intervalMs: perSecond(SLACK_MESSAGES_PER_SECOND) },
        { key: chat, intervalMs: SLACK_PER_CHANNEL_INTERVAL_MS },
      ];
    case "console":
      return [];
  }
}

/**
 * Whether a send whose outcome was never recorded (crash after the request left) may be repeated.
 * Discord drops a second message with the same nonce (enforce_nonce), and the console is local.
 * Telegram and Slack have no idempotency key: a repeat could show the notice twice, so such a
 * delivery is marked "uncertain" for an operator instead of being resent blindly.
 */
export const RESEND_AFTER_UNCERTAIN: Record<ChatPlatform, boolean> = {
  discord: true,
  console: true,
  telegram: false,
  slack: false,
};
