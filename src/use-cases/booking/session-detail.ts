import { bookingClosesAt, cancellationClosesAt } from "../../domain/deadlines.ts";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import {
  type Actor,
  type BookingRecord,
  hasTrainerRights,
  type OccurrenceCounts,
  type OccurrenceInfo,
  type PassInfo,
} from "../../domain/model.ts";
import { usablePasses } from "../../domain/pass-usability.ts";
import type { PassTypeInfo } from "../../ports/catalog-store.ts";
import type { UseCaseDeps } from "../deps.ts";

export interface SessionDetail {
  occurrence: OccurrenceInfo;
  counts: OccurrenceCounts;
  spotsLeft: number;
  acceptedPassTypes: Array<Pick<PassTypeInfo, "id" | "name">>;
  myBooking: BookingRecord | null;
  myUsablePasses: PassInfo[];
  bookingClosesAt: Date;
  cancellationClosesAt: Date;
}

/** One session in full. A member may open an individual training only if it is theirs. */
export async function sessionDetail(
  deps: UseCaseDeps,
  actor: Actor,
  input: { occurrenceId: string },
): Promise<SessionDetail> {
  return deps.store.transaction(async (tx) => {
    const occ = await tx.getOccurrence(actor.orgId, input.occurrenceId);
    if (!occ) throw new DomainError(ErrorCode.NotFound, { what: "session" });
    const myBooking = await tx.findActiveBooking(occ.id, actor.personId);
    if (occ.individual && !hasTrainerRights(actor.role) && !myBooking) {
      throw new DomainError(ErrorCode.NotFound, { what: "session" });
    }
    const counts = await tx.countBookings(occ.id);
    const accepted = await tx.listAcceptedPassTypes(occ);
    return {
      occurrence: occ,
      counts,
      spotsLeft: Math.max(0, occ.capacity - counts.confirmed),
      acceptedPassTypes: accepted.map((p) => ({ id: p.id, name: p.name })),
      myBooking,
      myUsablePasses: usablePasses(await tx.listPassesOf(actor.orgId, actor.personId), occ),
      bookingClosesAt: bookingClosesAt(occ),
      cancellationClosesAt: cancellationClosesAt(occ),
    };
  });
}
