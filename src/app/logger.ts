import pino from "pino";
import { logContext } from "../ports/log-context.ts";
import { redactingHooks } from "./log-redaction.ts";

/**
 * The app's structured logger: JSON lines (pino) to `destination` (stderr in the app). Every line
 * logged while an event is handled carries that event's id and platform (src/ports/log-context.ts),
 * also lines from code that was never told which event it serves.
 */
export function createAppLogger(level: string, destination: pino.DestinationStream): pino.Logger {
  return pino({ level, mixin: () => ({ ...logContext() }), hooks: redactingHooks }, destination);
}
