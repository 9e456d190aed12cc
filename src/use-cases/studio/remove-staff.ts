import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import { requireAdmin } from "../access.ts";
import { roleChanged, type UseCaseDeps } from "../deps.ts";
import { resolveStaffTarget, type StaffTarget } from "./staff-target.ts";

export type RemoveStaffResult =
  | { kind: "removed"; personId: string; name: string; previous: "trainer" | "admin" }
  | { kind: "pending_dropped"; count: number }
  | { kind: "not_staff"; name: string };

/**
 * Admin: takes a trainer's or admin's role back (they stay a member). The last admin cannot be
 * removed; the organization row lock makes two admins removing each other at once safe.
 */
export async function removeStaff(
  deps: UseCaseDeps,
  actor: Actor,
  input: { target: StaffTarget },
): Promise<RemoveStaffResult> {
  requireAdmin(actor, "staff_remove");
  const result = await deps.store.transaction(async (tx): Promise<RemoveStaffResult> => {
    await tx.lockOrganization(actor.orgId);
    const target = await resolveStaffTarget(tx, actor, input.target);
    if (target.kind === "stranger") {
      const pending = (await tx.listPendingRoles(actor.orgId)).filter(
        (p) =>
          (target.platformUserId !== null && p.platformUserId === target.platformUserId) ||
          (target.name !== null && p.name?.toLowerCase() === target.name.toLowerCase()),
      );
      if (pending.length === 0) throw new DomainError(ErrorCode.NotFound, { what: "member" });
      await tx.deletePendingRoles(pending.map((p) => p.id));
      return { kind: "pending_dropped", count: pending.length };
    }
    const { person } = target;
    if (person.role !== "trainer" && person.role !== "admin")
      return { kind: "not_staff", name: person.displayName };
    if (person.role === "admin" && (await tx.countAdmins(actor.orgId)) <= 1)
      throw new DomainError(ErrorCode.InvalidInput, { field: "role", reason: "last_admin" });
    await tx.setMembership(actor.orgId, person.id, "member");
    return { kind: "removed", personId: person.id, name: person.displayName, previous: person.role };
  });
  if (result.kind === "removed") await roleChanged(deps, result.personId);
  return result;
}
