import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { CatalogTemplate } from "../../ports/studio-store.ts";
import { requireAdmin } from "../access.ts";
import { guardClashes } from "../booking/calendar-clashes.ts";
import type { UseCaseDeps } from "../deps.ts";
import { refuseClash } from "./catalog-validation.ts";
import { checkTemplateFields, checkTemplateRefs, type TemplateFields } from "./template-fields.ts";

export interface EditTemplateResult {
  template: CatalogTemplate;
  /** Upcoming unbooked, not overridden sessions that took the new duration, capacity, trainer or space. */
  sessionsUpdated: number;
}

/**
 * Admin: changes fields of a template. Name, description, deadlines and closed apply at once (sessions
 * read them from the template); duration, capacity, default trainer and space reach only future sessions
 * nobody has booked and no trainer has overridden: booked members keep the terms they booked.
 */
export async function editTemplate(
  deps: UseCaseDeps,
  actor: Actor,
  input: { templateId: string; fields: TemplateFields; bookAnyway?: boolean },
): Promise<EditTemplateResult> {
  requireAdmin(actor, "edit_template");
  const f = checkTemplateFields(input.fields);
  if (Object.keys(f).length === 0)
    throw new DomainError(ErrorCode.InvalidInput, { field: "template", reason: "nothing_to_change" });
  return deps.store.transaction(async (tx) => {
    const catalog = await tx.getCatalog(actor.orgId);
    const current = catalog.templates.find((t) => t.id === input.templateId);
    if (!current) throw new DomainError(ErrorCode.NotFound, { what: "template" });
    if (f.name !== undefined) refuseClash(catalog.templates, f.name, "template", current.id);
    await checkTemplateRefs(tx, actor, f);
    // No double-booking: the sessions that take a new duration, trainer or space are checked first,
    // every clash named (the database's guard would refuse the first one without a list).
    const now = deps.clock.now();
    if (
      f.durationMinutes !== undefined ||
      f.defaultTrainerId !== undefined ||
      f.defaultSpaceId !== undefined
    ) {
      const sessions = await tx.listTemplateFutureOccurrences(current.id, now);
      await guardClashes(
        tx,
        actor,
        sessions.map((o) => ({
          startsAt: o.startsAt,
          durationMinutes: f.durationMinutes ?? o.durationMinutes,
          trainerId: f.defaultTrainerId !== undefined ? f.defaultTrainerId : o.trainerId,
          spaceId: f.defaultSpaceId !== undefined ? f.defaultSpaceId : o.spaceId,
        })),
        { excludeIds: sessions.map((o) => o.id), bookAnyway: input.bookAnyway },
      );
    }
    await tx.updateTemplate(current.id, f);
    const sessionsUpdated = await tx.applyTemplateToFutureOccurrences(current.id, now, {
      ...(f.durationMinutes !== undefined ? { durationMinutes: f.durationMinutes } : {}),
      ...(f.capacity !== undefined ? { capacity: f.capacity } : {}),
      ...(f.defaultTrainerId !== undefined ? { trainerId: f.defaultTrainerId } : {}),
      ...(f.defaultSpaceId !== undefined ? { spaceId: f.defaultSpaceId } : {}),
    });
    return { template: { ...current, ...f }, sessionsUpdated };
  });
}
