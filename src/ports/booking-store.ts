import type { OutboxEventInput } from "../domain/events.ts";
import type {
  BookingRecord,
  BookingSource,
  BookingStatus,
  OccurrenceCounts,
  OccurrenceInfo,
  Organization,
  PassInfo,
  Role,
} from "../domain/model.ts";
import type { CatalogTx, PassTypeInfo, ScheduleInfo } from "./catalog-store.ts";
import type { OneStepBooking } from "./one-step-booking.ts";
import type { StudioTx } from "./studio-store.ts";

/** Filters for browsing sessions. */
export interface OccurrenceQuery {
  orgId: string;
  from: Date;
  to: Date;
  /** Only sessions of one of these types or templates (either fits), when any is given. */
  trainingTypeIds?: string[];
  templateIds?: string[];
  /** Only sessions led by one of these trainers, when any is given. */
  trainerIds?: string[];
  /** Only sessions starting at one of these instants (a typed time, see timeInstants). */
  startsAtIn?: Date[];
  includeIndividual: boolean;
  includeCancelled: boolean;
  limit?: number;
  /**
   * Read with each session what booking it needs for this person (their active booking there and
   * their passes), so a booking message's search is also its booking read.
   */
  bookingFor?: string;
}

/** What a search can select by in the listing itself: a typed query's names and time. */
export type SessionMatch = Pick<
  OccurrenceQuery,
  "trainingTypeIds" | "templateIds" | "trainerIds" | "startsAtIn"
>;

/** A listed session with, when `bookingFor` was asked, the person's booking there and passes. */
export type ListedOccurrence = OccurrenceInfo &
  OccurrenceCounts & { existing?: BookingRecord | null; passes?: PassInfo[] };

export interface PersonSummary {
  id: string;
  displayName: string;
  role: Role | null;
}

/** Where and when a session would hold its trainer and its space. */
export interface CalendarSlot {
  startsAt: Date;
  durationMinutes: number;
  trainerId: string | null;
  spaceId: string | null;
}

/** Another session that holds the trainer or the space of a slot at an overlapping time. */
export interface Clash {
  /** The slot (index into the list asked about) that clashes. */
  slot: number;
  resource: "trainer" | "space";
  other: OccurrenceInfo & OccurrenceCounts;
}

export interface NewOccurrence {
  orgId: string;
  templateId: string;
  scheduleId: string | null;
  slotStartsAt: Date;
  startsAt: Date;
  durationMinutes: number;
  capacity: number;
  trainerId: string | null;
  spaceId: string | null;
}

/** A booking made with a pass; a confirmed one is charged to that pass in the same statement. */
export interface NewBooking {
  orgId: string;
  occurrenceId: string;
  personId: string;
  passId: string;
  status: Exclude<BookingStatus, "cancelled">;
  source: BookingSource;
  /** Recorded on the ledger debit. */
  cause: string;
  now: Date;
}

export interface NewPass {
  orgId: string;
  personId: string;
  passTypeId: string;
  sessions: number;
  validFrom: Date;
  validUntil: Date;
  cause: string;
  /** The trainer or admin granting it. */
  grantedById?: string;
}

/** Reads and writes the booking rules need, all inside one database transaction. */
export interface BookingTx extends CatalogTx, StudioTx {
  getOrganization(orgId: string): Promise<Organization | null>;
  getRole(orgId: string, personId: string): Promise<Role | null>;
  getPerson(orgId: string, personId: string): Promise<PersonSummary | null>;
  listPeople(orgId: string): Promise<PersonSummary[]>;

  /** Loads an occurrence and holds a row lock on it until the transaction ends. */
  lockOccurrence(orgId: string, occurrenceId: string): Promise<OccurrenceInfo | null>;
  getOccurrence(orgId: string, occurrenceId: string): Promise<OccurrenceInfo | null>;
  listOccurrences(q: OccurrenceQuery): Promise<ListedOccurrence[]>;
  countBookings(occurrenceId: string): Promise<OccurrenceCounts>;
  updateOccurrence(
    occurrenceId: string,
    patch: Partial<
      Pick<OccurrenceInfo, "capacity" | "spaceId" | "trainerId" | "startsAt" | "status" | "cancelReason">
    > & {
      overriddenAt?: Date;
    },
  ): Promise<void>;
  insertOccurrences(rows: NewOccurrence[]): Promise<number>;
  /**
   * Scheduled sessions that would share a trainer or a space with one of `slots` at an overlapping
   * time (docs/booking.md, "No double-booking"), soonest first; sessions in `excludeIds` do not count.
   */
  findClashes(orgId: string, slots: CalendarSlot[], excludeIds?: string[]): Promise<Clash[]>;
  /**
   * For the rest of this transaction, clashes the calendar guard meets are recorded as allowed by
   * this person ("book anyway") instead of refused.
   */
  allowClashes(personId: string): Promise<void>;
  /** Upcoming scheduled occurrences of the given schedules, soonest first. */
  listUpcomingOfSchedules(scheduleIds: string[], after: Date, until: Date): Promise<OccurrenceInfo[]>;

  /**
   * lockOccurrence plus what booking needs, read after the lock in the same round trip: the counts,
   * the person's active booking there, and the person's passes. Null when there is no such session.
   */
  lockOccurrenceForBooking(
    orgId: string,
    occurrenceId: string,
    personId: string,
  ): Promise<{
    occurrence: OccurrenceInfo;
    counts: OccurrenceCounts;
    existing: BookingRecord | null;
    passes: PassInfo[];
  } | null>;
  /**
   * Inserts a booking and, when it is confirmed, debits its pass with the ledger entry, in one
   * statement. charged=false means the pass was empty: the caller must abort the transaction.
   */
  insertBookingAndCharge(b: NewBooking): Promise<{ booking: BookingRecord; charged: boolean }>;
  getBooking(orgId: string, bookingId: string): Promise<BookingRecord | null>;
  findActiveBooking(occurrenceId: string, personId: string): Promise<BookingRecord | null>;
  /** Confirmed and waitlisted bookings of an occurrence, in arrival order. */
  listActiveBookings(occurrenceId: string): Promise<BookingRecord[]>;
  /** The first waitlisted booking (arrival order), or null. */
  firstWaitlisted(occurrenceId: string): Promise<BookingRecord | null>;
  /** The person's bookings of sessions starting after `after`, soonest first (cancelled ones too). */
  listUpcomingBookingsOfPerson(
    orgId: string,
    personId: string,
    after: Date,
  ): Promise<Array<BookingRecord & { occurrence: OccurrenceInfo }>>;
  /** One page of the person's bookings of sessions that started at or before `atOrBefore`, latest first. */
  listPastBookingsOfPerson(
    orgId: string,
    personId: string,
    atOrBefore: Date,
    page: { offset: number; limit: number },
  ): Promise<Array<BookingRecord & { occurrence: OccurrenceInfo }>>;
  confirmBooking(bookingId: string, passId: string, now: Date): Promise<void>;
  cancelBooking(bookingId: string, reason: string, now: Date): Promise<void>;

  listPassesOf(orgId: string, personId: string): Promise<PassInfo[]>;
  /** Takes one session from a pass and writes the ledger debit; false when the pass is empty. */
  debitPass(passId: string, bookingId: string, cause: string): Promise<boolean>;
  /** Gives one session back and writes the ledger refund (at most once per booking). */
  refundPass(passId: string, bookingId: string, cause: string): Promise<void>;
  createPass(p: NewPass): Promise<PassInfo>;

  getPassType(orgId: string, passTypeId: string): Promise<PassTypeInfo | null>;
  /** Pass types that a session accepts: linked ones for a closed schedule, covering ones otherwise. */
  listAcceptedPassTypes(occ: OccurrenceInfo): Promise<PassTypeInfo[]>;
  getSchedule(orgId: string, scheduleId: string): Promise<ScheduleInfo | null>;
  /** Closed schedules of the organization that no (unarchived) pass type is linked to. */
  listClosedSchedulesWithoutPass(orgId: string): Promise<ScheduleInfo[]>;

  addOutbox(orgId: string, event: OutboxEventInput): Promise<void>;
}

/** Runs a unit of work atomically; retried from the start when the database reports a deadlock. */
export interface BookingStore extends OneStepBooking {
  transaction<T>(fn: (tx: BookingTx) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` without a transaction: for a unit of work that is ONE read statement (its own snapshot
   * is all the consistency it needs), saving the BEGIN and COMMIT round trips. Never for writes or
   * for several reads that must agree with each other.
   */
  singleRead<T>(fn: (tx: BookingTx) => Promise<T>): Promise<T>;
}
