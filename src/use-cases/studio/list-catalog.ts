import type { Actor } from "../../domain/model.ts";
import type { Catalog } from "../../ports/studio-store.ts";
import { requireAdmin } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";

/** Admin: everything in the catalogue; archived entries are left out unless asked for. */
export async function listCatalog(
  deps: UseCaseDeps,
  actor: Actor,
  opts: { includeArchived?: boolean } = {},
): Promise<Catalog> {
  requireAdmin(actor, "catalog");
  const c = await deps.store.transaction((tx) => tx.getCatalog(actor.orgId));
  if (opts.includeArchived) return c;
  const live = <T extends { archived: boolean }>(xs: T[]) => xs.filter((x) => !x.archived);
  return {
    trainingTypes: live(c.trainingTypes),
    spaces: live(c.spaces),
    templates: live(c.templates),
    schedules: live(c.schedules),
    passTypes: live(c.passTypes),
  };
}
