import type { DomainError } from "../domain/errors.ts";
import { ErrorCode } from "../domain/errors.ts";
import { factsOf, type PassFact, type SessionFact } from "../domain/refusals.ts";
import { formatDate, formatDateTime } from "./format.ts";
import { t } from "./i18n/catalogue.ts";

/** Who reads a refusal and what the reply may look up: trainers get trainer wording. */
export interface RefusalAudience {
  role: "member" | "trainer" | "admin";
  timezone: string;
  /** The clock's now: "expired on" (past) or "ends on" (before the session). */
  now?: Date;
  /** Training type names by id (the organization's vocabulary). */
  typeName?: (id: string) => string | undefined;
}

const at = (s: SessionFact, tz: string): string =>
  t("refusal.sessionAt", { name: s.name, when: formatDateTime(s.startsAt, tz) });

/** Why one pass cannot pay for the session. */
export function passProblemText(p: PassFact, s: SessionFact | undefined, a: RefusalAudience): string {
  const pass = p.passName;
  switch (p.reason) {
    case "empty":
      return t("refusal.passProblem", { reason: "empty", pass });
    case "expired":
      return t("refusal.passProblem", {
        reason: a.now && p.validUntil.getTime() <= a.now.getTime() ? "expired" : "ends",
        pass,
        date: formatDate(p.validUntil, a.timezone),
      });
    case "not_yet_valid":
      return t("refusal.passProblem", {
        reason: "not_yet_valid",
        pass,
        date: formatDate(p.validFrom, a.timezone),
      });
    case "wrong_type": {
      const names = p.trainingTypeIds.map((id) => a.typeName?.(id)).filter((n): n is string => !!n);
      return t("refusal.passProblem", {
        reason: "wrong_type",
        pass,
        covers: names.length ? names.join(", ") : t("refusal.otherTypes"),
        hasType: s ? "yes" : "no",
        type: s?.trainingTypeName ?? "",
      });
    }
    case "not_linked":
      return t("refusal.passProblem", { reason: "not_linked", pass });
  }
}

/**
 * The wording of a refusal that carries facts (src/domain/refusals.ts), or null to fall back to the
 * general wording. Members read "you"; trainers acting for a member read the member's name.
 */
export function refusalText(e: DomainError, a: RefusalAudience): string | null {
  const f = factsOf(e);
  const s = f.session;
  const tz = a.timezone;
  const staff = a.role !== "member";
  switch (e.code) {
    case ErrorCode.BookingDeadlinePassed:
      return s && f.deadline
        ? t("refusal.bookingClosedAt", { session: at(s, tz), deadline: formatDateTime(f.deadline, tz) })
        : null;
    case ErrorCode.CancellationDeadlinePassed:
      return s && f.deadline
        ? t("refusal.cancelClosedAt", { session: at(s, tz), deadline: formatDateTime(f.deadline, tz) })
        : null;
    case ErrorCode.SessionStarted:
      return s ? t("refusal.startedAt", { session: at(s, tz) }) : null;
    case ErrorCode.SessionCancelled:
      return s
        ? t("refusal.cancelledAt", {
            session: at(s, tz),
            hasReason: f.cancelReason ? "yes" : "no",
            reason: f.cancelReason ?? "",
          })
        : null;
    case ErrorCode.AlreadyBooked:
      if (!s) return null;
      if (f.memberName) return t("refusal.memberAlreadyBooked", { member: f.memberName, session: at(s, tz) });
      return t("refusal.alreadyOn", {
        waitlisted: f.status === "waitlisted" ? "yes" : "no",
        session: at(s, tz),
      });
    case ErrorCode.ClosedSchedule:
      if (!s) return null;
      return t(staff ? "refusal.closedStaff" : "refusal.closedMember", { name: s.name });
    case ErrorCode.IndividualTraining:
      if (!s) return null;
      return t(staff ? "refusal.individualStaff" : "refusal.individualMember", { name: s.name });
    case ErrorCode.NoUsablePass: {
      if (!s || !f.passes) return null;
      const who = { you: f.memberName ? "no" : "yes", who: f.memberName ?? "", session: at(s, tz) };
      if (f.passes.length === 0) return t("refusal.noPassFor", who);
      const reasons = f.passes.map((p) => passProblemText(p, s, a));
      return t("refusal.noUsablePassFor", { ...who, reasons: reasons.join("; ") });
    }
    default:
      return null;
  }
}
