import type { Intent, SessionQuery } from "../intent.ts";

/** The typed session query of an intent, if it has one. */
export function queryOf(intent: Intent): SessionQuery | null {
  if (intent.kind === "list_sessions") return intent.query;
  if ("target" in intent && "query" in intent.target) return intent.target.query;
  return null;
}

/** The intent with its query replaced (for a name chosen from the buttons). */
export function withQuery(intent: Intent, query: SessionQuery): Intent | null {
  if (intent.kind === "list_sessions") return { ...intent, query };
  if ("target" in intent && "query" in intent.target) return { ...intent, target: { query } } as Intent;
  return null;
}
