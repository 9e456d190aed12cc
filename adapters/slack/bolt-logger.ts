import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../src/ports/logger.ts";

const RANK: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

const text = (parts: unknown[]): string =>
  parts
    .map((p) => (typeof p === "string" ? p : p instanceof Error ? p.message : safeJson(p)))
    .join(" ")
    .slice(0, 2_000);

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/**
 * Bolt's (and its receivers' and Socket Mode client's) log lines into the app's JSON log, instead
 * of Bolt's own plain-text console logger: one stream for the operator. Bolt's level still filters
 * first (WARN by default), then the app's LOG_LEVEL.
 */
export function boltLogger(log: Logger, level: LogLevel = LogLevel.WARN): BoltLogger {
  let current = level;
  let name = "bolt";
  const at =
    (lvl: LogLevel, write: (fields: object, msg: string) => void) =>
    (...parts: unknown[]) => {
      if (RANK[lvl] >= RANK[current]) write({ lib: name }, `slack: ${text(parts)}`);
    };
  return {
    debug: at(LogLevel.DEBUG, (f, m) => log.debug(f, m)),
    info: at(LogLevel.INFO, (f, m) => log.info(f, m)),
    warn: at(LogLevel.WARN, (f, m) => log.warn(f, m)),
    error: at(LogLevel.ERROR, (f, m) => log.error(f, m)),
    setLevel(l) {
      current = l;
    },
    getLevel: () => current,
    setName(n) {
      name = n;
    },
  };
}
