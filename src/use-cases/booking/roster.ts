import type { Actor, BookingRecord, OccurrenceInfo } from "../../domain/model.ts";
import { lockOccurrenceOrFail, requireTrainer } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";

export interface RosterEntry {
  bookingId: string;
  personId: string;
  name: string;
  status: BookingRecord["status"];
}

/** Who is booked on a session, in arrival order (trainers and admins only). */
export async function roster(
  deps: UseCaseDeps,
  actor: Actor,
  input: { occurrenceId: string },
): Promise<{ occurrence: OccurrenceInfo; confirmed: RosterEntry[]; waitlisted: RosterEntry[] }> {
  requireTrainer(actor, "roster");
  return deps.store.transaction(async (tx) => {
    const occ = await lockOccurrenceOrFail(tx, actor, input.occurrenceId);
    const people = new Map((await tx.listPeople(actor.orgId)).map((p) => [p.id, p.displayName]));
    const entries = (await tx.listActiveBookings(occ.id)).map((b) => ({
      bookingId: b.id,
      personId: b.personId,
      name: people.get(b.personId) ?? "(unknown)",
      status: b.status,
    }));
    return {
      occurrence: occ,
      confirmed: entries.filter((e) => e.status === "confirmed"),
      waitlisted: entries.filter((e) => e.status === "waitlisted"),
    };
  });
}
