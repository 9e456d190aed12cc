import { bookingCommands } from "../handlers/booking/commands.ts";
import { coachingCommands } from "../handlers/coaching/commands.ts";
import type { AllCommands, Command, RequiredRole } from "../handlers/command.ts";
import { generalCommands } from "../handlers/help.ts";
import { identityCommands } from "../handlers/identity/commands.ts";
import { personalCommands } from "../handlers/personal/commands.ts";
import { studioCommands } from "../handlers/studio/commands.ts";
import type { OrgTurn, Turn } from "../handlers/turn.ts";
import type { Intent, IntentKind } from "../intents/intent.ts";
import type { Reply } from "../ports/chat.ts";
import type { RefusalAudience } from "../replies/refusal-replies.ts";
import { clarify } from "./clarify.ts";

/** Each feature's command table, by feature (a kind is in exactly one: test/unit/commands.test.ts). */
export const FEATURE_COMMANDS = {
  general: generalCommands,
  booking: bookingCommands,
  studio: studioCommands,
  coaching: coachingCommands,
  personal: personalCommands,
  identity: identityCommands,
} as const;

/** Every intent kind to its command; the compiler checks that no kind is missing. */
const COMMANDS: AllCommands = {
  ...generalCommands,
  ...bookingCommands,
  ...studioCommands,
  ...coachingCommands,
  ...personalCommands,
  ...identityCommands,
};

/** Who may ask for an intent: its command's role. */
/** An intent's command in the merged table (each kind has exactly one, AllCommands makes sure). */
const commandOf = (intent: Intent): Command<IntentKind> =>
  COMMANDS[intent.kind] as unknown as Command<IntentKind>;

export const requiredRole = (kind: IntentKind): RequiredRole => COMMANDS[kind].role;

/** Intents whose command also answers before an organization is known. */
export const worksWithoutOrg = (kind: IntentKind): boolean => COMMANDS[kind].withoutOrg !== undefined;

/** Intents that work before an organization is known (linking accounts, connecting workspaces). */
export async function dispatchWithoutOrg(turn: Turn, intent: Intent): Promise<Reply[] | null> {
  const command = commandOf(intent);
  return command.withoutOrg ? command.withoutOrg(turn, intent) : null;
}

/** One intent to one use case and its replies. Roles were checked by the caller. */
export async function dispatch(turn: OrgTurn, intent: Intent): Promise<Reply[]> {
  // Text not read exactly (an impossible time, a name the studio lacks) is asked about first.
  const unclear = await clarify(turn, intent);
  if (unclear) return [unclear];
  return commandOf(intent).run(turn, intent);
}

/** Who reads a refusal in this turn: the studio's zone and names, the reader's role. */
export function refusalAudience(turn: OrgTurn): RefusalAudience {
  const types = new Map(turn.vocab.trainingTypes.map((t) => [t.id, t.name]));
  return {
    role: turn.actor.role,
    timezone: turn.org.timezone,
    now: turn.now,
    typeName: (id) => types.get(id),
  };
}
