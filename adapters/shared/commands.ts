/**
 * The command set every platform offers (Telegram menu, Discord slash commands, Slack `/book`
 * subcommands). The adapters only name the command; the chat core decides what it means.
 */
export interface CommandSpec {
  name: string;
  description: string;
  /** What the argument is, when the command takes one (Discord option, help text). */
  arg?: { name: string; description: string; autocomplete?: "training" | "trainer"; required?: boolean };
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
    arg: { name: "booking", description: "Which booking" },
  },
  { name: "passes", description: "My passes" },
  {
    name: "personal",
    description: "Book a personal session",
    arg: { name: "trainer", description: "Trainer", autocomplete: "trainer" },
  },
  { name: "calendar", description: "My 1-2-1 calendar" },
  {
    name: "link",
    description: "Link this account with a one-time code",
    arg: { name: "code", description: "The code", required: true },
  },
  { name: "help", description: "What I can do" },
];

/** Trainer actions live under one `trainer` command; the core checks the role, never the platform. */
export const TRAINER_SUBCOMMANDS: readonly CommandSpec[] = [
  {
    name: "roster",
    description: "Who is booked",
    arg: { name: "session", description: "Session", autocomplete: "training", required: true },
  },
  {
    name: "override",
    description: "Change one session",
    arg: { name: "session", description: "Session", autocomplete: "training", required: true },
  },
  {
    name: "cancel",
    description: "Cancel one session",
    arg: { name: "session", description: "Session", autocomplete: "training", required: true },
  },
  {
    name: "add",
    description: "Add a member to an individual training",
    arg: { name: "details", description: "Member and session", required: true },
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

export const MEMBER_COMMAND_NAMES: ReadonlySet<string> = new Set(MEMBER_COMMANDS.map((c) => c.name));
