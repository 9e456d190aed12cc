/**
 * The database could not be reached (restart, failover, dropped connection, pool exhausted).
 * `committed` says what a caller may tell the person: `false` means nothing of this unit of work
 * was committed, so "try again in a moment" is honest; `"unknown"` means the connection broke
 * while the commit was under way, so the change may or may not be there.
 */
export class StoreUnavailableError extends Error {
  constructor(
    readonly committed: false | "unknown",
    override readonly cause?: unknown,
  ) {
    super(committed === false ? "database unavailable" : "database unavailable during commit");
    this.name = "StoreUnavailableError";
  }
}

// SQLSTATE classes and codes that mean "the server or the connection went away", not "your SQL is
// wrong": class 08 (connection exception), 57P01-57P03 (admin/crash shutdown, cannot connect now),
// 53300 (too many connections).
const SQLSTATE = /^(08\d{3}|57P0[123]|53300)$/;
// Prisma's own codes for the same: cannot reach, server closed the connection, pool timeout.
const PRISMA = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ERRNO = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTCONN"]);
const MESSAGE =
  /Connection terminated|connection error and is not queryable|terminating connection|Client was closed|server closed the connection|Connection ended|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)|ConnectionClosed|DatabaseNotReachable|SocketTimeout|TooManyConnections/i;

/** Whether an error (or anything in its cause chain) says the database was unreachable. */
export function isStoreUnavailable(e: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (v: unknown, depth: number): boolean => {
    if (v === null || typeof v !== "object" || seen.has(v) || depth > 6) return false;
    seen.add(v);
    if (v instanceof StoreUnavailableError) return true;
    const o = v as Record<string, unknown>;
    for (const key of ["code", "originalCode", "sqlState", "errno"]) {
      const c = o[key];
      if (typeof c === "string" && (SQLSTATE.test(c) || PRISMA.has(c) || ERRNO.has(c))) return true;
    }
    if (typeof o.kind === "string" && MESSAGE.test(o.kind)) return true;
    if (typeof o.message === "string" && MESSAGE.test(o.message)) return true;
    return ["cause", "meta", "driverAdapterError", "originalError"].some((k) => visit(o[k], depth + 1));
  };
  return visit(e, 0);
}
