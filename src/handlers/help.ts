import { hasTrainerRights } from "../domain/model.ts";
import { isCourtesy } from "../intents/courtesy.ts";
import type { Reply } from "../ports/chat.ts";
import { noPassLinkedReply } from "../replies/booking/staff-replies.ts";
import { dismissedReply } from "../replies/chat-replies.ts";
import { courtesyReply, helpReply, notActedReply, unknownReply } from "../replies/help-reply.ts";
import { closedSchedulesWithoutPass } from "../use-cases/booking/closed-schedules-without-pass.ts";
import { getPersonalSettings } from "../use-cases/personal/settings.ts";
import type { CommandTable } from "./command.ts";
import { helpNames } from "./help-names.ts";
import { pdeps } from "./personal/member.ts";
import type { OrgTurn } from "./turn.ts";

/** Help; trainers and admins also see the "No pass linked" warning with its one-step fix. */
export async function helpWithWarnings(turn: OrgTurn): Promise<Reply[]> {
  // Personal sessions are advertised to members only when on and "shown on the member list".
  const settings = await getPersonalSettings(pdeps(turn), turn.actor);
  const help = helpReply(
    turn.actor.role,
    undefined,
    settings.enabled && settings.showOnMemberList,
    turn.deps.platforms.of(turn.event.platform),
    await helpNames(turn),
  );
  if (!hasTrainerRights(turn.actor.role)) return [help];
  // Trainers get the one-step fix too: it creates the pass, or asks the admins when only they may grant.
  const warning = noPassLinkedReply(await closedSchedulesWithoutPass(turn.uc, turn.actor));
  return warning ? [help, warning] : [help];
}

/** What every feature shares: help, text nobody understood, a button that only dismisses. */
export const generalCommands = {
  help: { role: "none", run: (turn) => helpWithWarnings(turn) },
  unknown: {
    role: "none",
    run: async (turn, intent) =>
      isCourtesy(intent.text)
        ? [courtesyReply()]
        : [unknownReply(turn.actor.role, turn.deps.platforms.of(turn.event.platform), await helpNames(turn))],
  },
  not_acted: { role: "none", run: async (_turn, intent) => [notActedReply(intent.reason, intent.text)] },
  dismiss: { role: "none", run: async () => [dismissedReply()] },
} as const satisfies CommandTable;
