import { DomainError, ErrorCode } from "../../domain/errors.ts";
import { type Actor, hasTrainerRights } from "../../domain/model.ts";
import type { PersonalBookingRecord, SessionType } from "../../domain/personal/model.ts";
import type { PersonalTx } from "../../ports/personal-store.ts";
import { facts } from "./book.ts";
import type { PersonalDeps } from "./deps.ts";

const HOUR = 3_600_000;

/**
 * The booking if the actor may change it: its member until the type's deadline (the minimum lead
 * time before the start), its trainer or an admin until the start. Nobody else learns it exists.
 */
export async function changeableBooking(
  tx: PersonalTx,
  actor: Actor,
  bookingId: string,
  now: Date,
): Promise<{ booking: PersonalBookingRecord; type: SessionType; asStaff: boolean }> {
  const booking = await tx.getBooking(actor.orgId, bookingId);
  const staff =
    actor.role === "admin" || (hasTrainerRights(actor.role) && booking?.trainerId === actor.personId);
  if (!booking || (booking.personId !== actor.personId && !staff))
    throw new DomainError(ErrorCode.NotFound, { what: "booking", bookingId });
  if (booking.status === "cancelled") throw new DomainError(ErrorCode.NotBooked, { bookingId });
  if (booking.startsAt <= now) throw new DomainError(ErrorCode.SessionStarted, { bookingId });
  const type = await tx.getSessionType(actor.orgId, booking.sessionTypeId);
  if (!type) throw new DomainError(ErrorCode.NotFound, { what: "session_type" });
  if (!staff && booking.startsAt.getTime() - now.getTime() < type.minLeadHours * HOUR)
    throw new DomainError(ErrorCode.CancellationDeadlinePassed, {
      bookingId,
      minLeadHours: type.minLeadHours,
    });
  return { booking, type, asStaff: staff && booking.personId !== actor.personId };
}

/** Cancels a personal booking; the member and the trainer are told through the outbox. */
export async function cancelPersonalBooking(
  deps: PersonalDeps,
  actor: Actor,
  input: { bookingId: string; reason?: string },
): Promise<PersonalBookingRecord> {
  const reason = input.reason?.trim() || null;
  if (reason && reason.length > 500) throw new DomainError(ErrorCode.InvalidInput, { field: "reason" });
  return deps.personal.transaction(async (tx) => {
    const now = deps.clock.now();
    const { booking } = await changeableBooking(tx, actor, input.bookingId, now);
    await tx.cancelBooking(booking.id, reason, now);
    await tx.addOutbox(actor.orgId, {
      kind: "personal.cancelled",
      payload: { ...facts(booking), by: actor.personId, reason },
    });
    return { ...booking, status: "cancelled", cancelledAt: now };
  });
}
