import type { Actor } from "../../domain/model.ts";
import type { ScheduleInfo } from "../../ports/catalog-store.ts";
import { requireTrainer } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";

/** Trainers and admins: closed schedules that no pass type is linked to ("No pass linked"). */
export async function closedSchedulesWithoutPass(deps: UseCaseDeps, actor: Actor): Promise<ScheduleInfo[]> {
  requireTrainer(actor, "closed_schedules_without_pass");
  return deps.store.transaction((tx) => tx.listClosedSchedulesWithoutPass(actor.orgId));
}
