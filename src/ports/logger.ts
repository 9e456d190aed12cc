/**
 * The one log interface of the house (pino's shape: fields first, then the message), so a pino
 * logger satisfies it as it is. Logs go to stderr, never into a chat.
 */
export interface Logger {
  debug(fields: object, msg?: string): void;
  info(fields: object, msg?: string): void;
  warn(fields: object, msg?: string): void;
  error(fields: object, msg?: string): void;
  /** Whether lines at `level` are written (pino has it): lets a library's costly trace stay off. */
  isLevelEnabled?(level: string): boolean;
}

/** A logger that drops everything (tests and benchmarks). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
