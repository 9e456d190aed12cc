import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { PersonalBookingRecord } from "../../domain/personal/model.ts";
import { facts, insertIntoFreeSlot } from "./book.ts";
import { changeableBooking } from "./cancel.ts";
import type { PersonalDeps } from "./deps.ts";

/**
 * Moves a personal booking to another free slot (same type; the same or another trainer of it),
 * as one transaction: the old booking is cancelled first so its own time does not block the new
 * one, and the whole move is undone if the new slot is not free.
 */
export async function reschedulePersonalBooking(
  deps: PersonalDeps,
  actor: Actor,
  input: { bookingId: string; startsAt: Date; trainerId?: string },
): Promise<{ booking: PersonalBookingRecord; previous: PersonalBookingRecord }> {
  return deps.personal.transaction(async (tx) => {
    const now = deps.clock.now();
    const { booking, type } = await changeableBooking(tx, actor, input.bookingId, now);
    if (type.status !== "active")
      throw new DomainError(ErrorCode.NotFound, { what: "session_type", status: type.status });
    const org = await tx.getOrganization(actor.orgId);
    if (!org) throw new DomainError(ErrorCode.NotFound, { what: "organization" });
    const trainerId = input.trainerId ?? booking.trainerId;
    await tx.lockTrainer(booking.trainerId);
    await tx.cancelBooking(booking.id, "rescheduled", now);
    const moved = await insertIntoFreeSlot(tx, {
      orgId: actor.orgId,
      zone: org.timezone,
      type,
      trainerId,
      startsAt: input.startsAt,
      personId: booking.personId,
      paymentMethod: booking.paymentMethod,
      now,
      rescheduledFrom: booking.id,
    });
    await tx.addOutbox(actor.orgId, {
      kind: "personal.rescheduled",
      payload: {
        ...facts(moved),
        by: actor.personId,
        previousBookingId: booking.id,
        previousStartsAt: booking.startsAt.toISOString(),
      },
    });
    return { booking: moved, previous: { ...booking, status: "cancelled", cancelledAt: now } };
  });
}
