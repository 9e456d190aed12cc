import { decodeButton } from "../../intents/button-codec.ts";
import type { IntentOf } from "../../intents/intent.ts";
import type { Reply } from "../../replies/reply.ts";
import { randomCode } from "../codes.ts";
import { runSetup } from "../studio/run-setup.ts";
import { runStudioButton, submitStudioForm } from "../studio/studio-buttons.ts";
import { runStudioCommand } from "../studio/studio-commands.ts";
import type { StudioContext } from "../studio/studio-context.ts";
import type { OrgTurn, Turn } from "../turn.ts";

const STUDIO_BUTTON_OPS = new Set(["so", "ss", "sa", "sx", "sz", "rq"]);

/** What a studio command needs of a turn. */
export function studioContext(turn: OrgTurn): StudioContext {
  return {
    uc: turn.uc,
    actor: turn.actor,
    org: turn.org,
    platform: turn.event.platform,
    now: turn.now,
    state: turn.deps.state,
    newKey: () => (turn.deps.randomCode ?? randomCode)(10).replace(/[^A-Za-z0-9]/g, "X"),
  };
}

/** /setup CODE: works before any organization exists. */
export function setupHandler(turn: Turn, intent: IntentOf<"setup">): Promise<Reply[]> {
  return runSetup(
    { ...turn.uc, log: turn.deps.log },
    {
      personId: turn.personId,
      platform: turn.event.platform,
      platformUserId: turn.event.user.platformUserId,
    },
    { workspaceId: turn.event.conversation.workspaceId },
    intent.code,
  );
}

export function studioHandler(turn: OrgTurn, intent: IntentOf<"studio">): Promise<Reply[]> {
  return runStudioCommand(studioContext(turn), intent.command);
}

export async function studioButtonHandler(
  turn: OrgTurn,
  intent: IntentOf<"studio_button">,
): Promise<Reply[]> {
  const d = decodeButton(intent.data);
  if (!d.ok || !STUDIO_BUTTON_OPS.has(d.action.op))
    return [{ visibility: "private", lines: ["I could not read that button. Please ask again."] }];
  return runStudioButton(studioContext(turn), d.action as Parameters<typeof runStudioButton>[1]);
}

export function studioFormHandler(turn: OrgTurn, intent: IntentOf<"studio_form">): Promise<Reply[]> {
  return submitStudioForm(studioContext(turn), intent.form, intent.id, intent.values);
}
