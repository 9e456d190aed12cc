/** The web chat's limits, as named constants (docs/adapters.md, "The web chat"). */

/** The largest JSON body a POST may carry (a message, a form): larger gets 413. */
export const WEB_MAX_BODY_BYTES = 16 * 1024;
/** The longest text message. */
export const WEB_MAX_TEXT_CHARS = 4_000;
/** Button data rides back in JSON: room enough for the core's codec (BUTTON_DATA_MAX_BYTES). */
export const WEB_BUTTON_DATA_MAX_BYTES = 256;
/** A session cookie lives this long without use. */
export const WEB_SESSION_TTL_MS = 30 * 24 * 3_600_000;
/** A sign-in link works once, within this time. */
export const WEB_SIGNIN_TTL_MS = 15 * 60_000;
/** An open event stream refreshes its row this often; a row older than WEB_STREAM_STALE_MS is closed. */
export const WEB_STREAM_HEARTBEAT_MS = 10_000;
export const WEB_STREAM_STALE_MS = 30_000;
/** How often a process looks for replies another process stored (the table is the source of truth). */
export const WEB_POLL_MS = 400;
/** Acknowledgements per request. */
export const WEB_MAX_ACK_IDS = 200;
/** GET /api/history: the last this many lines of a person's conversation (the page after a reload). */
export const WEB_HISTORY_ITEMS = 50;
