import type { PassBalance, SessionFacts } from "./events.ts";
import type { OccurrenceInfo, PassInfo } from "./model.ts";

/** A session as a notice about it shows it, at the moment of the change. */
export const sessionFacts = (o: OccurrenceInfo): SessionFacts => ({
  name: o.name,
  startsAt: o.startsAt.toISOString(),
  trainerName: o.trainerName,
  spaceName: o.spaceName,
});

/** A pass with its balance right after the charge or refund. */
export const passBalance = (p: PassInfo, remaining = p.remaining): PassBalance => ({
  passId: p.id,
  name: p.name,
  remaining,
  validUntil: p.validUntil.toISOString(),
});
