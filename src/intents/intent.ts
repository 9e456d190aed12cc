import { z } from "zod";
import { StudioFormCode } from "./button-codec.ts";
import { CoachingCommandSchema } from "./coaching/command.ts";
import { PersonalIntents } from "./personal/intent.ts";
import { StudioCommandSchema } from "./studio/command.ts";

/**
 * Every action a person can ask for in chat, platform-neutral. Text parsing and button decoding both
 * produce an Intent; the chat core checks it with `IntentSchema.safeParse` before acting, because
 * everything that arrives from a platform is untrusted.
 */

const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "id");
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "day");
const Page = z.number().int().min(0).max(1000).default(0);

/** A time of day as typed; without am/pm an hour of 1-12 may mean morning or evening. */
const TimeOfDaySchema = z.object({
  hour: z.number().int().min(0).max(23),
  minute: z.number().int().min(0).max(59),
  meridiemKnown: z.boolean(),
});
export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

/**
 * Which sessions a person means, before the database is asked. Candidate lists hold every name that
 * matched equally well: the core lists the sessions that fit and asks when more than one does.
 */
const SessionQuerySchema = z.object({
  fromDay: Day,
  toDay: Day,
  time: TimeOfDaySchema.optional(),
  trainingTypeIds: z.array(IdSchema).max(20).default([]),
  templateIds: z.array(IdSchema).max(20).default([]),
  trainerIds: z.array(IdSchema).max(20).default([]),
  /** True when the person named a day (or a time): "cancel my spin" vs "cancel my friday spin". */
  dated: z.boolean().default(false),
  /** "evening", "morgens", "du matin" without an exact time: only sessions in that part of the day. */
  period: z.enum(["morning", "afternoon", "evening"]).optional(),
  /**
   * "monday" said on a Monday: fromDay..toDay is today and next Monday, only sessions on that
   * weekday count, and the earlier day's win (today's while they are ahead, else next week's).
   */
  weekday: z.number().int().min(1).max(7).optional(),
  /**
   * Words that look like a class or trainer name but match none ("zumba", "with anna"). They are
   * never dropped: the core names them back with the closest real names as buttons.
   */
  unknownNames: z
    .array(z.object({ word: z.string().min(1).max(40), role: z.enum(["class", "trainer"]) }))
    .max(5)
    .default([]),
  /** A date or time that cannot be ("25:00", "31 feb"): named back, nothing is looked up. */
  invalid: z.object({ kind: z.enum(["time", "date"]), text: z.string().min(1).max(40) }).optional(),
});
export type SessionQuery = z.infer<typeof SessionQuerySchema>;

/** A session given by id (buttons) or by what the person typed (text). */
const SessionTargetSchema = z.union([
  z.object({ occurrenceId: IdSchema }),
  z.object({ query: SessionQuerySchema }),
]);
export type SessionTarget = z.infer<typeof SessionTargetSchema>;

/** A person given by id (buttons) or by name candidates (text). */
const PersonTargetSchema = z.union([
  z.object({ personId: IdSchema }),
  z.object({ personIds: z.array(IdSchema).max(20), typed: z.string().max(100) }),
]);
export type PersonTarget = z.infer<typeof PersonTargetSchema>;

const member = {
  help: z.object({ kind: z.literal("help"), topic: z.enum(["member", "trainer", "admin"]).optional() }),
  listSessions: z.object({ kind: z.literal("list_sessions"), query: SessionQuerySchema, page: Page }),
  weekView: z.object({ kind: z.literal("week_view"), fromDay: Day }),
  sessionDetail: z.object({ kind: z.literal("session_detail"), target: SessionTargetSchema }),
  book: z.object({ kind: z.literal("book"), target: SessionTargetSchema, passId: IdSchema.optional() }),
  myBookings: z.object({ kind: z.literal("my_bookings"), page: Page, past: z.boolean().default(false) }),
  cancelBooking: z.object({
    kind: z.literal("cancel_booking"),
    target: z.union([z.object({ bookingId: IdSchema }), z.object({ query: SessionQuerySchema })]),
    confirmed: z.boolean().default(false),
    /**
     * Typed with a personal word that is also a group class's name ("cancel my pt" where the studio
     * has a training called PT): the class wins when the member is booked in it, else their
     * personal sessions are what they meant.
     */
    orPersonal: z.boolean().optional(),
  }),
  myPasses: z.object({ kind: z.literal("my_passes") }),
  /** A member's own reminders: show, off, on, back to the studio's, a lead time, or one unread ("bad"). */
  myReminders: z.object({
    kind: z.literal("my_reminders"),
    change: z.enum(["show", "off", "on", "default", "lead", "bad"]),
    minutes: z.number().int().min(1).max(1_000_000).optional(),
    typed: z.string().max(40).optional(),
  }),
};

const trainer = {
  roster: z.object({ kind: z.literal("roster"), target: SessionTargetSchema }),
  override: z.object({
    kind: z.literal("override"),
    target: SessionTargetSchema,
    capacity: z.number().int().min(1).max(1000).optional(),
    spaceName: z.string().min(1).max(100).optional(),
    trainer: PersonTargetSchema.optional(),
    /** New start as a local day and time in the organization's timezone. */
    newDay: Day.optional(),
    newTime: TimeOfDaySchema.optional(),
    /** newDay came from a weekday name alone: the handler takes that weekday nearest the session. */
    newDayNearSession: z.boolean().optional(),
    cancelExistingBookings: z.boolean().default(false),
    /** Set by the Confirm button of a preview (a change that could surprise many people). */
    confirmed: z.boolean().default(false),
    /** "Book anyway" (admins): go ahead although the trainer or space is taken then; recorded. */
    bookAnyway: z.boolean().optional(),
  }),
  /** Ask for a trainer form (a modal where the platform has them) for one session. */
  openForm: z.object({
    kind: z.literal("open_form"),
    form: z.enum(["override", "cancel_occurrence"]),
    occurrenceId: IdSchema,
  }),
  cancelOccurrence: z.object({
    kind: z.literal("cancel_occurrence"),
    target: SessionTargetSchema,
    reason: z.string().max(300).optional(),
    /** Pressed "Confirm" on the preview (who is told, refunds): cancel now. */
    confirmed: z.boolean().default(false),
  }),
  addToIndividual: z.object({
    kind: z.literal("add_to_individual"),
    target: SessionTargetSchema,
    person: PersonTargetSchema,
    passId: IdSchema.optional(),
  }),
  grantPass: z.object({
    kind: z.literal("grant_pass"),
    person: PersonTargetSchema,
    passTypeIds: z.array(IdSchema).max(20),
    typedPassType: z.string().max(100).default(""),
  }),
  createPassForSchedule: z.object({ kind: z.literal("create_pass_for_schedule"), scheduleId: IdSchema }),
  createTemplate: z.object({
    kind: z.literal("create_template"),
    name: z.string().min(1).max(100),
    trainingTypeName: z.string().min(1).max(100),
    durationMinutes: z.number().int().min(5).max(600),
    capacity: z.number().int().min(1).max(1000),
    closed: z.boolean().default(false),
  }),
  createSchedule: z.object({
    kind: z.literal("create_schedule"),
    templateIds: z.array(IdSchema).max(20),
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    startTime: z.string().regex(/^\d{2}:\d{2}$/),
    weeks: z.number().int().min(1).max(52).default(8),
  }),
  linkChannel: z.object({
    kind: z.literal("link_channel"),
    trainingTypeIds: z.array(IdSchema).max(20).default([]),
    templateIds: z.array(IdSchema).max(20).default([]),
    scheduleId: IdSchema.optional(),
  }),
};

const identity = {
  /** Without a code: issue one. With a code: attach this platform identity to the code's person. */
  linkAccount: z.object({ kind: z.literal("link_account"), code: z.string().max(40).optional() }),
  /** Without a code (admin, anywhere): issue one. With a code: map this chat workspace to the org. */
  connectWorkspace: z.object({ kind: z.literal("connect_workspace"), code: z.string().max(40).optional() }),
  /** In a direct message with several organizations: which one this person is talking to. */
  chooseOrg: z.object({ kind: z.literal("choose_org"), orgId: IdSchema.optional() }),
  /** A start link's /start [code] (platforms with start links). */
  start: z.object({ kind: z.literal("start"), code: z.string().max(64).optional() }),
  /** /language [de|fr|es|en|auto]: the language this person reads (docs/languages.md). */
  setLanguage: z.object({ kind: z.literal("set_language"), language: z.string().max(20).optional() }),
};

/** 1-2-1 coaching: programs, clients, invites and private calendars (src/handlers/coaching/). */
const coaching = {
  coaching: z.object({ kind: z.literal("coaching"), command: CoachingCommandSchema }),
};

/** A 1-2-1 request that names no coaching command (answered with the coaching help). */
const later = {
  comingSoon: z.object({
    kind: z.literal("coming_soon"),
    feature: z.enum(["one_to_one"]),
  }),
};

/** Opening and running a studio (docs/studio-setup.md); the use cases check every role. */
const studio = {
  /** /setup CODE (or a start link's /start CODE): opens a new studio with a setup code. */
  setup: z.object({ kind: z.literal("setup"), code: z.string().max(64) }),
  /** A typed studio command: staff, settings, catalogue, member passes. */
  studio: z.object({ kind: z.literal("studio"), command: StudioCommandSchema }),
  /** A studio button (edit, archive, zone, answer); the raw data is decoded again by its handler. */
  studioButton: z.object({ kind: z.literal("studio_button"), data: z.string().max(100) }),
  /** A submitted studio form: which form, which entry, the answers (checked field by field). */
  studioForm: z.object({
    kind: z.literal("studio_form"),
    form: StudioFormCode,
    id: IdSchema.optional(),
    values: z.record(z.string().max(40), z.string().max(2000)),
  }),
};

const other = {
  /** Nothing understood: answered with short help and examples. */
  unknown: z.object({ kind: z.literal("unknown"), text: z.string().max(200) }),
  /**
   * A negated or hypothetical request ("don't book yoga", "not the 7pm one", "should I book spin?",
   * "ne réserve pas", "nicht buchen"): never acted on; answered with a question back.
   */
  notActed: z.object({
    kind: z.literal("not_acted"),
    reason: z.enum(["negated", "question"]),
    text: z.string().max(200),
  }),
  /** A button press that only dismisses (e.g. "Keep it" on a cancel confirmation). */
  dismiss: z.object({ kind: z.literal("dismiss") }),
};

export const IntentSchema = z.discriminatedUnion("kind", [
  member.help,
  member.listSessions,
  member.weekView,
  member.sessionDetail,
  member.book,
  member.myBookings,
  member.cancelBooking,
  member.myPasses,
  member.myReminders,
  trainer.roster,
  trainer.override,
  trainer.cancelOccurrence,
  trainer.openForm,
  trainer.addToIndividual,
  trainer.grantPass,
  trainer.createPassForSchedule,
  trainer.createTemplate,
  trainer.createSchedule,
  trainer.linkChannel,
  identity.linkAccount,
  identity.connectWorkspace,
  identity.chooseOrg,
  identity.start,
  identity.setLanguage,
  coaching.coaching,
  later.comingSoon,
  PersonalIntents.types,
  PersonalIntents.slots,
  PersonalIntents.book,
  PersonalIntents.mine,
  PersonalIntents.cancel,
  PersonalIntents.move,
  PersonalIntents.settings,
  PersonalIntents.saveType,
  PersonalIntents.availability,
  PersonalIntents.feed,
  PersonalIntents.feedFile,
  PersonalIntents.calendar,
  studio.setup,
  studio.studio,
  studio.studioButton,
  studio.studioForm,
  other.unknown,
  other.notActed,
  other.dismiss,
]);

/** One action a person asked for. */
export type Intent = z.infer<typeof IntentSchema>;
export type IntentKind = Intent["kind"];
export type IntentOf<K extends IntentKind> = Extract<Intent, { kind: K }>;
