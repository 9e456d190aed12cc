import type { Vocabulary } from "../domain/vocabulary.ts";
import { parseRemindersCommand } from "./booking/parse-reminders.ts";
import {
  COACHING_FIRST_WORDS,
  coachingFirstWord,
  parseCoachingCommand,
  parseCoachingText,
} from "./coaching/parse-coaching.ts";
import type { Intent } from "./intent.ts";
import type { TextContext } from "./parse-when.ts";
import { parsePersonalCommand } from "./personal/parse-personal.ts";
import { parseStaffCommand } from "./studio/parse-staff.ts";
import { parseStudioCommand } from "./studio/parse-studio.ts";

/**
 * The first read of a message: which feature's parser gets it, decided by one cheap look (a command's
 * name, a message's first word), so a message runs one feature's parser rather than each in turn.
 * A name some features share lists them in the order they are asked; a parser that finds the command
 * is not its after all returns null and the next one (or the general commands) reads it.
 */
export interface CommandReader {
  feature: "booking" | "studio" | "coaching" | "personal";
  /** Command names as typed, lower case without "-" or "_". */
  names: readonly string[];
  read(name: string, args: string, ctx: TextContext, vocab: Vocabulary): Intent | null;
}

/**
 * Plain text whose first word starts a coaching line ("program", "clients", "write", "my week") goes to
 * coaching's parser, on the raw text (a session's training keeps its line breaks); null for other text
 * (the sentence reader, src/intents/parse-text.ts, reads it).
 */
export function readCoachingText(raw: string): Intent | null {
  if (!COACHING_FIRST_WORDS.has(coachingFirstWord(raw))) return null;
  const command = parseCoachingText(raw);
  return command ? { kind: "coaching", command } : null;
}

/** 1-2-1 coaching's commands (`/coach ...`, `/join CODE`, `/myweek`, a client's `/calendar`). */
export const coachingCommandReader: CommandReader = {
  feature: "coaching",
  names: ["join", "coach", "coaching", "trainer", "myweek", "mycalendar", "calendar", "myday"],
  read: (name, args) => {
    const command = parseCoachingCommand(name, args);
    return command ? { kind: "coaching", command } : null;
  },
};

const studioReader: CommandReader = {
  feature: "studio",
  names: [
    "setup",
    "staff",
    "settings",
    "setting",
    "catalog",
    "catalogue",
    "type",
    "trainingtype",
    "space",
    "room",
    "passtype",
    "pass",
    "template",
    "schedule",
    "passes",
  ],
  read: (name, args) => {
    const studio = parseStudioCommand(name, args);
    if (studio?.op === "setup") return { kind: "setup", code: studio.code };
    return studio ? { kind: "studio", command: studio } : null;
  },
};

/** Trainers' session tools (rosters, overrides, adding and granting) and the older catalogue forms. */
const staffReader: CommandReader = {
  feature: "booking",
  names: [
    "roster",
    "who",
    "override",
    "change",
    "cancelsession",
    "cancelclass",
    "cancelocc",
    "cancelocurrence",
    "canceloccurrence",
    "add",
    "addmember",
    "grant",
    "givepass",
    "template",
    "schedule",
    "newschedule",
    "linkchannel",
    "announce",
  ],
  read: parseStaffCommand,
};

const personalReader: CommandReader = {
  feature: "personal",
  names: [
    "personal",
    "pt",
    "appointments",
    "availability",
    "dayoff",
    "calendarfeed",
    "busy",
    "feed",
    "calendar",
    "ics",
  ],
  read: (name, args, ctx, vocab) => parsePersonalCommand(name, args, ctx, vocab, vocab.personalTypes),
};

/** A member's own reminders (`/reminders off`, `/reminders 2h`). */
const remindersReader: CommandReader = {
  feature: "booking",
  names: ["reminders", "reminder", "remindme"],
  read: (_, args) => parseRemindersCommand(args),
};

/** The features' command readers after coaching's (which the chat asks first, before the trainer alias). */
export const COMMAND_READERS: readonly CommandReader[] = [
  studioReader,
  staffReader,
  personalReader,
  remindersReader,
];

const byName = new Map<string, CommandReader[]>();
for (const r of COMMAND_READERS) for (const n of r.names) byName.set(n, [...(byName.get(n) ?? []), r]);

/** A feature's command by its name, or null when no feature owns it (the general commands read it). */
export function readFeatureCommand(
  name: string,
  args: string,
  ctx: TextContext,
  vocab: Vocabulary,
): Intent | null {
  for (const r of byName.get(name) ?? []) {
    const intent = r.read(name, args, ctx, vocab);
    if (intent) return intent;
  }
  return null;
}
