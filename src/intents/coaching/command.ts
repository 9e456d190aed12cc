import { z } from "zod";

/**
 * 1-2-1 coaching in chat: every command a coach or a client can give, platform-neutral. Text, slash
 * commands, buttons and forms all produce one of these; it is checked with safeParse before acting.
 * Names (a client, a program) are resolved by the handler among what the actor may manage.
 */
const Id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
const Name = z.string().trim().min(1).max(80);
/** A client or program by id (buttons) or by what was typed. */
export const RefSchema = z.union([z.object({ id: Id }), z.object({ name: Name })]);
export type Ref = z.infer<typeof RefSchema>;
const Day = z.number().int().min(1).max(1100);
const Week = z.number().int().min(1).max(157);
const Title = z.string().max(200);
const Body = z.string().max(3000);

export const CoachingCommandSchema = z.discriminatedUnion("op", [
  // coach: programs
  z.object({ op: z.literal("programs") }),
  z.object({
    op: z.literal("program_new"),
    name: Name,
    price: z.string().max(20),
    currency: z.string().max(10).optional(),
    description: z.string().max(2000).optional(),
    welcome: z.string().max(2000).optional(),
    waiver: z.string().max(3000).optional(),
  }),
  z.object({
    op: z.literal("program_edit"),
    program: RefSchema,
    name: Name.optional(),
    price: z.string().max(20).optional(),
    currency: z.string().max(10).optional(),
    description: z.string().max(2000).optional(),
    welcome: z.string().max(2000).optional(),
    waiver: z.string().max(3000).optional(),
  }),
  /** Open the new-program form, or the edit form of a program. */
  z.object({ op: z.literal("program_form"), program: RefSchema.optional() }),
  z.object({ op: z.literal("program_publish"), program: RefSchema }),
  z.object({ op: z.literal("program_archive"), program: RefSchema }),
  z.object({ op: z.literal("digest_time"), program: RefSchema.optional(), time: z.string().max(10) }),
  // coach: clients and invites
  z.object({ op: z.literal("clients"), program: RefSchema.optional() }),
  z.object({
    op: z.literal("client_add"),
    name: Name,
    email: z.string().max(200).optional(),
    program: RefSchema.optional(),
    startDate: z.string().max(20).optional(),
  }),
  z.object({ op: z.literal("invite"), client: RefSchema, method: z.enum(["link", "email"]) }),
  z.object({
    op: z.literal("invite_new"),
    name: Name,
    email: z.string().max(200).optional(),
    method: z.enum(["link", "email"]),
    program: RefSchema.optional(),
  }),
  z.object({ op: z.literal("revoke"), client: RefSchema }),
  z.object({ op: z.literal("horizon"), client: RefSchema, days: z.number().int().min(-1000).max(10000) }),
  z.object({ op: z.literal("start_date"), client: RefSchema, date: z.string().max(20) }),
  z.object({ op: z.literal("move_client"), client: RefSchema, program: RefSchema }),
  // coach: calendars
  z.object({ op: z.literal("calendar"), client: RefSchema, week: Week.optional() }),
  z.object({ op: z.literal("write"), client: RefSchema, day: Day, title: Title, body: Body.default("") }),
  /** Open the write-session form for a client (optionally on a day). */
  z.object({ op: z.literal("write_form"), client: RefSchema, day: Day.optional() }),
  /** A session by id (buttons) or by client and day (text; "which one?" when the day has several). */
  z.object({
    op: z.literal("edit"),
    entry: z.union([z.object({ id: Id }), z.object({ client: RefSchema, day: Day })]),
    title: Title.optional(),
    body: Body.optional(),
  }),
  z.object({
    op: z.literal("move"),
    entry: z.union([z.object({ id: Id }), z.object({ client: RefSchema, day: Day })]),
    toDay: Day,
  }),
  z.object({
    op: z.literal("delete"),
    entry: z.union([z.object({ id: Id }), z.object({ client: RefSchema, day: Day })]),
  }),
  /** Open the edit or move form of one session. */
  z.object({ op: z.literal("entry_form"), form: z.enum(["edit", "move"]), entryId: Id }),
  z.object({
    op: z.literal("copy_week"),
    from: RefSchema,
    fromWeek: Week,
    to: RefSchema,
    toWeek: Week.optional(),
  }),
  // client
  z.object({ op: z.literal("my_coaching") }),
  z.object({ op: z.literal("my_week"), clientId: Id.optional(), week: Week.optional() }),
  z.object({ op: z.literal("my_day"), clientId: Id.optional(), day: Day.optional() }),
  z.object({ op: z.literal("my_session"), entryId: Id }),
  /** A client asks to move their own session from one day to another: only the coach moves them. */
  z.object({ op: z.literal("my_move"), day: Day, toDay: Day }),
  z.object({ op: z.literal("accept_waiver"), clientId: Id }),
  /** Redeem an invite code (/join CODE, a start link, a code from an e-mail). */
  z.object({ op: z.literal("join"), code: z.string().max(64) }),
  z.object({ op: z.literal("help") }),
]);

export type CoachingCommand = z.infer<typeof CoachingCommandSchema>;
export type CoachingOp = CoachingCommand["op"];

/** Ops any member may use (their own calendar, joining); the rest are for coaches (trainers, admins). */
export const CLIENT_OPS: ReadonlySet<CoachingOp> = new Set([
  "my_coaching",
  "my_week",
  "my_day",
  "my_session",
  "my_move",
  "accept_waiver",
  "join",
  "help",
]);
