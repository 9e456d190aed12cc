/** The slice of a pino logger the adapters use; any pino Logger satisfies it. */
export interface AdapterLog {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** A logger that drops everything (tests and benches). */
export const silentLog: AdapterLog = { debug() {}, info() {}, warn() {}, error() {} };
