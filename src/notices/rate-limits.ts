import type { PlatformPacing } from "../ports/chat-adapter.ts";

/**
 * The platform-neutral half of send pacing. Each platform's own budget (its `PlatformPacing`)
 * lives in its adapter folder (adapters/<platform>/pacing.ts), built with the key helpers of
 * src/ports/notice-rate-limiter.ts.
 */

/** A send this close waits in the worker; one further away goes back to the queue as delayed. */
export const MAX_INLINE_WAIT_MS = 1_000;
/**
 * A send retried after a 429 for its chat takes a slot up to this far ahead (the platform's budget
 * booked by the sends already waiting), instead of going back behind later deliveries.
 */
export const REFUSED_SLOT_WAIT_MS = 5_000;
/**
 * A delivery refused with a retry_after up to this long waits for it inside its worker (BullMQ: the
 * job stays active, its lock renewed) and is sent again first; a longer one is delayed in the queue.
 */
export const REFUSED_INLINE_WAIT_MS = 5_000;
/** At most this many 429s for one chat are waited out inside one run of a job. */
export const REFUSED_INLINE_RETRIES = 3;

/**
 * A platform without a budget of its own (the local chat): no pacing, and a repeat after an
 * unknown outcome is harmless because it is local.
 */
export const UNPACED: PlatformPacing = { rulesFor: () => [], resendAfterUncertain: true };
