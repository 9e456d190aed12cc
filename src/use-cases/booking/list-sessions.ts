import { DomainError, ErrorCode } from "../../domain/errors.ts";
import {
  type Actor,
  hasTrainerRights,
  type OccurrenceCounts,
  type OccurrenceInfo,
} from "../../domain/model.ts";
import type { SessionMatch } from "../../ports/booking-store.ts";
import type { BookingContext } from "../../ports/one-step-booking.ts";
import type { UseCaseDeps } from "../deps.ts";

export interface SessionSummary extends OccurrenceInfo, OccurrenceCounts {
  spotsLeft: number;
  /** With `forBooking`: what booking this session needs for the actor, read with the list. */
  booking?: BookingContext;
}

export interface ListSessionsInput {
  from: Date;
  to: Date;
  /** Names and start instants to select by (a typed query's; the caller still checks the rest). */
  match?: SessionMatch;
  limit?: number;
  /** Members too see cancelled sessions (to be told why one cannot be booked); staff always do. */
  includeCancelled?: boolean;
  /** The search of a booking: each session comes with the actor's booking there and their passes. */
  forBooking?: boolean;
}

const MAX_RANGE_DAYS = 92;

/**
 * Upcoming sessions in a range, soonest first. Members see bookable group sessions only: individual
 * trainings and cancelled sessions are hidden. Trainers and admins see everything.
 */
export async function listSessions(
  deps: UseCaseDeps,
  actor: Actor,
  input: ListSessionsInput,
): Promise<SessionSummary[]> {
  if (!(input.from.getTime() < input.to.getTime()))
    throw new DomainError(ErrorCode.InvalidInput, { field: "range" });
  if (input.to.getTime() - input.from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw new DomainError(ErrorCode.InvalidInput, { field: "range", maxDays: MAX_RANGE_DAYS });
  }
  const staff = hasTrainerRights(actor.role);
  // One SELECT: no transaction around it (a booking message runs this before it books).
  const rows = await deps.store.singleRead((tx) =>
    tx.listOccurrences({
      orgId: actor.orgId,
      from: input.from,
      to: input.to,
      ...input.match,
      includeIndividual: staff,
      includeCancelled: staff || input.includeCancelled === true,
      limit: input.limit,
      ...(input.forBooking ? { bookingFor: actor.personId } : {}),
    }),
  );
  return rows.map(({ existing, passes, ...r }) => ({
    ...r,
    spotsLeft: Math.max(0, r.capacity - r.confirmed),
    ...(passes
      ? {
          booking: {
            occurrence: occurrenceOf(r),
            counts: { confirmed: r.confirmed, waitlisted: r.waitlisted },
            existing: existing ?? null,
            passes,
          },
        }
      : {}),
  }));
}

/** The session alone, without the counts read beside it. */
function occurrenceOf(r: OccurrenceInfo & OccurrenceCounts): OccurrenceInfo {
  const { confirmed: _c, waitlisted: _w, ...occurrence } = r;
  return occurrence;
}
