import type { CommandTable } from "../command.ts";
import { coachingHandler } from "./turn-handler.ts";

/** 1-2-1 coaching: programs, clients, invites and private calendars (docs/coaching.md). */
export const coachingCommands = {
  // Joining by code needs no membership; the handler checks coach rights per command.
  coaching: {
    role: "none",
    run: (turn, intent) => coachingHandler(turn, intent.command),
    withoutOrg: async (turn, intent) =>
      intent.command.op === "join" ? coachingHandler(turn, intent.command) : null,
  },
  // Only 1-2-1 requests that name no coaching command land here: they get the coaching help.
  coming_soon: { role: "member", run: (turn) => coachingHandler(turn, { op: "help" }) },
} as const satisfies CommandTable;
