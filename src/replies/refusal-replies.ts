import type { DomainError } from "../domain/errors.ts";
import { ErrorCode } from "../domain/errors.ts";
import { factsOf, type PassFact, type SessionFact } from "../domain/refusals.ts";
import { formatDate, formatDateTime } from "./format.ts";

/** Who reads a refusal and what the reply may look up: trainers get trainer wording. */
export interface RefusalAudience {
  role: "member" | "trainer" | "admin";
  timezone: string;
  /** The clock's now: "expired on" (past) or "ends on" (before the session). */
  now?: Date;
  /** Training type names by id (the organization's vocabulary). */
  typeName?: (id: string) => string | undefined;
}

const at = (s: SessionFact, tz: string): string => `${s.name}, ${formatDateTime(s.startsAt, tz)}`;

/** Why one pass cannot pay for the session. */
export function passProblemText(p: PassFact, s: SessionFact | undefined, a: RefusalAudience): string {
  switch (p.reason) {
    case "empty":
      return `${p.passName} has no sessions left`;
    case "expired":
      return a.now && p.validUntil.getTime() <= a.now.getTime()
        ? `${p.passName} expired on ${formatDate(p.validUntil, a.timezone)}`
        : `${p.passName} ends on ${formatDate(p.validUntil, a.timezone)}, before this session`;
    case "not_yet_valid":
      return `${p.passName} is valid only from ${formatDate(p.validFrom, a.timezone)}`;
    case "wrong_type": {
      const names = p.trainingTypeIds.map((id) => a.typeName?.(id)).filter((n): n is string => !!n);
      const covers = names.length ? names.join(", ") : "other training types";
      return `${p.passName} covers ${covers}${s ? `, not ${s.trainingTypeName}` : ""}`;
    }
    case "not_linked":
      return `${p.passName} is not one of this closed course's passes`;
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
  const who = f.memberName ?? "You";
  switch (e.code) {
    case ErrorCode.BookingDeadlinePassed:
      return s && f.deadline
        ? `Booking for ${at(s, tz)} closed at ${formatDateTime(f.deadline, tz)}. Try "sessions" for another one.`
        : null;
    case ErrorCode.CancellationDeadlinePassed:
      return s && f.deadline
        ? `It is too late to cancel ${at(s, tz)}: cancelling closed at ${formatDateTime(f.deadline, tz)}. Please tell your trainer if you cannot come.`
        : null;
    case ErrorCode.SessionStarted:
      return s ? `${at(s, tz)} has already started.` : null;
    case ErrorCode.SessionCancelled:
      return s
        ? `${at(s, tz)} is cancelled${f.cancelReason ? `: ${f.cancelReason}` : ""}. Try "sessions" for another one.`
        : null;
    case ErrorCode.AlreadyBooked:
      if (!s) return null;
      if (f.memberName) return `${f.memberName} is already booked on ${at(s, tz)}.`;
      return f.status === "waitlisted"
        ? `You are already on the waitlist for ${at(s, tz)}.`
        : `You are already booked on ${at(s, tz)}.`;
    case ErrorCode.ClosedSchedule:
      if (!s) return null;
      return staff
        ? `${s.name} is a closed (pass-only) course: members are enrolled by granting its pass (/grant <member> <pass>), not by booking.`
        : `${s.name} is a closed (pass-only) course: you join it through its pass, not by booking. Ask the studio for the pass.`;
    case ErrorCode.IndividualTraining:
      if (!s) return null;
      return staff
        ? `${s.name} is an individual training: add the member with /add <member> to ${s.name} <day> <time>.`
        : `${s.name} is an individual training: your trainer adds you to it.`;
    case ErrorCode.NoUsablePass: {
      if (!s || !f.passes) return null;
      const subject = who === "You" ? "You have" : `${who} has`;
      const fix =
        who === "You"
          ? "Ask the studio for a pass, then book again."
          : `Grant one with /grant ${who} <pass>, then add again.`;
      if (f.passes.length === 0) return `${subject} no pass for ${at(s, tz)}. ${fix}`;
      const reasons = f.passes.map((p) => passProblemText(p, s, a));
      return `${subject} no pass that can pay for ${at(s, tz)}: ${reasons.join("; ")}. ${fix}`;
    }
    default:
      return null;
  }
}
