import { coachingHandler, inviteCodeOfStart } from "../coaching/turn-handler.ts";
import type { CommandTable } from "../command.ts";
import { helpWithWarnings } from "../help.ts";
import { setupHandler } from "../studio/studio.ts";
import { chooseOrgHandler, connectWorkspaceHandler, linkAccountHandler } from "./identity.ts";
import { languageHandler } from "./language.ts";

/** Who is who and where: linking accounts, connecting workspaces, choosing a studio, setup codes. */
export const identityCommands = {
  link_account: { role: "none", run: linkAccountHandler, withoutOrg: linkAccountHandler },
  // Issuing a code needs admin: checked by the handler; redeeming is by code.
  connect_workspace: { role: "none", run: connectWorkspaceHandler, withoutOrg: connectWorkspaceHandler },
  choose_org: { role: "none", run: chooseOrgHandler, withoutOrg: chooseOrgHandler },
  setup: { role: "none", run: setupHandler, withoutOrg: setupHandler },
  set_language: { role: "none", run: languageHandler, withoutOrg: languageHandler },
  start: {
    role: "none",
    run: (turn) => helpWithWarnings(turn),
    withoutOrg: async (turn, intent) => {
      if (!intent.code) return null;
      // A start link's code (a platform with start links delivers it as /start <code>): a 1-2-1 invite or an account link code.
      const invite = inviteCodeOfStart(intent.code);
      if (invite) return coachingHandler(turn, { op: "join", code: invite });
      return linkAccountHandler(turn, { kind: "link_account", code: intent.code });
    },
  },
} as const satisfies CommandTable;
