import type { Role } from "../domain/model.ts";
import type { PersonalEvent } from "../domain/personal/events.ts";
import type {
  AvailabilityWindow,
  PaymentMethod,
  PersonalBookingRecord,
  PersonalSettings,
  SessionType,
  SessionTypeFields,
} from "../domain/personal/model.ts";
import type { BookedInterval, Interval } from "../domain/personal/slots.ts";

export interface OrgFacts {
  id: string;
  name: string;
  timezone: string;
}

export interface NewPersonalBooking {
  orgId: string;
  sessionTypeId: string;
  trainerId: string;
  personId: string;
  startsAt: Date;
  endsAt: Date;
  bufferMinutes: number;
  paymentMethod: PaymentMethod;
  amountCents: number;
  currency: string;
  memberPrice: boolean;
  rescheduledFrom: string | null;
}

export interface CalendarFeed {
  id: string;
  orgId: string;
  trainerId: string;
  kind: "url" | "file";
  source: string;
  lastGoodAt: Date | null;
  lastError: string | null;
  warnedAt: Date | null;
}

/** A booking or a session of a person's calendar, for the .ics export. */
export interface PersonCalendarItem {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  location: string | null;
  detail: string;
  updatedAt: Date;
}

/** Everything on a trainer's calendar that slot computation subtracts. */
export interface TrainerCalendar {
  bookings: BookedInterval[];
  groupSessions: Interval[];
  busy: Interval[];
}

/** Reads and writes of personal sessions, inside one database transaction. */
export interface PersonalTx {
  getOrganization(orgId: string): Promise<OrgFacts | null>;
  getRole(orgId: string, personId: string): Promise<Role | null>;
  getPersonName(orgId: string, personId: string): Promise<string | null>;
  /** Holds a pass of the organization that is valid at `at` (the member price and "members only"). */
  holdsValidPass(orgId: string, personId: string, at: Date): Promise<boolean>;
  /** Trainers and admins of the organization. */
  listTrainers(orgId: string): Promise<Array<{ id: string; displayName: string }>>;

  getSettings(orgId: string): Promise<PersonalSettings>;
  saveSettings(s: PersonalSettings): Promise<void>;

  listSessionTypes(orgId: string): Promise<SessionType[]>;
  getSessionType(orgId: string, id: string): Promise<SessionType | null>;
  createSessionType(orgId: string, f: SessionTypeFields): Promise<SessionType>;
  updateSessionType(orgId: string, id: string, f: SessionTypeFields): Promise<SessionType>;

  listWindows(orgId: string, trainerId: string): Promise<AvailabilityWindow[]>;
  replaceWindows(orgId: string, trainerId: string, windows: AvailabilityWindow[]): Promise<void>;
  listDatesOff(orgId: string, trainerId: string): Promise<string[]>;
  setDateOff(orgId: string, trainerId: string, date: string, off: boolean): Promise<void>;

  /** Serializes writers of one trainer's calendar until the transaction ends (the triggers' lock). */
  lockTrainer(trainerId: string): Promise<void>;
  loadTrainerCalendar(orgId: string, trainerId: string, from: Date, to: Date): Promise<TrainerCalendar>;

  /** Inserts a booking; the database refuses a taken or full slot, a group-session clash or the daily max. */
  insertBooking(b: NewPersonalBooking): Promise<PersonalBookingRecord>;
  getBooking(orgId: string, id: string): Promise<PersonalBookingRecord | null>;
  cancelBooking(id: string, reason: string | null, now: Date): Promise<void>;
  listBookingsOfPerson(orgId: string, personId: string, from: Date): Promise<PersonalBookingRecord[]>;
  listBookingsOfTrainer(
    orgId: string,
    trainerId: string,
    from: Date,
    to: Date,
  ): Promise<PersonalBookingRecord[]>;

  listFeeds(orgId: string, trainerId: string): Promise<CalendarFeed[]>;
  upsertFeed(orgId: string, trainerId: string, kind: "url" | "file", source: string): Promise<CalendarFeed>;
  getFeed(feedId: string): Promise<CalendarFeed | null>;
  /** Every URL feed of every organization, least recently tried first (the refresh job). */
  listUrlFeedIds(limit: number): Promise<string[]>;
  removeFeed(orgId: string, feedId: string): Promise<boolean>;
  /** Replaces the feed's busy blocks with a new good copy and clears its failure state. */
  replaceBusy(feed: CalendarFeed, blocks: Interval[], now: Date): Promise<void>;
  /** Records a failed load; true when this is the first failure since the last good copy (warn once). */
  markFeedFailed(feedId: string, error: string, now: Date): Promise<boolean>;

  /** Stores a new subscription (hash only) and revokes the person's earlier ones. */
  replaceSubscription(orgId: string, personId: string, tokenHash: string, now: Date): Promise<void>;
  revokeSubscriptions(orgId: string, personId: string, now: Date): Promise<number>;
  findSubscription(tokenHash: string): Promise<{ orgId: string; personId: string } | null>;
  /** Confirmed group bookings, sessions the person teaches and personal sessions (both sides), from `from`. */
  listCalendarOf(orgId: string, personId: string, from: Date): Promise<PersonCalendarItem[]>;

  addOutbox(orgId: string, event: PersonalEvent): Promise<void>;
}

/** Runs a unit of work atomically; retried from the start on a deadlock or serialization failure. */
export interface PersonalStore {
  transaction<T>(fn: (tx: PersonalTx) => Promise<T>): Promise<T>;
}

/** Reads an external calendar feed (http/https); rejects on failure, with a reason for the logs. */
export interface CalendarFeedFetcher {
  fetch(url: string): Promise<string>;
}

/** The feed's address (or a redirect's) is not a public one: refused by policy, not a passing failure. */
export class FeedAddressRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedAddressRefusedError";
  }
}
