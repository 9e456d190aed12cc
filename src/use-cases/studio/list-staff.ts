import type { Actor } from "../../domain/model.ts";
import type { PersonSummary } from "../../ports/booking-store.ts";
import type { PendingRole } from "../../ports/studio-store.ts";
import { requireAdmin } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";

/** Admin: the studio's admins and trainers, and roles waiting for people who have not talked to the bot. */
export async function listStaff(
  deps: UseCaseDeps,
  actor: Actor,
): Promise<{ staff: PersonSummary[]; pending: PendingRole[] }> {
  requireAdmin(actor, "staff_list");
  return deps.store.transaction(async (tx) => ({
    staff: (await tx.listPeople(actor.orgId)).filter((p) => p.role === "admin" || p.role === "trainer"),
    pending: await tx.listPendingRoles(actor.orgId),
  }));
}
