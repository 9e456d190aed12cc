import { createRequire } from "node:module";
import type { Logger } from "../../src/ports/logger.ts";

/** The part of the `debug` package (v4) that grammY logs through, as far as we touch it. */
interface DebugModule {
  (namespace: string): unknown;
  enable(namespaces: string): void;
  disable(): string;
  log: (...args: unknown[]) => void;
  formatArgs: (this: DebugInstance, args: unknown[]) => void;
  coerce: (value: unknown) => unknown;
}
interface DebugInstance {
  namespace: string;
}

/** grammY's namespaces: errors it retries itself (getMe at init), warnings, and its trace lines. */
const WARN_NAMESPACES = ["grammy:error", "grammy:warn"];
const TRACE_NAMESPACES = ["grammy:bot", "grammy:core"];

/** The `debug` module grammY itself loads (resolved from grammY's folder: the same instance). */
function grammyDebug(): DebugModule {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve("grammy"))("debug") as DebugModule;
}

let target: { log: Logger } | null = null;

/**
 * grammY writes its own lines (a failed getMe it retries, a warning, its trace) through the `debug`
 * package, in plain text to stderr and only when DEBUG names them. This routes them into the app's
 * JSON log instead (issue 24, "one JSON stream"), where every line is scrubbed of secrets
 * (src/app/log-redaction.ts): grammY's network errors carry `…/bot<TOKEN>/…`.
 * grammy:error and grammy:warn are always on, as warn lines; grammy:bot and grammy:core (a line per
 * API call and update) only when the logger says debug is on. Process-wide, as `debug` is: the
 * latest call's logger receives them. Other libraries' `debug` lines are left as they were.
 */
export function routeGrammyDebug(log: Logger): void {
  const debug = grammyDebug();
  const first = target === null;
  target = { log };
  if (first) {
    const plainLog = debug.log;
    const plainFormat = debug.formatArgs;
    const ours = (namespace: unknown) => typeof namespace === "string" && namespace.startsWith("grammy");
    // Our lines get no colours, date or namespace prefix from `debug`: the namespace is a field.
    debug.formatArgs = function (this: DebugInstance, args: unknown[]) {
      if (!ours(this.namespace)) plainFormat.call(this, args);
    };
    // `debug` writes an error as its stack alone; grammY's HttpError keeps why (ECONNREFUSED, with
    // the request URL) in its `error`: say that too (the token in that URL is redacted at the log).
    const plainCoerce = debug.coerce;
    debug.coerce = (value: unknown) => (value instanceof Error ? withCauses(value) : plainCoerce(value));
    debug.log = function (this: DebugInstance, ...args: unknown[]) {
      if (!ours(this.namespace) || !target) return plainLog.apply(this, args);
      const msg = `telegram: ${args.map((a) => (typeof a === "string" ? a : String(a))).join(" ")}`;
      const fields = { lib: this.namespace };
      if (TRACE_NAMESPACES.includes(this.namespace)) target.log.debug(fields, msg);
      else target.log.warn(fields, msg);
    };
  }
  const wanted = [...WARN_NAMESPACES, ...(log.isLevelEnabled?.("debug") ? TRACE_NAMESPACES : [])];
  // enable() replaces the list (keep what DEBUG asked for) and writes it to process.env.DEBUG,
  // which child processes would inherit: put that back.
  const env = process.env.DEBUG;
  const before = debug
    .disable()
    .split(",")
    .filter((n) => n && !n.startsWith("grammy"));
  debug.enable([...before, ...wanted].join(","));
  if (env === undefined) delete process.env.DEBUG;
  else process.env.DEBUG = env;
}

function withCauses(err: Error): string {
  let text = err.stack ?? err.message;
  let e: unknown = (err as { error?: unknown }).error ?? err.cause;
  for (let depth = 0; depth < 4 && e instanceof Error; depth++) {
    text += `\ncaused by: ${e.message}`;
    e = (e as { error?: unknown }).error ?? e.cause;
  }
  return text;
}
