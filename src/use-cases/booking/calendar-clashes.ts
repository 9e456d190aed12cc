import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { BookingTx, CalendarSlot, Clash } from "../../ports/booking-store.ts";
import { requireAdmin, requireTrainer } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";

/**
 * No double-booking (docs/booking.md): the sessions that would share a trainer or a space with the
 * given slots. Read for a preview; the database's calendar guard refuses them again at the write.
 */
export async function calendarClashes(
  deps: UseCaseDeps,
  actor: Actor,
  input: { slots: CalendarSlot[]; excludeIds?: string[] },
): Promise<Clash[]> {
  requireTrainer(actor, "calendar_clashes");
  return deps.store.singleRead((tx) => tx.findClashes(actor.orgId, input.slots, input.excludeIds ?? []));
}

/**
 * Before a write that places sessions: with "book anyway" (admins only) the clashes are recorded as
 * allowed by the actor; without it any clash refuses the whole change, naming them.
 */
export async function guardClashes(
  tx: BookingTx,
  actor: Actor,
  slots: CalendarSlot[],
  opts: { excludeIds?: string[]; bookAnyway?: boolean | undefined },
): Promise<void> {
  if (opts.bookAnyway) {
    requireAdmin(actor, "book_anyway");
    await tx.allowClashes(actor.personId);
    return;
  }
  const clashes = await tx.findClashes(actor.orgId, slots, opts.excludeIds ?? []);
  const [first] = clashes;
  if (first) {
    throw new DomainError(ErrorCode.CalendarClash, {
      resource: first.resource,
      otherId: first.other.id,
      clashes,
    });
  }
}
