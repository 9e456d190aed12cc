import { AsyncLocalStorage } from "node:async_hooks";
import type { CatalogueLanguage } from "./languages.ts";

/** Who a reply is written for: the catalogue's language and the tag dates and numbers follow. */
export interface Speaker {
  language: CatalogueLanguage;
  /** A BCP 47 tag ("en-GB", "en-US", "de-DE"): 12- or 24-hour times, day or month first, "€90" or "90 €". */
  locale: string;
  /** Kept over whatever an event says (the pseudo-language of the tests runs whole stories in it). */
  pinned?: boolean;
}

/** Outside any event or delivery (a test calling a renderer directly, a log line): British English. */
export const DEFAULT_SPEAKER: Speaker = { language: "en", locale: "en-GB" };

/**
 * The reader of what is being written, for the duration of one event's handling or one notice's
 * composing (docs/languages.md). Carried like the log context (src/ports/log-context.ts) rather than
 * passed down, so the many reply functions keep their signatures: a reply is written for whoever
 * the event or delivery is for, and nothing in between needs to know.
 */
const current = new AsyncLocalStorage<Speaker>();

/** Runs `fn` writing for `s`. */
export function withSpeaker<T>(s: Speaker, fn: () => T): T {
  if (current.getStore()?.pinned) return fn();
  return current.run({ ...s }, fn);
}

/**
 * From now on in this run, write for `s`: an event learns who wrote only after reading them, and
 * its error boundary (outside that read) must answer in the language found.
 */
export function speakTo(s: Speaker): void {
  const store = current.getStore();
  if (store && !store.pinned) Object.assign(store, s);
}

/** The reader being written for now. */
export function speaker(): Speaker {
  return current.getStore() ?? DEFAULT_SPEAKER;
}
