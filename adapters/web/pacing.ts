import type { PlatformPacing } from "../../src/ports/chat-adapter.ts";
import { targetKey } from "../../src/ports/notice-rate-limiter.ts";

/** One notice every 200 ms per person: a burst of notices arrives in order without flooding the page or the inbox. */
export const WEB_PER_PERSON_INTERVAL_MS = 200;

/**
 * How notices pace sends on the web chat. The send stores the notice under its idempotency key
 * (a unique column), so a send whose outcome is unknown may be repeated: it shows once.
 */
export const webPacing: PlatformPacing = {
  rulesFor: (target) => [{ key: targetKey("web", target), intervalMs: WEB_PER_PERSON_INTERVAL_MS }],
  resendAfterUncertain: true,
};
