import type { Actor, BookingRecord, OccurrenceInfo } from "../../domain/model.ts";
import type { UseCaseDeps } from "../deps.ts";

export type BookingWithSession = BookingRecord & { occurrence: OccurrenceInfo };

/**
 * The actor's own bookings only: upcoming soonest first, past most recent first. A session counts as
 * upcoming until it starts.
 */
export async function myBookings(
  deps: UseCaseDeps,
  actor: Actor,
): Promise<{ upcoming: BookingWithSession[]; past: BookingWithSession[] }> {
  const now = deps.clock.now().getTime();
  // One statement (its snapshot is all the consistency a list needs): no transaction around it.
  const all = await deps.store.singleRead((tx) => tx.listBookingsOfPerson(actor.orgId, actor.personId));
  const byStart = (a: BookingWithSession, b: BookingWithSession) =>
    a.occurrence.startsAt.getTime() - b.occurrence.startsAt.getTime() || Number(a.seq - b.seq);
  return {
    upcoming: all.filter((b) => b.occurrence.startsAt.getTime() > now).sort(byStart),
    past: all.filter((b) => b.occurrence.startsAt.getTime() <= now).sort((a, b) => byStart(b, a)),
  };
}
