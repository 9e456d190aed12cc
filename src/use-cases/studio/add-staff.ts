import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor, Role } from "../../domain/model.ts";
import { requireAdmin } from "../access.ts";
import { roleChanged, type UseCaseDeps } from "../deps.ts";
import { requireOneOf } from "./catalog-validation.ts";
import { resolveStaffTarget, type StaffTarget } from "./staff-target.ts";

export const STAFF_ROLES = ["trainer", "admin"] as const;

export type AddStaffResult =
  | { kind: "granted"; personId: string; name: string; role: Role; previous: Role | null }
  | { kind: "pending"; name: string | null; role: Role };

/**
 * Admin: makes someone a trainer or an admin. Someone who has never talked to the bot gets the role
 * when they first do (a pending role keyed by their platform account or name). Making the last admin
 * a trainer is refused like removing them.
 */
export async function addStaff(
  deps: UseCaseDeps,
  actor: Actor,
  input: { target: StaffTarget; role: string },
): Promise<AddStaffResult> {
  requireAdmin(actor, "staff_add");
  const role = requireOneOf(input.role, "role", STAFF_ROLES);
  const result = await deps.store.transaction(async (tx): Promise<AddStaffResult> => {
    await tx.lockOrganization(actor.orgId);
    const target = await resolveStaffTarget(tx, actor, input.target);
    if (target.kind === "stranger") {
      await tx.addPendingRole({
        orgId: actor.orgId,
        role,
        platform: target.platform,
        platformUserId: target.platformUserId,
        name: target.name,
        grantedById: actor.personId,
      });
      return { kind: "pending", name: target.name, role };
    }
    const previous = target.person.role;
    if (previous === "admin" && role !== "admin" && (await tx.countAdmins(actor.orgId)) <= 1)
      throw new DomainError(ErrorCode.InvalidInput, { field: "role", reason: "last_admin" });
    await tx.setMembership(actor.orgId, target.person.id, role);
    return { kind: "granted", personId: target.person.id, name: target.person.displayName, role, previous };
  });
  if (result.kind === "granted" && result.role !== result.previous) await roleChanged(deps, result.personId);
  return result;
}
