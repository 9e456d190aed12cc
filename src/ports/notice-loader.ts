import type { PersonalFacts } from "../domain/personal/events.ts";
import type { ChatPlatform } from "./chat.ts";
import type { CoachingNoticeLoader } from "./coaching-notices.ts";

/** A session as notices show it. */
export interface NoticeSession {
  occurrenceId: string;
  orgId: string;
  name: string;
  startsAt: Date;
  durationMinutes: number;
  timezone: string;
  trainerName: string | null;
  spaceName: string | null;
  status: "scheduled" | "cancelled";
  cancelReason: string | null;
  scheduleId: string | null;
  trainingTypeId: string;
}

export interface NoticeIdentity {
  personId: string;
  platform: ChatPlatform;
  platformUserId: string;
  linkedAt: Date;
}

export interface NoticeChannel {
  id: string;
  platform: ChatPlatform;
  channelId: string;
}

export interface NoticePass {
  id: string;
  name: string;
  remaining: number;
  validUntil: Date;
}

export interface NoticeOutboxEvent {
  id: bigint;
  orgId: string;
  kind: string;
  payload: unknown;
  createdAt: Date;
}

export interface NoticeSchedule {
  id: string;
  orgId: string;
  name: string;
  timezone: string;
  /** Closed, still running, and no unarchived pass type is linked. */
  needsPass: boolean;
}

export interface DueReminder {
  bookingId: string;
  orgId: string;
  personId: string;
  occurrenceId: string;
  startsAt: Date;
}

/** Everything a notice needs to read; notices never write booking data. */
export interface NoticeLoader extends CoachingNoticeLoader {
  getOutboxEvent(id: bigint): Promise<NoticeOutboxEvent | null>;
  getSession(occurrenceId: string): Promise<NoticeSession | null>;
  getPass(passId: string): Promise<NoticePass | null>;
  getBooking(
    bookingId: string,
  ): Promise<{ id: string; personId: string; occurrenceId: string; status: string } | null>;
  getSchedule(scheduleId: string): Promise<NoticeSchedule | null>;
  getOrgTimezone(orgId: string): Promise<string | null>;
  /**
   * What decides the language of a notice to this person on this platform (their choice, the
   * platform's, the studio's); a channel (no person) reads the studio's.
   */
  readerOf(
    orgId: string,
    personId: string | null,
    platform: string,
  ): Promise<{ chosen: string | null; platformLocale: string | null; studioLocale: string | null }>;
  listIdentities(personIds: string[]): Promise<NoticeIdentity[]>;
  /** Channels linked to the schedule or to the training type. */
  listChannels(orgId: string, scheduleId: string | null, trainingTypeId: string): Promise<NoticeChannel[]>;
  /** Trainers and admins of the organization. */
  listStaff(orgId: string): Promise<string[]>;
  /** The organization's admins (person ids): requests only they may approve. */
  listAdmins(orgId: string): Promise<string[]>;
  getPersonName(personId: string): Promise<string | null>;
  /** Confirmed bookings whose reminder time (start minus the org's lead) is in (from, to] and not started. */
  listDueReminders(from: Date, to: Date): Promise<DueReminder[]>;
  /** Confirmed personal sessions whose reminder time is in (from, to] (same rule as group reminders). */
  listDuePersonalReminders(
    from: Date,
    to: Date,
  ): Promise<Array<{ bookingId: string; orgId: string; personId: string; startsAt: Date }>>;
  /** A confirmed personal booking's facts as of now, and its organization's zone; null once cancelled. */
  getPersonalReminderFacts(bookingId: string): Promise<{ facts: PersonalFacts; timezone: string } | null>;
  /** Closed schedules that still need a pass (see NoticeSchedule.needsPass). */
  listSchedulesNeedingPass(today: Date): Promise<NoticeSchedule[]>;
}
