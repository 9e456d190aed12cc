import type { Reply } from "../ports/chat.ts";
import type { Intent } from "./intent.ts";

/** What reading one input gives: an intent, or the reply that says why there is none. */
export type ToIntent = { ok: true; intent: Intent } | { ok: false; reply: Reply };
