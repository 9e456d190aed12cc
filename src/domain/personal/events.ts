import { z } from "zod";

/**
 * Outbox events of personal sessions, written in the same transaction as the change. Unlike the
 * group events they carry the facts of the moment (times, type, price), so a notice delivered late
 * still says what was true when it happened.
 */
const id = z.string().min(1).max(64);

const personalFacts = z.object({
  bookingId: id,
  personId: id,
  personName: z.string(),
  trainerId: id,
  trainerName: z.string(),
  sessionTypeId: id,
  typeName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string().nullable(),
  paymentMethod: z.enum(["at_session", "check", "online"]),
  amountCents: z.number().int(),
  currency: z.string(),
});

export const PersonalEventSchemas = {
  /** Booked: to the member and the trainer. */
  "personal.booked": personalFacts,
  /** Cancelled by the member, the trainer or an admin (`by`). */
  "personal.cancelled": personalFacts.extend({ by: id, reason: z.string().nullable() }),
  /** Moved: the new booking replaced previousBookingId. */
  "personal.rescheduled": personalFacts.extend({
    by: id,
    previousBookingId: id,
    previousStartsAt: z.string(),
  }),
  /** A trainer's calendar feed failed; once per failure spell, the last good copy stays in use. */
  "personal.feed_failed": z.object({ feedId: id, trainerId: id, source: z.string().max(600) }),
} as const;

export type PersonalEventKind = keyof typeof PersonalEventSchemas;
export type PersonalFacts = z.infer<typeof personalFacts>;
export type PersonalEvent = {
  [K in PersonalEventKind]: { kind: K; payload: z.infer<(typeof PersonalEventSchemas)[K]> };
}[PersonalEventKind];

export function parsePersonalEvent(kind: string, payload: unknown): PersonalEvent | null {
  if (!(kind in PersonalEventSchemas)) return null;
  const parsed = PersonalEventSchemas[kind as PersonalEventKind].safeParse(payload);
  return parsed.success ? ({ kind, payload: parsed.data } as PersonalEvent) : null;
}

/** True for the outbox events of personal sessions (their kinds start with "personal."). */
export function isPersonalEvent(e: { kind: string }): e is PersonalEvent {
  return e.kind in PersonalEventSchemas;
}
