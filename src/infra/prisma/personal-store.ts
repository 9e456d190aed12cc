import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { PersonalStore, PersonalTx } from "../../ports/personal-store.ts";
import { personalBookingQueries } from "./personal-booking-queries.ts";
import { personalCatalogQueries } from "./personal-catalog-queries.ts";
import { personalFeedQueries } from "./personal-feed-queries.ts";
import type { Tx } from "./tx.ts";

const MAX_ATTEMPTS = 6;
const RETRYABLE = /deadlock detected|could not serialize|40P01|40001/;

/** What the calendar triggers (migration i13_personal_sessions) refuse, as domain errors. */
const GUARD_CODES: Record<string, ErrorCode> = {
  slot_full: ErrorCode.SlotFull,
  slot_taken: ErrorCode.SlotUnavailable,
  group_session: ErrorCode.TrainerBusy,
  personal_session: ErrorCode.TrainerBusy,
  daily_max: ErrorCode.DailyMaxReached,
};

/** Looks through however the driver adapter wrapped the error for a text matching `re`. */
function findInError(e: unknown, re: RegExp): RegExpExecArray | null {
  const seen = new Set<unknown>();
  const visit = (v: unknown, depth: number): RegExpExecArray | null => {
    if (v === null || typeof v !== "object" || seen.has(v) || depth > 6) return null;
    seen.add(v);
    const o = v as Record<string, unknown>;
    for (const k of ["message", "code", "originalMessage", "originalCode"]) {
      const m = typeof o[k] === "string" ? re.exec(o[k] as string) : null;
      if (m) return m;
    }
    for (const k of ["cause", "meta", "driverAdapterError"]) {
      const m = visit(o[k], depth + 1);
      if (m) return m;
    }
    return null;
  };
  return visit(e, 0);
}

/** A refusal of the database's calendar guard as a DomainError, or null for any other error. */
export function calendarGuardError(e: unknown): DomainError | null {
  // Two group sessions on one trainer or space (migration calendar_clash).
  const clash = findInError(e, /calendar_clash:(trainer|space):([A-Za-z0-9_-]+)/);
  if (clash) return new DomainError(ErrorCode.CalendarClash, { resource: clash[1], otherId: clash[2] });
  const m = findInError(e, /personal_guard:([a-z_]+)/);
  const code = m ? GUARD_CODES[m[1] ?? ""] : undefined;
  return code ? new DomainError(code, { guard: m?.[1] }) : null;
}

export function createPersonalTx(tx: Tx): PersonalTx {
  return { ...personalCatalogQueries(tx), ...personalBookingQueries(tx), ...personalFeedQueries(tx) };
}

/** The PersonalStore on Prisma: one interactive transaction per unit of work, retried on deadlock. */
export function createPrismaPersonalStore(
  prisma: PrismaClient,
  opts: { timeoutMs?: number } = {},
): PersonalStore {
  const timeout = opts.timeoutMs ?? 60_000;
  return {
    async transaction<T>(fn: (tx: PersonalTx) => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        try {
          return await prisma.$transaction((tx) => fn(createPersonalTx(tx)), { maxWait: timeout, timeout });
        } catch (e) {
          const guard = calendarGuardError(e);
          if (guard) throw guard;
          if (attempt >= MAX_ATTEMPTS || !findInError(e, RETRYABLE)) throw e;
          await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
        }
      }
    },
  };
}
