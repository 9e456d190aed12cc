import { z } from "zod";
import { PersonalEventSchemas } from "./personal/events.ts";

/**
 * Outbox events: one row per state change that someone must hear about, written in the same
 * transaction as the change. Payloads carry ids, the reason and the facts of the change (below).
 */
const id = z.string().min(1).max(64);

const refund = z.object({ bookingId: id, personId: id, passId: id.nullable() });

/**
 * The facts of a change as they were when it happened, so a notice delivered late (relay held back,
 * Redis down) reads exactly as one delivered at once. Optional: rows written before they existed
 * are composed from the current state as before.
 */
const name = z.string().max(200);
export const SessionFactsSchema = z.object({
  name,
  startsAt: z.string(),
  trainerName: name.nullable(),
  spaceName: name.nullable(),
});
export type SessionFacts = z.infer<typeof SessionFactsSchema>;
/** A pass right after the charge or refund. */
export const PassBalanceSchema = z.object({
  passId: id,
  name,
  remaining: z.number().int(),
  validUntil: z.string(),
});
export type PassBalance = z.infer<typeof PassBalanceSchema>;
const balances = z.array(z.object({ personId: id, pass: PassBalanceSchema })).max(10_000);
/** Why each of a skipped member's passes could not pay. */
const passProblems = z.array(z.object({ name, reason: z.string().max(40), validUntil: z.string() })).max(50);

const OutboxEventSchemas = {
  /** A waitlisted member got a spot; their pass was charged at promotion. */
  "waitlist.promoted": z.object({
    occurrenceId: id,
    bookingId: id,
    personId: id,
    passId: id,
    session: SessionFactsSchema.optional(),
    pass: PassBalanceSchema.optional(),
  }),
  /** A waitlisted member was passed over because no pass of theirs was usable. */
  "waitlist.skipped": z.object({
    occurrenceId: id,
    bookingId: id,
    personId: id,
    reason: z.string(),
    session: SessionFactsSchema.optional(),
    passes: passProblems.optional(),
  }),
  /** Trainer or space changed, time unchanged ("Training updated"). */
  "occurrence.updated": z.object({
    occurrenceId: id,
    changes: z.array(z.enum(["capacity", "space", "trainer", "time"])),
    notify: z.array(id),
    bookingsCancelled: z.boolean(),
    refunds: z.array(refund),
    session: SessionFactsSchema.optional(),
    balances: balances.optional(),
  }),
  /** The time changed ("Training rescheduled"); previousStartsAt is an ISO instant. */
  "occurrence.rescheduled": z.object({
    occurrenceId: id,
    previousStartsAt: z.string(),
    changes: z.array(z.enum(["capacity", "space", "trainer", "time"])),
    notify: z.array(id),
    bookingsCancelled: z.boolean(),
    refunds: z.array(refund),
    session: SessionFactsSchema.optional(),
    balances: balances.optional(),
  }),
  /** Capacity was lowered below the confirmed count: nobody is removed, the trainer decides. */
  "occurrence.overbooked": z.object({
    occurrenceId: id,
    trainerId: id.nullable(),
    confirmed: z.number().int(),
    capacity: z.number().int(),
    session: SessionFactsSchema.optional(),
  }),
  /** One occurrence cancelled with an optional reason; every booking cancelled and refunded. */
  "occurrence.cancelled": z.object({
    occurrenceId: id,
    reason: z.string().nullable(),
    refunds: z.array(refund),
    session: SessionFactsSchema.optional(),
    balances: balances.optional(),
  }),
  /** A trainer added a member to an individual training. */
  "booking.added_by_trainer": z.object({
    occurrenceId: id,
    bookingId: id,
    personId: id,
    passId: id,
    trainerId: id,
    session: SessionFactsSchema.optional(),
    pass: PassBalanceSchema.optional(),
  }),
  /** A pass was granted; for a pass linked to closed schedules, the bookings it enrolled. */
  "pass.granted": z.object({
    passId: id,
    personId: id,
    enrolledBookingIds: z.array(id),
    pass: PassBalanceSchema.optional(),
    sessions: z.array(SessionFactsSchema).max(10_000).optional(),
  }),
  /**
   * A schedule was edited or ended and this booked session no longer fits it: the session stays as
   * booked and its members are told. The new pattern travels with the event (the facts of the moment).
   */
  "schedule.changed": z.object({
    scheduleId: id,
    occurrenceId: id,
    change: z.enum(["edited", "ended"]),
    notify: z.array(id),
    weekdays: z.array(z.number().int().min(1).max(7)),
    startTime: z.string(),
    endDate: z.string(),
  }),
  /** A trainer asked the admins for something only they may do (a pass for a closed course). */
  "admin.request": z.object({
    requestId: id,
    requestedById: id,
    scheduleId: id,
    scheduleName: z.string(),
  }),
  /** A closed schedule has no linked pass type: trainers and admins are warned. */
  "schedule.no_pass_linked": z.object({ scheduleId: id }),
  /** 1-2-1: an invite to send by e-mail; its code is minted when the mail is composed (never stored raw). */
  "coaching.invite_email": z.object({ inviteId: id, clientId: id }),
  /** 1-2-1: days of a client's calendar became visible; one digest a day lists their sessions. */
  "coaching.digest": z.object({
    clientId: id,
    personId: id,
    date: z.string(),
    fromDay: z.number().int(),
    toDay: z.number().int(),
  }),
  /** 1-2-1: the coach changed a session the client could already see (facts as they were then). */
  "coaching.session_changed": z.object({
    clientId: id,
    personId: id,
    entryId: id,
    change: z.enum(["added", "edited", "moved", "deleted"]),
    title: z.string(),
    fromDay: z.number().int(),
    /** The new day when moved and still visible; null when moved beyond the horizon or deleted. */
    toDay: z.number().int().nullable(),
  }),
  /** Personal sessions: booked, cancelled, rescheduled, feed failed (src/domain/personal/events.ts). */
  ...PersonalEventSchemas,
} as const;

export type OutboxEventKind = keyof typeof OutboxEventSchemas;
export type OutboxPayload<K extends OutboxEventKind> = z.infer<(typeof OutboxEventSchemas)[K]>;
export type OutboxEventInput = {
  [K in OutboxEventKind]: { kind: K; payload: OutboxPayload<K> };
}[OutboxEventKind];

/** Checks a stored payload (untrusted once it left the transaction) against its kind. */
export function parseOutboxEvent(kind: string, payload: unknown): OutboxEventInput | null {
  if (!(kind in OutboxEventSchemas)) return null;
  const schema = OutboxEventSchemas[kind as OutboxEventKind];
  const parsed = schema.safeParse(payload);
  return parsed.success ? ({ kind, payload: parsed.data } as OutboxEventInput) : null;
}
