import { randomCode } from "../../domain/codes.ts";
import { decodeButton } from "../../intents/button-codec.ts";
import type { IntentOf } from "../../intents/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import { forgedButtonReply } from "../../replies/chat-replies.ts";
import type { OrgTurn, Turn } from "../turn.ts";
import { answerGuide, guideForms } from "./guided-form.ts";
import { runSetup } from "./run-setup.ts";
import { runStudioButton, submitStudioForm } from "./studio-buttons.ts";
import { runStudioCommand } from "./studio-commands.ts";
import type { StudioContext } from "./studio-context.ts";

const STUDIO_BUTTON_OPS = new Set(["so", "ss", "sa", "sx", "sz", "rq"]);

/** What a studio command needs of a turn. */
export function studioContext(turn: OrgTurn): StudioContext {
  return contextOf(turn, turn.actor, turn.org);
}

function contextOf(turn: Turn, actor: OrgTurn["actor"], org: OrgTurn["org"]): StudioContext {
  return {
    uc: turn.uc,
    actor,
    org,
    platform: turn.event.platform,
    can: turn.deps.platforms.of(turn.event.platform),
    channelId: turn.event.conversation.channelId,
    now: turn.now,
    state: turn.deps.state,
    newKey: () => (turn.deps.randomCode ?? randomCode)(10).replace(/[^A-Za-z0-9]/g, "X"),
  };
}

/** /setup CODE: works before any organization exists; the new studio's name is asked next. */
export async function setupHandler(turn: Turn, intent: IntentOf<"setup">): Promise<Reply[]> {
  const r = await runSetup(
    { ...turn.uc, log: turn.deps.log },
    {
      personId: turn.personId,
      platform: turn.event.platform,
      platformUserId: turn.event.user.platformUserId,
    },
    { workspaceId: turn.event.conversation.workspaceId },
    intent.code,
  );
  if (!r.orgId) return r.replies;
  const found = await turn.deps.directory.orgWithVocabulary(r.orgId, true);
  if (!found) return r.replies;
  const actor = { orgId: r.orgId, personId: turn.personId, role: "admin" as const };
  return guideForms(contextOf(turn, actor, found.org), r.replies);
}

export async function studioHandler(turn: OrgTurn, intent: IntentOf<"studio">): Promise<Reply[]> {
  const ctx = studioContext(turn);
  if (intent.command.op === "guide") return answerGuide(ctx, { text: intent.command.answer });
  return guideForms(ctx, await runStudioCommand(ctx, intent.command));
}

export async function studioButtonHandler(
  turn: OrgTurn,
  intent: IntentOf<"studio_button">,
): Promise<Reply[]> {
  const d = decodeButton(intent.data);
  const ctx = studioContext(turn);
  if (d.ok && d.action.op === "sg")
    return answerGuide(ctx, { key: d.action.key, step: d.action.step, choice: d.action.choice });
  if (!d.ok || !STUDIO_BUTTON_OPS.has(d.action.op)) return [forgedButtonReply()];
  return guideForms(ctx, await runStudioButton(ctx, d.action as Parameters<typeof runStudioButton>[1]));
}

export async function studioFormHandler(turn: OrgTurn, intent: IntentOf<"studio_form">): Promise<Reply[]> {
  const ctx = studioContext(turn);
  return guideForms(ctx, await submitStudioForm(ctx, intent.form, intent.id, intent.values));
}
