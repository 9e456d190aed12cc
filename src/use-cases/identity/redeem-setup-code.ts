import { afterFailure, hashSetupCode } from "../../domain/setup-code.ts";
import type { ChatPlatform } from "../../ports/chat.ts";
import type { Logger } from "../../ports/logger.ts";
import { roleChanged, type UseCaseDeps } from "../deps.ts";

/** The placeholders a new studio starts with until its admin answers the setup questions. */
export const NEW_STUDIO_DEFAULTS = { name: "New studio", timezone: "UTC", locale: "en-GB" } as const;

export interface RedeemSetupInput {
  /** The person who sent the code (already known by their platform identity). */
  personId: string;
  platform: ChatPlatform;
  platformUserId: string;
  /** The chat workspace (a team, server or group, as the platform calls it) it was sent in; none in a DM. */
  workspaceId: string | null;
  code: string;
}

export type RedeemSetupResult =
  | { ok: true; orgId: string; workspaceConnected: boolean }
  | { ok: false; reason: "invalid" | "slow_down"; retryAfterMs?: number }
  | { ok: false; reason: "workspace_taken" };

/**
 * Opens a studio: a valid code makes a new organization whose first admin is the sender, and connects
 * the chat it was sent in. A used, expired or mistyped code changes nothing but the sender's count of
 * wrong guesses; after too many in a short time every attempt is refused for a while (and logged).
 * Two people racing with one code get one organization: the code is consumed by one conditional UPDATE.
 * Platform admin status plays no part: only the code does.
 */
export async function redeemSetupCode(
  deps: UseCaseDeps & { log?: Logger },
  input: RedeemSetupInput,
): Promise<RedeemSetupResult> {
  const key = `${input.platform}:${input.platformUserId}`;
  const result = await deps.store.transaction(async (tx): Promise<RedeemSetupResult> => {
    const now = deps.clock.now();
    const attempt = await tx.lockSetupAttempt(key, now);
    if (attempt.blockedUntil && attempt.blockedUntil > now)
      return { ok: false, reason: "slow_down", retryAfterMs: attempt.blockedUntil.getTime() - now.getTime() };
    // Checked before the code is spent, so a code sent in an already connected chat is not wasted.
    if (input.workspaceId && (await tx.orgOfWorkspace(input.platform, input.workspaceId)))
      return { ok: false, reason: "workspace_taken" };
    const codeId = await tx.consumeSetupCode(hashSetupCode(input.code), now);
    if (!codeId) {
      const next = afterFailure(attempt, now);
      await tx.saveSetupAttempt(key, next);
      return next.blockedUntil && next.blockedUntil > now
        ? { ok: false, reason: "slow_down", retryAfterMs: next.blockedUntil.getTime() - now.getTime() }
        : { ok: false, reason: "invalid" };
    }
    await tx.saveSetupAttempt(key, { failures: 0, windowStart: now, blockedUntil: null });
    const org = await tx.createOrganization({ ...NEW_STUDIO_DEFAULTS });
    await tx.setMembership(org.id, input.personId, "admin");
    if (input.workspaceId) await tx.connectWorkspace(input.platform, input.workspaceId, org.id);
    await tx.finishSetupCode(codeId, input.personId, org.id);
    return { ok: true, orgId: org.id, workspaceConnected: input.workspaceId !== null };
  });
  if (result.ok) {
    deps.log?.info({ orgId: result.orgId, platform: input.platform }, "studio opened with a setup code");
    await roleChanged(deps, input.personId);
  } else deps.log?.warn({ key, reason: result.reason }, "setup code refused");
  return result;
}
