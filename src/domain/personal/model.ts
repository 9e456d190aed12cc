/** Personal-session records: plain data, instants as UTC Dates, the organization's zone at the edges. */

export const ACCESS_LEVELS = ["public", "members", "private"] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export const PAYMENT_METHODS = ["at_session", "check", "online"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const TYPE_STATUSES = ["draft", "active", "paused", "archived"] as const;
export type SessionTypeStatus = (typeof TYPE_STATUSES)[number];

/** 15 to 120 minutes in 15-minute steps (the reference's list). */
export const DURATIONS = [15, 30, 45, 60, 75, 90, 105, 120] as const;
/** None, 5, 10, 15, 30, 45 or 60 minutes. */
export const BUFFERS = [0, 5, 10, 15, 30, 45, 60] as const;

export interface PersonalSettings {
  orgId: string;
  enabled: boolean;
  showOnMemberList: boolean;
  accessLevel: AccessLevel;
  paymentMethods: PaymentMethod[];
}

export interface SessionTypeFields {
  name: string;
  description: string;
  coverImageUrl: string | null;
  durationMinutes: number;
  capacity: number;
  /** The flat price, or the member price when nonMemberPriceCents is set. */
  priceCents: number;
  nonMemberPriceCents: number | null;
  currency: string;
  status: SessionTypeStatus;
  location: string | null;
  /** null = the organization's default. */
  accessLevel: AccessLevel | null;
  bufferMinutes: number;
  minLeadHours: number;
  maxLeadDays: number | null;
  maxPerDay: number | null;
  trainerIds: string[];
}

export interface SessionType extends SessionTypeFields {
  id: string;
  orgId: string;
  /** Display names of trainerIds, same order. */
  trainerNames: string[];
}

/** A weekly availability window, local wall-clock "HH:MM" (end may be "24:00"), ISO weekday. */
export interface AvailabilityWindow {
  weekday: number;
  startTime: string;
  endTime: string;
}

export interface PersonalBookingRecord {
  id: string;
  orgId: string;
  sessionTypeId: string;
  sessionTypeName: string;
  trainerId: string;
  trainerName: string;
  personId: string;
  personName: string;
  startsAt: Date;
  endsAt: Date;
  bufferMinutes: number;
  paymentMethod: PaymentMethod;
  amountCents: number;
  currency: string;
  memberPrice: boolean;
  status: "confirmed" | "cancelled";
  location: string | null;
  cancelledAt: Date | null;
}

/** The level that applies to a type: its override, or the organization's default. */
export function effectiveAccess(
  type: Pick<SessionType, "accessLevel">,
  settings: PersonalSettings,
): AccessLevel {
  return type.accessLevel ?? settings.accessLevel;
}

/** Member price when the type has split pricing and the person counts as a member. */
export function priceFor(
  type: Pick<SessionType, "priceCents" | "nonMemberPriceCents">,
  isMember: boolean,
): { amountCents: number; memberPrice: boolean } {
  if (type.nonMemberPriceCents === null) return { amountCents: type.priceCents, memberPrice: isMember };
  return isMember
    ? { amountCents: type.priceCents, memberPrice: true }
    : { amountCents: type.nonMemberPriceCents, memberPrice: false };
}
