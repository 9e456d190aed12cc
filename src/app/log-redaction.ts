import type pino from "pino";
import { redactSecrets } from "../../adapters/shared/redact.ts";

/**
 * Every log line passes here as written (pino's streamWrite hook): platform tokens are replaced
 * wherever they sit in it, in an error's message, its stack, its causes, or a library's request
 * config, whoever logged it (our code, or Bolt, discord.js and grammY through the app's logger).
 * Per line, not per path: pino's `redact` needs the field's path, and a token hides in free text.
 */
export const redactingHooks: pino.LoggerOptions["hooks"] = {
  streamWrite: (line: string) => redactSecrets(line),
};
