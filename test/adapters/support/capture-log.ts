import type { Logger } from "../../../src/ports/logger.ts";

type Line = { msg?: string; obj: object };

/**
 * A logger that keeps what was logged at warn and error level, so a test can insist nothing failed
 * quietly (errors) and see what an adapter or the inbox noted (warns).
 */
export function createCaptureLog(): Logger & { errors: Line[]; warns: Line[] } {
  const errors: Line[] = [];
  const warns: Line[] = [];
  return {
    errors,
    warns,
    debug() {},
    info() {},
    warn(obj, msg) {
      warns.push({ obj, ...(msg !== undefined ? { msg } : {}) });
    },
    error(obj, msg) {
      errors.push({ obj, ...(msg !== undefined ? { msg } : {}) });
    },
  };
}
