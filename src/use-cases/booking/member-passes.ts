import type { Actor, PassInfo } from "../../domain/model.ts";
import type { PersonSummary } from "../../ports/booking-store.ts";
import type { LedgerLine } from "../../ports/studio-store.ts";
import { requirePersonInOrg, requireTrainer } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";

/** Staff: a member's passes and every ledger line of them (grant, deduct, refund, with the cause). */
export async function memberPasses(
  deps: UseCaseDeps,
  actor: Actor,
  input: { personId: string },
): Promise<{ member: PersonSummary; passes: PassInfo[]; ledger: LedgerLine[] }> {
  requireTrainer(actor, "member_passes");
  return deps.store.transaction(async (tx) => {
    const member = await requirePersonInOrg(tx, actor, input.personId);
    return {
      member,
      passes: await tx.listPassesOf(actor.orgId, member.id),
      ledger: await tx.listLedgerOf(actor.orgId, member.id),
    };
  });
}
