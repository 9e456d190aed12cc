import type { Logger } from "../../../src/ports/logger.ts";

/** A logger that keeps what was logged at error level, so a test can insist nothing failed quietly. */
export function createCaptureLog(): Logger & { errors: Array<{ msg?: string; obj: object }> } {
  const errors: Array<{ msg?: string; obj: object }> = [];
  return {
    errors,
    debug() {},
    info() {},
    warn() {},
    error(obj, msg) {
      errors.push({ obj, ...(msg !== undefined ? { msg } : {}) });
    },
  };
}
