/**
 * The command set every platform offers (Telegram menu, Discord slash commands, Slack `/book`
 * subcommands). The adapters only name the command; the chat core (src/intents/parse-text.ts,
 * parse-staff.ts) decides what it means and checks the person's role in the organization.
 */
export interface CommandOption {
  name: string;
  description: string;
  autocomplete?: "training" | "trainer";
  required?: boolean;
  /** Put before the value in `args`, where the core reads a keyword ("reason: …"). */
  prefix?: string;
}

export interface CommandSpec {
  name: string;
  description: string;
  /** What the argument is, when the command takes one (a Discord option, help text). */
  arg?: CommandOption;
  /** A second, free-text argument (Discord option), appended to the first in `args`. */
  details?: CommandOption;
  /**
   * Who the command is for, when not everyone: it is kept out of members' menus (Telegram's
   * default menu, Discord's default_member_permissions). The core checks the role either way.
   */
  staff?: "trainer" | "admin";
}

export const MEMBER_COMMANDS: readonly CommandSpec[] = [
  {
    name: "sessions",
    description: "Upcoming sessions",
    arg: { name: "filter", description: "Training or trainer, and when", autocomplete: "training" },
  },
  {
    name: "book",
    description: "Book a session",
    arg: { name: "what", description: "e.g. yoga tomorrow 7am", autocomplete: "training", required: true },
  },
  { name: "bookings", description: "My bookings" },
  {
    name: "cancel",
    description: "Cancel one of my bookings",
    arg: { name: "booking", description: "e.g. friday spin" },
  },
  { name: "passes", description: "My passes" },
  {
    name: "reminders",
    description: "My reminders: off, on, a lead time or the studio's",
    arg: { name: "setting", description: "off, on, 2h, 30m or default" },
  },
  {
    name: "language",
    description: "The language I answer you in",
    arg: { name: "language", description: "en, de, fr, es or auto" },
  },
  { name: "week", description: "The week at a glance", arg: { name: "when", description: "e.g. next week" } },
  {
    name: "personal",
    description: "Book a personal session",
    arg: { name: "trainer", description: "Trainer", autocomplete: "trainer" },
    // An exact time has its own option (Discord): "/personal trainer:sam when:friday 10:00".
    details: { name: "when", description: "e.g. friday 10:00 or tomorrow afternoon" },
  },
  { name: "calendar", description: "My 1-2-1 calendar" },
  {
    name: "join",
    description: "Join a 1-2-1 program (the code from your coach)",
    arg: { name: "code", description: "e.g. K7PQ2MXAAB", required: true },
  },
  {
    name: "link",
    description: "Link this chat app to your account (code from the other app)",
    arg: { name: "code", description: "Leave empty to get a code" },
  },
  {
    name: "connect",
    staff: "admin",
    description: "Admins: connect this chat space to the studio",
    arg: { name: "code", description: "Leave empty to get a code" },
  },
  { name: "org", description: "Choose your studio" },
  {
    name: "setup",
    description: "Open a new studio with the setup code you were given",
    arg: { name: "code", description: "The setup code", required: true },
  },
  {
    name: "staff",
    staff: "admin",
    description: "Admins: list, add or remove trainers and admins",
    arg: { name: "details", description: "add @sam trainer | remove @sam" },
  },
  {
    name: "settings",
    staff: "admin",
    description: "Admins: name, timezone, language, reminders, who grants passes",
    arg: { name: "details", description: "timezone Europe/Lisbon | reminders 2h | grants admins" },
  },
  {
    name: "catalog",
    staff: "admin",
    description: "Admins: training types, spaces, templates, schedules, pass types",
    arg: { name: "section", description: "types | spaces | templates | schedules | passes" },
  },
  {
    name: "type",
    staff: "admin",
    description: "Admins: add, rename or archive a training type",
    arg: { name: "details", description: "add Yoga" },
  },
  {
    name: "space",
    staff: "admin",
    description: "Admins: add, rename or archive a space",
    arg: { name: "details", description: "add Studio A" },
  },
  {
    name: "passtype",
    staff: "admin",
    description: "Admins: add, edit or archive a pass type",
    arg: { name: "details", description: "add Yoga 10 | sessions 10 | days 90 | price 90 EUR | types Yoga" },
  },
  { name: "help", description: "What I can do" },
];

const session: CommandOption = {
  name: "session",
  description: "e.g. spin tomorrow 7",
  autocomplete: "training",
  required: true,
};

/** Trainer and admin actions live under one `trainer` command; its first word is the action. */
export const TRAINER_SUBCOMMANDS: readonly CommandSpec[] = [
  { name: "roster", description: "Who is booked", arg: session },
  {
    name: "override",
    description: "Change one session",
    arg: session,
    details: {
      name: "changes",
      description: "capacity 20 | space Studio B | trainer Sam | to sat 10:00 | reset",
    },
  },
  {
    name: "cancel",
    description: "Cancel one session",
    arg: session,
    details: { name: "reason", description: "e.g. teacher is ill", prefix: "reason:" },
  },
  {
    name: "add",
    description: "Add a member to an individual training",
    arg: { name: "details", description: "Maria to pt tomorrow 9", required: true },
  },
  {
    name: "grant",
    description: "Give a member a pass",
    arg: { name: "details", description: "Maria Spin 10", required: true },
  },
  {
    name: "template",
    description: "Admins: add, edit or archive a training template",
    arg: {
      name: "details",
      description: "add Morning Flow | type Yoga | duration 60 | capacity 12",
      required: true,
    },
  },
  {
    name: "schedule",
    description: "Admins: add, edit or end a schedule",
    arg: { name: "details", description: "add Morning Flow | mon, wed | 07:00 | weeks 8", required: true },
  },
  {
    name: "linkchannel",
    description: "Admins: announce a training type's changes here",
    arg: { name: "training", description: "e.g. spin", autocomplete: "training", required: true },
  },
  {
    name: "coach",
    description: "1-2-1 coaching: programs, clients, calendars",
    arg: {
      name: "what",
      description: "clients · calendar Jo week 2 · horizon Jo 14 · coach help",
      required: true,
    },
  },
  {
    name: "invite",
    description: "Invite a 1-2-1 client",
    arg: { name: "details", description: "Program and client", required: true },
  },
  {
    name: "write",
    description: "Write a 1-2-1 calendar session",
    arg: { name: "details", description: "Client, day and plan", required: true },
  },
];

/**
 * Words that, first in Slack's `/book …`, name a command; any other first word means "book …".
 * Staff words are included so the core's help ("/roster spin") also works as `/book roster spin`.
 */
export const COMMAND_WORDS: ReadonlySet<string> = new Set([
  ...MEMBER_COMMANDS.map((c) => c.name),
  ...TRAINER_SUBCOMMANDS.filter((c) => c.name !== "cancel").map((c) => c.name),
  "cancelsession",
  "detail",
  "start",
]);
