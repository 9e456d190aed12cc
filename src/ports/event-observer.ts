/**
 * What the core reports of the events it receives and handles, for metrics and the one log line
 * per handled event. The app implements it (src/app/metrics.ts); the core knows no metrics library.
 */

/** How one handling ended, as the chat core saw it. */
export type HandledOutcome =
  /** Answered as asked (a booking made, a list shown, a question asked back). */
  | "ok"
  /** Answered with a refusal (a rule said no: full, no pass, not allowed). */
  | "refused"
  /** The database was unavailable: the person was told to try again. */
  | "busy"
  /** The database went away during a commit: the person was told to check. */
  | "unsure"
  /** An unexpected error: the person got the short apology. */
  | "error"
  /** Another process took the event over: this handling rolled back, the other answers. */
  | "lease_lost";

export interface HandledEvent {
  platform: string;
  /** The input's kind: text, command, button, form, file. */
  kind: string;
  /** The intent it was understood as, when it got that far. */
  intent: string | null;
  outcome: HandledOutcome;
  ms: number;
}

export interface EventObserver {
  /** An event was offered to the inbox; `fresh` false: a redelivery of one recorded before. */
  received(platform: string, fresh: boolean): void;
  /** The core finished handling an event (once per attempt). */
  handled(event: HandledEvent): void;
}

/** Observes nothing (tests, benchmarks, the console without metrics). */
export const noObserver: EventObserver = { received() {}, handled() {} };
