import { bookingClosesAt, cancellationClosesAt } from "./deadlines.ts";
import { DomainError, ErrorCode } from "./errors.ts";
import type { OccurrenceInfo, PassInfo } from "./model.ts";
import { type PassUnusableReason, passUnusableReason } from "./pass-usability.ts";

/**
 * The facts a refusal carries, so its reply can name the rule and the particulars ("Spin 10 expired
 * on Fri 22 Jan") instead of one sentence for every case. The wording lives in src/replies/.
 */
export interface SessionFact {
  occurrenceId: string;
  name: string;
  startsAt: Date;
  trainingTypeId: string;
  trainingTypeName: string;
}

export interface PassFact {
  passId: string;
  passName: string;
  reason: PassUnusableReason;
  remaining: number;
  validFrom: Date;
  validUntil: Date;
  trainingTypeIds: string[];
}

export interface RefusalFacts {
  session?: SessionFact;
  /** Booking closed at / cancellation closed at. */
  deadline?: Date;
  /** The trainer's reason for a cancelled session. */
  cancelReason?: string | null;
  /** Each of the person's passes and why it cannot pay (empty: no passes at all). */
  passes?: PassFact[];
  /** Booked or waitlisted already. */
  status?: string;
  /** The member the refusal is about when a trainer acts for them. */
  memberName?: string;
}

export const sessionFact = (o: OccurrenceInfo): SessionFact => ({
  occurrenceId: o.id,
  name: o.name,
  startsAt: o.startsAt,
  trainingTypeId: o.trainingTypeId,
  trainingTypeName: o.trainingTypeName,
});

export const passFacts = (passes: PassInfo[], occ: OccurrenceInfo): PassFact[] =>
  passes.map((p) => ({
    passId: p.id,
    passName: p.name,
    reason: passUnusableReason(p, occ) ?? "empty",
    remaining: p.remaining,
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    trainingTypeIds: p.trainingTypeIds,
  }));

/** A refusal about a session, with its facts (and the occurrence id, as before). */
export function refuse(code: ErrorCode, occ: OccurrenceInfo, extra: RefusalFacts = {}): DomainError {
  return new DomainError(code, { occurrenceId: occ.id, session: sessionFact(occ), ...extra });
}

export const bookingClosed = (occ: OccurrenceInfo): DomainError =>
  refuse(ErrorCode.BookingDeadlinePassed, occ, { deadline: bookingClosesAt(occ) });

export const tooLateToCancel = (occ: OccurrenceInfo): DomainError =>
  refuse(ErrorCode.CancellationDeadlinePassed, occ, { deadline: cancellationClosesAt(occ) });

export const sessionCancelled = (occ: OccurrenceInfo): DomainError =>
  refuse(ErrorCode.SessionCancelled, occ, { cancelReason: occ.cancelReason });

export const noUsablePass = (occ: OccurrenceInfo, passes: PassInfo[], memberName?: string): DomainError =>
  refuse(ErrorCode.NoUsablePass, occ, {
    passes: passFacts(passes, occ),
    ...(memberName ? { memberName } : {}),
  });

/** The facts of a refusal, read back (context is untyped: a value of the wrong shape is left out). */
export function factsOf(e: DomainError): RefusalFacts {
  const c = e.context;
  const date = (v: unknown) => (v instanceof Date ? v : undefined);
  const session = c.session as SessionFact | undefined;
  return {
    ...(session && typeof session.name === "string" && date(session.startsAt) ? { session } : {}),
    ...(date(c.deadline) ? { deadline: c.deadline as Date } : {}),
    ...(typeof c.cancelReason === "string" ? { cancelReason: c.cancelReason } : {}),
    ...(Array.isArray(c.passes) ? { passes: c.passes as PassFact[] } : {}),
    ...(typeof c.status === "string" ? { status: c.status } : {}),
    ...(typeof c.memberName === "string" ? { memberName: c.memberName } : {}),
  };
}
