import type { PlatformPacing } from "../ports/chat-adapter.ts";

/**
 * The platform-neutral half of send pacing. Each platform's own budget (its `PlatformPacing`)
 * lives in its adapter folder (adapters/<platform>/pacing.ts), built with the key helpers of
 * src/ports/notice-rate-limiter.ts.
 */

/** A send this close waits in the worker; one further away goes back to the queue as delayed. */
export const MAX_INLINE_WAIT_MS = 1_000;
/**
 * After a 429 the message itself waits the full retry_after. The rest of the platform only pauses
 * briefly: with sends already paced under the limit, a 429 means a momentary bunching of requests,
 * and a long global pause would waste the budget; repeated 429s keep extending the pause.
 */
export const GLOBAL_PAUSE_CAP_MS = 250;

/**
 * A platform without a budget of its own (the local console): no pacing, and a repeat after an
 * unknown outcome is harmless because it is local.
 */
export const UNPACED: PlatformPacing = { rulesFor: () => [], resendAfterUncertain: true };
