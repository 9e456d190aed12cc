import type { Actor, BookingRecord, OccurrenceInfo } from "../../domain/model.ts";
import type { UseCaseDeps } from "../deps.ts";

export type BookingWithSession = BookingRecord & { occurrence: OccurrenceInfo };

/**
 * The actor's own upcoming bookings (cancelled ones too), soonest first. A session counts as upcoming
 * until it starts. Only the sessions ahead are read, however long the member's history.
 */
export async function myBookings(
  deps: UseCaseDeps,
  actor: Actor,
): Promise<{ upcoming: BookingWithSession[] }> {
  const now = deps.clock.now();
  // One statement (its snapshot is all the consistency a list needs): no transaction around it.
  const upcoming = await deps.store.singleRead((tx) =>
    tx.listUpcomingBookingsOfPerson(actor.orgId, actor.personId, now),
  );
  return { upcoming };
}

/**
 * One page of the actor's own past bookings, most recent first: page `page` of `size` rows, and
 * whether an older page exists. Only that page is read (one row more, to know).
 */
export async function pastBookings(
  deps: UseCaseDeps,
  actor: Actor,
  input: { page: number; size: number },
): Promise<{ items: BookingWithSession[]; hasMore: boolean }> {
  const size = Math.max(1, Math.floor(input.size));
  const page = Math.max(0, Math.floor(input.page));
  const rows = await deps.store.singleRead((tx) =>
    tx.listPastBookingsOfPerson(actor.orgId, actor.personId, deps.clock.now(), {
      offset: page * size,
      limit: size + 1,
    }),
  );
  return { items: rows.slice(0, size), hasMore: rows.length > size };
}
