import type { BookingRecord, OccurrenceCounts, OccurrenceInfo, PassInfo } from "../domain/model.ts";

/** What booking needs to know about a session and a member, read together. */
export interface BookingContext {
  occurrence: OccurrenceInfo;
  counts: OccurrenceCounts;
  existing: BookingRecord | null;
  passes: PassInfo[];
}

/** A self-booking decided by the rules on an unlocked read, to be written in one statement. */
export interface OneStepBookingInput {
  orgId: string;
  occurrenceId: string;
  personId: string;
  passId: string;
  /** The app's clock, read just before the call; the store adds the time spent waiting for the lock. */
  now: Date;
  /** The session's start as read: a session moved meanwhile is "stale" and read again. */
  seenStartsAt: Date;
}

export type OneStepBookingOutcome =
  | { outcome: "booked"; booking: BookingRecord; remaining: number; waitlistPosition: number | null }
  | { outcome: "not_found" | "stale" | "no_usable_pass" | "needs_promotion" }
  | { outcome: "already"; status: string };

/**
 * The hot path of booking (docs/booking.md, "Hot sessions"): the session's row lock is held for one
 * statement, outside any interactive transaction. The rules run in the use case on `loadForBooking`;
 * `bookInOneStep` re-checks under the lock only what others can change meanwhile.
 */
export interface OneStepBooking {
  loadForBooking(orgId: string, occurrenceId: string, personId: string): Promise<BookingContext | null>;
  bookInOneStep(input: OneStepBookingInput): Promise<OneStepBookingOutcome>;
}
