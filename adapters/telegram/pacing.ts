import type { PlatformPacing } from "../../src/ports/chat-adapter.ts";
import { globalKey, PACING_MARGIN, perSecond, targetKey } from "../../src/ports/notice-rate-limiter.ts";

/** Telegram Bot API FAQ: about 30 messages a second overall, 1 a second per chat, 20 a minute per group. */
export const TELEGRAM_MESSAGES_PER_SECOND = 30;
export const TELEGRAM_PER_CHAT_INTERVAL_MS = 1_000;
export const TELEGRAM_GROUP_MESSAGES_PER_MINUTE = 20;
/**
 * The window in which at most 30 requests leave: 10 % over a second, so requests that leave in
 * step but arrive up to 100 ms closer together (a loaded host) still fit Telegram's second. It caps
 * the rate at 27.3/s, under the 29.1/s of the slots: a 429 costs the whole bot a second now.
 */
export const TELEGRAM_WINDOW_MS = 1_100;

/** How notices pace sends on Telegram. No idempotency key: an unknown outcome is never resent. */
export const telegramPacing: PlatformPacing = {
  rulesFor(target) {
    const chat = targetKey("telegram", target);
    return [
      { key: globalKey("telegram"), intervalMs: perSecond(TELEGRAM_MESSAGES_PER_SECOND) },
      // Announcements go to group chats; direct notices to private chats.
      target.kind === "channel"
        ? { key: chat, intervalMs: 60_000 / (TELEGRAM_GROUP_MESSAGES_PER_MINUTE * PACING_MARGIN) }
        : { key: chat, intervalMs: TELEGRAM_PER_CHAT_INTERVAL_MS },
    ];
  },
  resendAfterUncertain: false,
  // A 429 pauses the whole bot (Telegram does not say which limit was hit), so bunched requests
  // must not exceed 30 in any second as they leave; the window is stretched (TELEGRAM_WINDOW_MS)
  // to absorb the jitter between this check and the request's arrival.
  window: { max: TELEGRAM_MESSAGES_PER_SECOND, ms: TELEGRAM_WINDOW_MS },
};
