import type { Role } from "../../domain/model.ts";
import type { ChatPlatform } from "../../ports/chat.ts";
import { roleChanged, type UseCaseDeps } from "../deps.ts";

const RANK: Record<Role, number> = { member: 0, trainer: 1, admin: 2 };

/**
 * When someone talks to the bot in a studio, roles an admin gave them before (by mention or by name)
 * take effect. An existing higher role is never lowered. Returns the role they hold afterwards.
 */
export async function claimPendingRoles(
  deps: UseCaseDeps,
  input: {
    orgId: string;
    personId: string;
    platform: ChatPlatform;
    platformUserId: string;
    displayName: string;
  },
): Promise<{ role: Role; claimed: boolean }> {
  const result = await deps.store.transaction(async (tx) => {
    const held = await tx.getRole(input.orgId, input.personId);
    const current = held ?? "member";
    const claimed = await tx.claimPendingRoles(
      input.orgId,
      { platform: input.platform, platformUserId: input.platformUserId, name: input.displayName },
      deps.clock.now(),
    );
    const best = claimed.reduce<Role>((r, p) => (RANK[p.role] > RANK[r] ? p.role : r), current);
    if (claimed.length > 0 && (best !== current || held === null))
      await tx.setMembership(input.orgId, input.personId, best);
    return { role: best, claimed: claimed.length > 0, changed: claimed.length > 0 && best !== current };
  });
  if (result.changed) await roleChanged(deps, input.personId);
  return { role: result.role, claimed: result.claimed };
}
