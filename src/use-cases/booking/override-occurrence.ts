import { hasStarted } from "../../domain/deadlines.ts";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import { type Actor, hasTrainerRights, type OccurrenceInfo } from "../../domain/model.ts";
import { sessionFacts } from "../../domain/notice-facts.ts";
import type { BookingTx } from "../../ports/booking-store.ts";
import { lockOccurrenceOrFail, requireTrainer } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";
import { guardClashes } from "./calendar-clashes.ts";
import { balancesAfterRefunds, type CancelledBooking, cancelAllBookings } from "./cancel-all-bookings.ts";
import { type PromotionOutcome, promoteFromWaitlist } from "./promote-waitlist.ts";

export interface OverrideInput {
  occurrenceId: string;
  capacity?: number;
  spaceId?: string;
  trainerId?: string;
  startsAt?: Date;
  /** Cancel (and refund) every booking so members rebook on the new terms. Not for closed schedules. */
  cancelExistingBookings?: boolean;
  /** Admins: go ahead although the trainer or space is taken then; the clash is recorded. */
  bookAnyway?: boolean;
}

type Change = "capacity" | "space" | "trainer" | "time";

export interface OverrideResult {
  /** "rescheduled" when the time changed, otherwise "updated". */
  notice: "updated" | "rescheduled";
  changes: Change[];
  cancelled: CancelledBooking[];
  promotion: PromotionOutcome;
  /** Confirmed bookings above the new capacity (nobody is removed: the trainer decides). */
  overbookedBy: number;
  /** The session after the change, names included (for the reply; nothing is re-read). */
  occurrence: OccurrenceInfo;
  /** Members who will get a notice about the change. */
  notified: number;
  /** Of them, with a confirmed booking and on the waitlist. */
  notifiedBooked: number;
  notifiedWaitlisted: number;
  /** Active bookings (confirmed and waitlisted) the session had before the change. */
  hadBookings: number;
}

const MAX_CAPACITY = 1000;

/** Overrides one session only; the rest of its schedule is untouched. */
export async function overrideOccurrence(
  deps: UseCaseDeps,
  actor: Actor,
  input: OverrideInput,
): Promise<OverrideResult> {
  requireTrainer(actor, "override_occurrence");
  if (
    input.capacity !== undefined &&
    (!Number.isInteger(input.capacity) || input.capacity < 0 || input.capacity > MAX_CAPACITY)
  ) {
    throw new DomainError(ErrorCode.InvalidInput, { field: "capacity", max: MAX_CAPACITY });
  }
  return deps.store.transaction(async (tx) => {
    const occ = await lockOccurrenceOrFail(tx, actor, input.occurrenceId);
    const now = deps.clock.now(); // read after the lock: timestamps follow the lock order
    if (occ.status === "cancelled")
      throw new DomainError(ErrorCode.SessionCancelled, { occurrenceId: occ.id });
    if (input.cancelExistingBookings && occ.closed)
      throw new DomainError(ErrorCode.ClosedSchedule, { occurrenceId: occ.id, staff: true });
    if (input.startsAt && input.startsAt.getTime() <= now.getTime()) {
      throw new DomainError(ErrorCode.InvalidInput, { field: "startsAt", reason: "in_the_past" });
    }
    if (hasStarted(occ, now)) throw new DomainError(ErrorCode.SessionStarted, { occurrenceId: occ.id });
    const names = await validateTargets(tx, actor, input);

    const changes: Change[] = [];
    if (input.capacity !== undefined && input.capacity !== occ.capacity) changes.push("capacity");
    if (input.spaceId !== undefined && input.spaceId !== occ.spaceId) changes.push("space");
    if (input.trainerId !== undefined && input.trainerId !== occ.trainerId) changes.push("trainer");
    if (input.startsAt !== undefined && input.startsAt.getTime() !== occ.startsAt.getTime())
      changes.push("time");
    if (changes.length === 0 && !input.cancelExistingBookings) {
      throw new DomainError(ErrorCode.InvalidInput, { field: "override", reason: "nothing_to_change" });
    }

    const before = await tx.listActiveBookings(occ.id);
    const cancelled = input.cancelExistingBookings
      ? await cancelAllBookings(tx, occ, "override_reset", now)
      : [];
    const updated = {
      ...occ,
      capacity: input.capacity ?? occ.capacity,
      spaceId: input.spaceId ?? occ.spaceId,
      trainerId: input.trainerId ?? occ.trainerId,
      startsAt: input.startsAt ?? occ.startsAt,
      spaceName: names.spaceName ?? occ.spaceName,
      trainerName: names.trainerName ?? occ.trainerName,
    };
    if (changes.some((c) => c !== "capacity")) {
      // No double-booking: the trainer and space are free then, or an admin said "book anyway".
      const slot = {
        startsAt: updated.startsAt,
        durationMinutes: occ.durationMinutes,
        trainerId: updated.trainerId,
        spaceId: updated.spaceId,
      };
      await guardClashes(tx, actor, [slot], { excludeIds: [occ.id], bookAnyway: input.bookAnyway });
    }
    await tx.updateOccurrence(occ.id, {
      capacity: updated.capacity,
      spaceId: updated.spaceId,
      trainerId: updated.trainerId,
      startsAt: updated.startsAt,
      overriddenAt: now,
    });

    const promotion = input.cancelExistingBookings
      ? { promoted: [], skipped: [] }
      : await promoteFromWaitlist(tx, updated, now);
    const { confirmed } = await tx.countBookings(occ.id);
    const overbookedBy = Math.max(0, confirmed - updated.capacity);
    // Members hear about what touches them: trainer, space, time, or their booking being reset.
    const membersAffected = input.cancelExistingBookings || changes.some((c) => c !== "capacity");
    const told = membersAffected ? before : [];
    const notify = told.map((b) => b.personId);
    const common = {
      occurrenceId: occ.id,
      changes,
      notify,
      bookingsCancelled: Boolean(input.cancelExistingBookings),
      refunds: cancelled,
      session: sessionFacts(updated),
      balances: await balancesAfterRefunds(tx, actor.orgId, cancelled),
    };
    const notice = changes.includes("time") ? "rescheduled" : "updated";
    if (notice === "rescheduled") {
      await tx.addOutbox(actor.orgId, {
        kind: "occurrence.rescheduled",
        payload: { ...common, previousStartsAt: occ.startsAt.toISOString() },
      });
    } else {
      await tx.addOutbox(actor.orgId, { kind: "occurrence.updated", payload: common });
    }
    if (overbookedBy > 0) {
      await tx.addOutbox(actor.orgId, {
        kind: "occurrence.overbooked",
        payload: {
          occurrenceId: occ.id,
          trainerId: updated.trainerId,
          confirmed,
          capacity: updated.capacity,
          session: sessionFacts(updated),
        },
      });
    }
    return {
      notice,
      changes,
      cancelled,
      promotion,
      overbookedBy,
      occurrence: updated,
      notified: notify.length,
      notifiedBooked: told.filter((b) => b.status === "confirmed").length,
      notifiedWaitlisted: told.filter((b) => b.status === "waitlisted").length,
      hadBookings: before.length,
    };
  });
}

/**
 * A new space must be of this organization; a new trainer must hold trainer rights in it. Returns
 * their names, which the changed session then carries.
 */
async function validateTargets(
  tx: BookingTx,
  actor: Actor,
  input: OverrideInput,
): Promise<{ spaceName?: string; trainerName?: string }> {
  const names: { spaceName?: string; trainerName?: string } = {};
  if (input.spaceId !== undefined) {
    const space = await tx.getSpace(actor.orgId, input.spaceId);
    if (!space) throw new DomainError(ErrorCode.NotFound, { what: "space" });
    names.spaceName = space.name;
  }
  if (input.trainerId !== undefined) {
    const trainer = await tx.getPerson(actor.orgId, input.trainerId);
    if (!trainer || !hasTrainerRights(trainer.role))
      throw new DomainError(ErrorCode.NotFound, { what: "trainer" });
    names.trainerName = trainer.displayName;
  }
  return names;
}
