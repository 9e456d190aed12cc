import type { Actor, PassInfo } from "../../domain/model.ts";
import type { UseCaseDeps } from "../deps.ts";

/** The actor's own passes, the one expiring first first. */
export async function myPasses(deps: UseCaseDeps, actor: Actor): Promise<PassInfo[]> {
  return deps.store.transaction((tx) => tx.listPassesOf(actor.orgId, actor.personId));
}
