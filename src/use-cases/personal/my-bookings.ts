import type { Actor } from "../../domain/model.ts";
import type { PersonalBookingRecord } from "../../domain/personal/model.ts";
import { type PersonalDeps, requireTrainer } from "./deps.ts";

/** The actor's own personal bookings that have not ended, soonest first (cancelled ones included). */
export async function myPersonalBookings(deps: PersonalDeps, actor: Actor): Promise<PersonalBookingRecord[]> {
  return deps.personal.transaction((tx) =>
    tx.listBookingsOfPerson(actor.orgId, actor.personId, deps.clock.now()),
  );
}

/** A trainer's confirmed personal sessions in a range, with each member and payment method. */
export async function trainerPersonalSchedule(
  deps: PersonalDeps,
  actor: Actor,
  input: { from: Date; to: Date },
): Promise<PersonalBookingRecord[]> {
  requireTrainer(actor, "personal_schedule");
  return deps.personal.transaction((tx) =>
    tx.listBookingsOfTrainer(actor.orgId, actor.personId, input.from, input.to),
  );
}
