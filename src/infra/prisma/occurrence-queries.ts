import type { OccurrenceCounts, OccurrenceInfo } from "../../domain/model.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { NewOccurrence, OccurrenceQuery } from "../../ports/booking-store.ts";
import type { Tx } from "./tx.ts";

// One SELECT shape for every occurrence read, so lock/get/list agree on what an occurrence is.
const OCCURRENCE_COLUMNS = Prisma.sql`
  o.id, o."orgId", o."templateId", o."scheduleId", t.name, t.description, t."trainingTypeId",
  tt.name AS "trainingTypeName", o."startsAt", o."durationMinutes", o.capacity, o."trainerId",
  tr."displayName" AS "trainerName", o."spaceId", sp.name AS "spaceName", o.status::text AS status,
  o."cancelReason", t.closed, (t.capacity = 1) AS individual, t."bookingDeadlineMinutes",
  t."cancellationDeadlineMinutes"`;

const OCCURRENCE_FROM = Prisma.sql`
  FROM "Occurrence" o
  JOIN "TrainingTemplate" t ON t.id = o."templateId"
  JOIN "TrainingType" tt ON tt.id = t."trainingTypeId"
  LEFT JOIN "Person" tr ON tr.id = o."trainerId"
  LEFT JOIN "Space" sp ON sp.id = o."spaceId"`;

export function occurrenceQueries(tx: Tx) {
  return {
    async lockOccurrence(orgId: string, occurrenceId: string): Promise<OccurrenceInfo | null> {
      const rows = await tx.$queryRaw<OccurrenceInfo[]>`
        SELECT ${OCCURRENCE_COLUMNS} ${OCCURRENCE_FROM}
        WHERE o.id = ${occurrenceId} AND o."orgId" = ${orgId} FOR UPDATE OF o`;
      return rows[0] ?? null;
    },

    async getOccurrence(orgId: string, occurrenceId: string): Promise<OccurrenceInfo | null> {
      const rows = await tx.$queryRaw<OccurrenceInfo[]>`
        SELECT ${OCCURRENCE_COLUMNS} ${OCCURRENCE_FROM} WHERE o.id = ${occurrenceId} AND o."orgId" = ${orgId}`;
      return rows[0] ?? null;
    },

    async listOccurrences(q: OccurrenceQuery): Promise<Array<OccurrenceInfo & OccurrenceCounts>> {
      const filters = [
        Prisma.sql`o."orgId" = ${q.orgId}`,
        Prisma.sql`o."startsAt" >= ${q.from}`,
        Prisma.sql`o."startsAt" < ${q.to}`,
      ];
      if (q.trainerId) filters.push(Prisma.sql`o."trainerId" = ${q.trainerId}`);
      if (q.trainingTypeId) filters.push(Prisma.sql`t."trainingTypeId" = ${q.trainingTypeId}`);
      if (!q.includeIndividual) filters.push(Prisma.sql`t.capacity > 1`);
      if (!q.includeCancelled) filters.push(Prisma.sql`o.status = 'scheduled'`);
      return tx.$queryRaw<Array<OccurrenceInfo & OccurrenceCounts>>`
        SELECT ${OCCURRENCE_COLUMNS}, c.confirmed, c.waitlisted ${OCCURRENCE_FROM}
        CROSS JOIN LATERAL (
          SELECT count(*) FILTER (WHERE b.status = 'confirmed')::int AS confirmed,
                 count(*) FILTER (WHERE b.status = 'waitlisted')::int AS waitlisted
          FROM "Booking" b WHERE b."occurrenceId" = o.id) c
        WHERE ${Prisma.join(filters, " AND ")}
        ORDER BY o."startsAt", o.id LIMIT ${q.limit ?? 200}`;
    },

    async listUpcomingOfSchedules(
      scheduleIds: string[],
      after: Date,
      until: Date,
    ): Promise<OccurrenceInfo[]> {
      if (scheduleIds.length === 0) return [];
      return tx.$queryRaw<OccurrenceInfo[]>`
        SELECT ${OCCURRENCE_COLUMNS} ${OCCURRENCE_FROM}
        WHERE o."scheduleId" IN (${Prisma.join(scheduleIds)}) AND o.status = 'scheduled'
          AND o."startsAt" > ${after} AND o."startsAt" < ${until}
        ORDER BY o."startsAt", o.id`;
    },

    async countBookings(occurrenceId: string): Promise<OccurrenceCounts> {
      const rows = await tx.$queryRaw<OccurrenceCounts[]>`
        SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
               count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted
        FROM "Booking" WHERE "occurrenceId" = ${occurrenceId}`;
      return rows[0] ?? { confirmed: 0, waitlisted: 0 };
    },

    async updateOccurrence(
      occurrenceId: string,
      patch: Partial<
        Pick<OccurrenceInfo, "capacity" | "spaceId" | "trainerId" | "startsAt" | "status" | "cancelReason">
      > & {
        overriddenAt?: Date;
      },
    ): Promise<void> {
      await tx.occurrence.update({ where: { id: occurrenceId }, data: patch });
    },

    async insertOccurrences(rows: NewOccurrence[]): Promise<number> {
      if (rows.length === 0) return 0;
      const r = await tx.occurrence.createMany({ data: rows, skipDuplicates: true });
      return r.count;
    },
  };
}
