import type { OccurrenceInfo, PassInfo } from "./model.ts";

export type PassUnusableReason = "expired" | "not_yet_valid" | "empty" | "wrong_type" | "not_linked";

/**
 * Why a pass cannot pay for an occurrence, or null when it can. Validity is judged at the session's
 * start. A closed schedule accepts only pass types linked to it; any other session accepts pass
 * types that cover its training type.
 */
export function passUnusableReason(pass: PassInfo, occ: OccurrenceInfo): PassUnusableReason | null {
  if (pass.remaining <= 0) return "empty";
  if (occ.startsAt.getTime() < pass.validFrom.getTime()) return "not_yet_valid";
  if (occ.startsAt.getTime() >= pass.validUntil.getTime()) return "expired";
  if (occ.closed) return occ.scheduleId && pass.scheduleIds.includes(occ.scheduleId) ? null : "not_linked";
  return pass.trainingTypeIds.includes(occ.trainingTypeId) ? null : "wrong_type";
}

/** Usable passes, the one expiring first first (the sensible default when a member does not choose). */
export function usablePasses(passes: PassInfo[], occ: OccurrenceInfo): PassInfo[] {
  return passes
    .filter((p) => passUnusableReason(p, occ) === null)
    .sort((a, b) => a.validUntil.getTime() - b.validUntil.getTime() || a.id.localeCompare(b.id));
}

/** A pass that preferredId names if it is usable, otherwise the default (expiring first). */
export function pickPass(usable: PassInfo[], preferredId: string | null): PassInfo | undefined {
  return usable.find((p) => p.id === preferredId) ?? usable[0];
}
