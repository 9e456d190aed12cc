import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import { requireAdmin } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";

export type ArchivableKind = "training_type" | "space" | "template" | "pass_type";

/**
 * Admin: archives (or restores) a catalogue entry. Archived entries leave the catalogue and cannot be
 * chosen for anything new; what already exists keeps working (sessions, passes held, bookings). A
 * schedule is ended rather than archived (see endSchedule), so its booked members are told.
 */
export async function archiveCatalogEntry(
  deps: UseCaseDeps,
  actor: Actor,
  input: { kind: ArchivableKind; id: string; restore?: boolean },
): Promise<{ id: string; name: string; archived: boolean }> {
  requireAdmin(actor, "archive");
  const archived = input.restore !== true;
  return deps.store.transaction(async (tx) => {
    const c = await tx.getCatalog(actor.orgId);
    const list =
      input.kind === "space"
        ? c.spaces
        : input.kind === "training_type"
          ? c.trainingTypes
          : input.kind === "template"
            ? c.templates
            : c.passTypes;
    const entry = list.find((e) => e.id === input.id);
    if (!entry) throw new DomainError(ErrorCode.NotFound, { what: input.kind });
    if (input.kind === "space") await tx.updateSpace(entry.id, { archived });
    else if (input.kind === "training_type") await tx.updateTrainingType(entry.id, { archived });
    else if (input.kind === "template") await tx.updateTemplate(entry.id, { archived });
    else await tx.updatePassType(entry.id, { archived });
    return { id: entry.id, name: entry.name, archived };
  });
}
