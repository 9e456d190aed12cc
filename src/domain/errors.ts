/** Every way a use case can refuse. The wording a person reads lives in src/replies/. */
export const ErrorCode = {
  NotFound: "not_found",
  NotAllowed: "not_allowed",
  BookingDeadlinePassed: "booking_deadline_passed",
  CancellationDeadlinePassed: "cancellation_deadline_passed",
  SessionStarted: "session_started",
  SessionCancelled: "session_cancelled",
  NoUsablePass: "no_usable_pass",
  PassNotUsable: "pass_not_usable",
  PassChoiceNeeded: "pass_choice_needed",
  AlreadyBooked: "already_booked",
  NotBooked: "not_booked",
  ClosedSchedule: "closed_schedule",
  IndividualTraining: "individual_training",
  NotIndividualTraining: "not_individual_training",
  Full: "full",
  CapacityBelowConfirmed: "capacity_below_confirmed",
  InvalidInput: "invalid_input",
  Conflict: "conflict",
  // 1-2-1 coaching (docs/coaching.md)
  InviteUnknown: "invite_unknown",
  InviteUsed: "invite_used",
  InviteExpired: "invite_expired",
  InviteRevoked: "invite_revoked",
  NotVisibleYet: "not_visible_yet",
  ProgramHasClients: "program_has_clients",
  ProgramArchived: "program_archived",
  WaiverNotAccepted: "waiver_not_accepted",
  /** Personal sessions: not switched on for this organization. */
  PersonalNotEnabled: "personal_not_enabled",
  /** The slot is no longer free (booked, blocked by a calendar, outside availability). */
  SlotUnavailable: "slot_unavailable",
  /** A group slot reached its capacity. */
  SlotFull: "slot_full",
  /** The trainer teaches a group session at that time (or has a personal session, for a group change). */
  TrainerBusy: "trainer_busy",
  /** The type's maximum sessions for that day is reached. */
  DailyMaxReached: "daily_max_reached",
  /** Too close to the start (minimum lead time) or too far ahead (maximum lead time). */
  OutsideLeadTime: "outside_lead_time",
  PaymentMethodNotAccepted: "payment_method_not_accepted",
  /** A group session would share its trainer or space with another at that time (docs/booking.md). */
  CalendarClash: "calendar_clash",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A refusal with a string code and the context a reply needs; it never carries SQL or a stack for chat. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly context: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = "DomainError";
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
