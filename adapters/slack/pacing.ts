import type { PlatformPacing } from "../../src/ports/chat-adapter.ts";
import { globalKey, perSecond, targetKey } from "../../src/ports/notice-rate-limiter.ts";

/** Slack chat.postMessage: about 1 a second per channel; the workspace budget is unpublished. */
export const SLACK_MESSAGES_PER_SECOND = 10;
export const SLACK_PER_CHANNEL_INTERVAL_MS = 1_100;

/** How notices pace sends on Slack. No idempotency key: an unknown outcome is never resent. */
export const slackPacing: PlatformPacing = {
  rulesFor: (target) => [
    { key: globalKey("slack"), intervalMs: perSecond(SLACK_MESSAGES_PER_SECOND) },
    { key: targetKey("slack", target), intervalMs: SLACK_PER_CHANNEL_INTERVAL_MS },
  ],
  resendAfterUncertain: false,
};
