import type { ChatPlatform, Reply } from "../../ports/chat.ts";
import type { Logger } from "../../ports/logger.ts";
import {
  setupCodeInvalidReply,
  setupCodeMissingReply,
  setupWorkspaceTakenReply,
  studioOpenedReply,
  tooManySetupCodesReply,
} from "../../replies/studio/admin-replies.ts";
import { studioNameForm } from "../../replies/studio/forms.ts";
import type { UseCaseDeps } from "../../use-cases/deps.ts";
import { redeemSetupCode } from "../../use-cases/identity/redeem-setup-code.ts";

/** /setup CODE (or /start CODE from a start link, /book setup CODE as a subcommand): opens a studio, then asks its name (with the new studio's id). */
export async function runSetup(
  deps: UseCaseDeps & { log?: Logger },
  who: { personId: string; platform: ChatPlatform; platformUserId: string },
  where: { workspaceId: string | null },
  code: string,
): Promise<{ replies: Reply[]; orgId: string | null }> {
  const refused = (reply: Reply) => ({ replies: [reply], orgId: null });
  if (!code.trim()) return refused(setupCodeMissingReply());
  const r = await redeemSetupCode(deps, { ...who, workspaceId: where.workspaceId, code });
  if (r.ok) {
    const replies: Reply[] = [studioOpenedReply(r.workspaceConnected), studioNameForm()];
    return { replies, orgId: r.orgId };
  }
  if (r.reason === "slow_down") return refused(tooManySetupCodesReply(r.retryAfterMs));
  if (r.reason === "workspace_taken") return refused(setupWorkspaceTakenReply());
  return refused(setupCodeInvalidReply());
}
