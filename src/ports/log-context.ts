import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Fields every log line carries while one event is handled (its id and platform), whoever logs it:
 * the app's logger (src/app/logger.ts) mixes `logContext()` into each line, so code deep in the
 * handling (the core, a store, an adapter's sender) needs no child logger passed down to it.
 */
const context = new AsyncLocalStorage<Readonly<Record<string, unknown>>>();

/** Runs `fn` with `fields` added to the log context (nested calls keep the outer fields). */
export function withLogContext<T>(fields: Record<string, unknown>, fn: () => T): T {
  const outer = context.getStore();
  return context.run(outer ? { ...outer, ...fields } : fields, fn);
}

/** The fields of the event being handled in this async context; {} outside any. */
export function logContext(): Readonly<Record<string, unknown>> {
  return context.getStore() ?? {};
}
