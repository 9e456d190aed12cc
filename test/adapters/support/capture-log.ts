import type { AdapterLog } from "../../../adapters/shared/log.ts";

/** A logger that keeps what was logged at error level, so a test can insist nothing failed quietly. */
export function createCaptureLog(): AdapterLog & { errors: Array<{ msg?: string; obj: object }> } {
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
