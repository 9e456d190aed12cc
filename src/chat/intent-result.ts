import type { Intent } from "../intents/intent.ts";
import type { Reply } from "../ports/chat.ts";

/** What reading one input gives: an intent, or the reply that says why there is none. */
export type ToIntent = { ok: true; intent: Intent } | { ok: false; reply: Reply };
