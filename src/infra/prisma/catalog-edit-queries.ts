import type { Prisma } from "../../generated/prisma/client.ts";
import type { Catalog, FutureOccurrence, StudioTx } from "../../ports/studio-store.ts";
import { toScheduleInfo } from "./catalog-queries.ts";
import { toPassTypeInfo } from "./pass-queries.ts";
import type { Tx } from "./tx.ts";

const dateOnly = (s: string): Date => new Date(`${s}T00:00:00.000Z`);

/** The part of StudioTx this file implements; studio-queries.ts implements the rest. */
export type CatalogEditMethods =
  | "getCatalog"
  | "updateTrainingType"
  | "updateSpace"
  | "updateTemplate"
  | "updateSchedule"
  | "updatePassType"
  | "listFutureOccurrences"
  | "deleteOccurrences"
  | "listTemplateFutureOccurrences"
  | "applyTemplateToFutureOccurrences";

/** Listing and editing the catalogue (see ports/studio-store.ts). */
export function catalogEditQueries(tx: Tx): Pick<StudioTx, CatalogEditMethods> {
  return {
    async getCatalog(orgId): Promise<Catalog> {
      const named = { select: { id: true, name: true, archived: true }, orderBy: { name: "asc" } } as const;
      // One after another: inside a transaction they share one connection, which takes one query
      // at a time (pg deprecates queuing them concurrently on a client).
      const trainingTypes = await tx.trainingType.findMany({ where: { orgId }, ...named });
      const spaces = await tx.space.findMany({ where: { orgId }, ...named });
      const templates = await tx.trainingTemplate.findMany({ where: { orgId }, orderBy: { name: "asc" } });
      const schedules = await tx.schedule.findMany({
        where: { orgId },
        include: { template: { select: { name: true, closed: true } } },
        orderBy: { createdAt: "asc" },
      });
      const passTypes = await tx.passType.findMany({
        where: { orgId },
        include: {
          trainingTypes: { select: { trainingTypeId: true } },
          schedules: { select: { scheduleId: true } },
        },
        orderBy: { name: "asc" },
      });
      return {
        trainingTypes,
        spaces,
        templates,
        schedules: schedules.map((s) => ({ ...toScheduleInfo(s), archived: s.archived })),
        passTypes: passTypes.map((p) => ({
          ...toPassTypeInfo(p),
          priceCents: p.priceCents,
          currency: p.currency,
        })),
      };
    },

    async updateTrainingType(id, patch) {
      await tx.trainingType.update({ where: { id }, data: patch });
    },

    async updateSpace(id, patch) {
      await tx.space.update({ where: { id }, data: patch });
    },

    async updateTemplate(id, patch) {
      await tx.trainingTemplate.update({ where: { id }, data: patch });
    },

    async updateSchedule(id, patch) {
      const { startDate, endDate, ...rest } = patch;
      await tx.schedule.update({
        where: { id },
        data: {
          ...rest,
          ...(startDate ? { startDate: dateOnly(startDate) } : {}),
          ...(endDate ? { endDate: dateOnly(endDate) } : {}),
        },
      });
    },

    async updatePassType(id, patch) {
      const { trainingTypeIds, scheduleIds, ...rest } = patch;
      await tx.passType.update({ where: { id }, data: rest });
      if (trainingTypeIds) {
        await tx.passTypeTrainingType.deleteMany({ where: { passTypeId: id } });
        await tx.passTypeTrainingType.createMany({
          data: trainingTypeIds.map((trainingTypeId) => ({ passTypeId: id, trainingTypeId })),
        });
      }
      if (scheduleIds) {
        await tx.passTypeSchedule.deleteMany({ where: { passTypeId: id } });
        await tx.passTypeSchedule.createMany({
          data: scheduleIds.map((scheduleId) => ({ passTypeId: id, scheduleId })),
        });
      }
    },

    async listFutureOccurrences(scheduleId, after): Promise<FutureOccurrence[]> {
      // Locked in start order (the order the booking paths lock in), so an edit and a booking serialize.
      const rows = await tx.$queryRaw<Array<{ id: string; slotStartsAt: Date; startsAt: Date }>>`
        SELECT id, "slotStartsAt", "startsAt" FROM "Occurrence"
        WHERE "scheduleId" = ${scheduleId} AND status = 'scheduled' AND "startsAt" > ${after}
        ORDER BY "startsAt", id FOR UPDATE`;
      const booked = await tx.booking.findMany({
        where: { occurrenceId: { in: rows.map((r) => r.id) }, active: true },
        select: { occurrenceId: true, personId: true },
        orderBy: { seq: "asc" },
      });
      return rows.map((r) => ({
        ...r,
        bookedPersonIds: booked.filter((b) => b.occurrenceId === r.id).map((b) => b.personId),
      }));
    },

    async listTemplateFutureOccurrences(templateId, after) {
      // The same sessions applyTemplateToFutureOccurrences changes.
      return tx.occurrence.findMany({
        where: templateFollowers(templateId, after),
        select: { id: true, startsAt: true, durationMinutes: true, trainerId: true, spaceId: true },
        orderBy: { startsAt: "asc" },
      });
    },

    async applyTemplateToFutureOccurrences(templateId, after, patch) {
      if (Object.keys(patch).length === 0) return 0;
      const r = await tx.occurrence.updateMany({
        where: templateFollowers(templateId, after),
        data: patch,
      });
      return r.count;
    },

    async deleteOccurrences(ids) {
      // Only never-booked occurrences are deleted; cancelled bookings keep a row pointing at theirs.
      await tx.occurrence.deleteMany({ where: { id: { in: ids }, bookings: { none: {} } } });
      await tx.occurrence.updateMany({
        where: { id: { in: ids } },
        data: { status: "cancelled", cancelReason: "schedule_changed" },
      });
    },
  };
}

/**
 * The sessions a template edit reaches: its scheduled sessions after `after` that nobody booked and
 * nobody overrode (listTemplateFutureOccurrences reads them, applyTemplateToFutureOccurrences changes them).
 */
function templateFollowers(templateId: string, after: Date): Prisma.OccurrenceWhereInput {
  return {
    templateId,
    status: "scheduled",
    startsAt: { gt: after },
    overriddenAt: null,
    bookings: { none: { active: true } },
  };
}
