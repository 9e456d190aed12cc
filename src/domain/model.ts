/** Plain domain records. Instants are UTC Dates; the organization's timezone applies at the edges. */

export type Role = "member" | "trainer" | "admin";
export type BookingStatus = "confirmed" | "waitlisted" | "cancelled";
export type BookingSource = "self" | "trainer" | "auto_enrol";

/** Who is acting, in which organization, with which role there. */
export interface Actor {
  orgId: string;
  personId: string;
  role: Role;
}

export interface Organization {
  id: string;
  name: string;
  timezone: string;
  locale: string;
  reminderMinutesBefore: number | null;
}

export interface OccurrenceInfo {
  id: string;
  orgId: string;
  templateId: string;
  scheduleId: string | null;
  name: string;
  description: string;
  trainingTypeId: string;
  trainingTypeName: string;
  startsAt: Date;
  durationMinutes: number;
  capacity: number;
  trainerId: string | null;
  trainerName: string | null;
  spaceId: string | null;
  spaceName: string | null;
  status: "scheduled" | "cancelled";
  cancelReason: string | null;
  /** Pass-only: members are enrolled through passes linked to the schedule. */
  closed: boolean;
  /** Template capacity 1: hidden from browsing, a trainer adds the member. */
  individual: boolean;
  bookingDeadlineMinutes: number;
  cancellationDeadlineMinutes: number;
}

export interface OccurrenceCounts {
  confirmed: number;
  waitlisted: number;
}

export interface PassInfo {
  id: string;
  personId: string;
  passTypeId: string;
  name: string;
  remaining: number;
  validFrom: Date;
  validUntil: Date;
  trainingTypeIds: string[];
  /** Closed schedules this pass's type is linked to. */
  scheduleIds: string[];
}

export interface BookingRecord {
  id: string;
  seq: bigint;
  orgId: string;
  occurrenceId: string;
  personId: string;
  passId: string | null;
  status: BookingStatus;
  source: BookingSource;
  cancelReason: string | null;
  createdAt: Date;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
}

export const hasTrainerRights = (role: Role | null | undefined): boolean =>
  role === "trainer" || role === "admin";

const ROLE_RANK: Record<Role, number> = { member: 0, trainer: 1, admin: 2 };

/** Whether a role includes what `need` allows (admins may do what trainers may, trainers what members may). */
export const hasRole = (role: Role, need: Role): boolean => ROLE_RANK[role] >= ROLE_RANK[need];
