import { z } from "zod";

/**
 * Intents of personal sessions (docs/personal-sessions.md). Joined into IntentSchema; kept in their
 * own file so the group-session intents stay readable.
 */
const Id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "id");
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "day");
const Time = z.object({
  hour: z.number().int().min(0).max(23),
  minute: z.number().int().min(0).max(59),
  meridiemKnown: z.boolean(),
});
/** The end of a trainer id: enough to tell a type's trainers apart inside 64 bytes of button data. */
export const TrainerKey = z.string().regex(/^[A-Za-z0-9_-]{4,12}$/);
export const PART_OF_DAY = {
  morning: [6 * 60, 12 * 60],
  afternoon: [12 * 60, 17 * 60],
  evening: [17 * 60, 23 * 60],
} as const;

export const PersonalIntents = {
  /** The session types this person may book. */
  types: z.object({ kind: z.literal("personal_types") }),
  /** Free slots of a type (by id, or candidates by name) over local days, maybe one trainer or time. */
  slots: z.object({
    kind: z.literal("personal_slots"),
    sessionTypeIds: z.array(Id).max(20),
    typed: z.string().max(100).default(""),
    trainerIds: z.array(Id).max(20).default([]),
    fromDay: Day,
    toDay: Day,
    time: Time.optional(),
    part: z.enum(["morning", "afternoon", "evening"]).optional(),
    /** An impossible date or time as typed ("25:00"): refused, naming it. */
    invalid: z.object({ kind: z.enum(["time", "date"]), text: z.string().max(40) }).optional(),
    /** Words after "with" that name no trainer ("with bob"): said back, not ignored. */
    unknownTrainers: z.array(z.string().max(60)).max(5).optional(),
  }),
  /** Book one slot: type, trainer (key), start as minutes since the epoch, maybe the payment method. */
  book: z.object({
    kind: z.literal("personal_book"),
    sessionTypeId: Id,
    trainerKey: TrainerKey,
    startMinute: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31),
    payment: z.enum(["at_session", "check", "online"]).optional(),
  }),
  /** The person's own personal bookings (and, for trainers, their personal-session schedule). */
  mine: z.object({ kind: z.literal("personal_my") }),
  /**
   * Move one's personal booking: which one (by id, or by type, trainer and day as typed), and where
   * to (an exact start from a button, or a day range with maybe a time or a part of the day).
   */
  move: z.object({
    kind: z.literal("personal_move"),
    bookingId: Id.optional(),
    sessionTypeIds: z.array(Id).max(20).default([]),
    trainerIds: z.array(Id).max(20).default([]),
    onDay: Day.optional(),
    toFromDay: Day.optional(),
    toToDay: Day.optional(),
    time: Time.optional(),
    part: z.enum(["morning", "afternoon", "evening"]).optional(),
    startMinute: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31)
      .optional(),
    /** Trainer names typed that are nobody here ("with Zed"): said back, never ignored. */
    unknownTrainers: z.array(z.string().max(60)).max(5).default([]),
    typed: z.string().max(100).default(""),
  }),
  cancel: z.object({
    kind: z.literal("personal_cancel"),
    bookingId: Id,
    confirmed: z.boolean().default(false),
  }),
  /** Admin: settings (name=value pairs, or a form when empty). */
  settings: z.object({
    kind: z.literal("personal_settings"),
    values: z.record(z.string(), z.string().max(600)).default({}),
  }),
  /** Admin: create (no id) or edit a session type from name=value pairs (or a form when empty). */
  saveType: z.object({
    kind: z.literal("personal_type"),
    sessionTypeId: Id.optional(),
    typed: z.string().max(100).default(""),
    values: z.record(z.string(), z.string().max(1200)).default({}),
    /** Which form to open when no values are given: basics, details or rules. */
    part: z.enum(["b", "d", "r"]).default("b"),
  }),
  /** Trainer: weekly availability, dates off. */
  availability: z.object({
    kind: z.literal("personal_availability"),
    action: z.enum(["show", "set", "off", "on"]),
    text: z.string().max(600).default(""),
  }),
  /** Trainer: external calendar feeds. */
  feed: z.object({
    kind: z.literal("personal_feed"),
    action: z.enum(["list", "add", "remove"]),
    url: z.string().max(600).optional(),
    feedId: Id.optional(),
  }),
  /** Trainer: an .ics file sent in chat (a document or attachment) sets a busy calendar. */
  feedFile: z.object({
    kind: z.literal("personal_feed_file"),
    name: z.string().max(300),
    size: z.number().int().min(0),
    ref: z.string().min(1).max(2000),
  }),
  /** Anyone: the calendar subscription link (new, or revoke). */
  calendar: z.object({ kind: z.literal("calendar_link"), action: z.enum(["show", "revoke"]) }),
};

export type PersonalIntent = z.infer<(typeof PersonalIntents)[keyof typeof PersonalIntents]>;
