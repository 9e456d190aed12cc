import type { OccurrenceCounts, OccurrenceInfo } from "../../domain/model.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type {
  CalendarSlot,
  Clash,
  ListedOccurrence,
  NewOccurrence,
  OccurrenceQuery,
} from "../../ports/booking-store.ts";
import { occurrenceFromJson, passesFromJson, type RawBooking, toBooking } from "./booking-hot-path.ts";
import { rowsOf } from "./direct-sql.ts";
import type { Tx } from "./tx.ts";

// Every read goes through the "OccurrenceInfo" view (migration booking_lock_and_load), so the shape of
// an occurrence is defined once; locking goes through lock_occurrence (lock first, then a fresh read).
const OCCURRENCE_FROM = Prisma.sql`FROM "OccurrenceInfo" o`;

/**
 * What booking_load reads beside the session, for the session search of a booking message: the
 * person's active booking on each session, and their passes (an InitPlan: computed once).
 */
const bookingColumns = (orgId: string, personId: string) => Prisma.sql`,
  (SELECT json_build_object('id', b.id, 'seq', b.seq::text, 'orgId', b."orgId",
      'occurrenceId', b."occurrenceId", 'personId', b."personId", 'passId', b."passId", 'status', b.status,
      'source', b.source, 'cancelReason', b."cancelReason", 'createdAt', b."createdAt",
      'confirmedAt', b."confirmedAt", 'cancelledAt', b."cancelledAt")
    FROM "Booking" b WHERE b."occurrenceId" = o.id AND b."personId" = ${personId} AND b.active) AS existing,
  (SELECT coalesce(json_agg(row_to_json(x) ORDER BY x."validUntil", x.id), '[]')
    FROM (SELECT id, "personId", "passTypeId", name, remaining, "validFrom", "validUntil", "trainingTypeIds", "scheduleIds"
          FROM "PassInfo" WHERE "orgId" = ${orgId} AND "personId" = ${personId}) x) AS passes`;

type ListedRow = OccurrenceInfo &
  OccurrenceCounts & { existing?: RawBooking | null; passes?: Parameters<typeof passesFromJson>[0] };

export function occurrenceQueries(tx: Tx) {
  const rows = rowsOf(tx);
  return {
    async lockOccurrence(orgId: string, occurrenceId: string): Promise<OccurrenceInfo | null> {
      const rows = await tx.$queryRaw<Array<{ occ: Parameters<typeof occurrenceFromJson>[0] | null }>>`
        SELECT lock_occurrence(${orgId}, ${occurrenceId}) AS occ`;
      const occ = rows[0]?.occ;
      return occ ? occurrenceFromJson(occ) : null;
    },

    async getOccurrence(orgId: string, occurrenceId: string): Promise<OccurrenceInfo | null> {
      const found = await rows<OccurrenceInfo>`
        SELECT o.* ${OCCURRENCE_FROM} WHERE o.id = ${occurrenceId} AND o."orgId" = ${orgId}`;
      return found[0] ?? null;
    },

    async listOccurrences(q: OccurrenceQuery): Promise<ListedOccurrence[]> {
      const filters = [
        Prisma.sql`o."orgId" = ${q.orgId}`,
        Prisma.sql`o."startsAt" >= ${q.from}`,
        Prisma.sql`o."startsAt" < ${q.to}`,
      ];
      // Lists go in as one array parameter each, so the statement's text (and prepared plan) is the
      // same whatever their length.
      const types = q.trainingTypeIds ?? [];
      const templates = q.templateIds ?? [];
      if (types.length + templates.length > 0)
        filters.push(
          Prisma.sql`(o."trainingTypeId" = ANY(${types}::text[]) OR o."templateId" = ANY(${templates}::text[]))`,
        );
      if (q.trainerIds?.length) filters.push(Prisma.sql`o."trainerId" = ANY(${q.trainerIds}::text[])`);
      if (q.startsAtIn)
        filters.push(
          Prisma.sql`o."startsAt" = ANY(${q.startsAtIn.map((d) => d.toISOString())}::timestamptz[])`,
        );
      if (!q.includeIndividual) filters.push(Prisma.sql`NOT o.individual`);
      if (!q.includeCancelled) filters.push(Prisma.sql`o.status = 'scheduled'`);
      const found = await rows<ListedRow>`
        SELECT o.*, c.confirmed, c.waitlisted
          ${q.bookingFor ? bookingColumns(q.orgId, q.bookingFor) : Prisma.empty} ${OCCURRENCE_FROM}
        CROSS JOIN LATERAL (
          SELECT count(*) FILTER (WHERE b.status = 'confirmed')::int AS confirmed,
                 count(*) FILTER (WHERE b.status = 'waitlisted')::int AS waitlisted
          FROM "Booking" b WHERE b."occurrenceId" = o.id) c
        WHERE ${Prisma.join(filters, " AND ")}
        ORDER BY o."startsAt", o.id LIMIT ${q.limit ?? 200}`;
      if (!q.bookingFor) return found as Array<OccurrenceInfo & OccurrenceCounts>; // no extra columns
      return found.map(({ existing, passes, ...o }) => ({
        ...o,
        existing: existing ? toBooking(existing) : null,
        passes: passesFromJson(passes),
      }));
    },

    async listUpcomingOfSchedules(
      scheduleIds: string[],
      after: Date,
      until: Date,
    ): Promise<OccurrenceInfo[]> {
      if (scheduleIds.length === 0) return [];
      return tx.$queryRaw<OccurrenceInfo[]>`
        SELECT o.* ${OCCURRENCE_FROM}
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

    async findClashes(orgId: string, slots: CalendarSlot[], excludeIds: string[] = []): Promise<Clash[]> {
      if (slots.length === 0) return [];
      // The same overlap the calendar guard (migration calendar_clash) refuses, for many slots at once.
      const found = await tx.$queryRaw<
        Array<OccurrenceInfo & OccurrenceCounts & { slot: number; resource: string }>
      >`
        WITH s AS (
          SELECT * FROM unnest(${slots.map((x) => x.startsAt.toISOString())}::timestamptz[],
              ${slots.map((x) => x.durationMinutes)}::int[], ${slots.map((x) => x.trainerId)}::text[],
              ${slots.map((x) => x.spaceId)}::text[]) WITH ORDINALITY AS s(starts, mins, trainer, space, n))
        SELECT (s.n - 1)::int AS slot, r.resource, o.*, c.confirmed, c.waitlisted
        FROM s CROSS JOIN LATERAL (VALUES ('trainer', s.trainer), ('space', s.space)) r(resource, rid)
        JOIN "OccurrenceInfo" o ON o."orgId" = ${orgId} AND o.status = 'scheduled'
          AND r.rid IS NOT NULL
          AND ((r.resource = 'trainer' AND o."trainerId" = r.rid) OR (r.resource = 'space' AND o."spaceId" = r.rid))
          AND o."startsAt" < s.starts + make_interval(mins => s.mins)
          AND o."startsAt" + make_interval(mins => o."durationMinutes") > s.starts
          AND NOT (o.id = ANY(${excludeIds}::text[]))
        CROSS JOIN LATERAL (
          SELECT count(*) FILTER (WHERE b.status = 'confirmed')::int AS confirmed,
                 count(*) FILTER (WHERE b.status = 'waitlisted')::int AS waitlisted
          FROM "Booking" b WHERE b."occurrenceId" = o.id) c
        ORDER BY s.n, o."startsAt", o.id, r.resource DESC LIMIT 500`;
      return found.map(({ slot, resource, ...other }) => ({
        slot,
        resource: resource === "space" ? "space" : "trainer",
        other,
      }));
    },

    async allowClashes(personId: string): Promise<void> {
      await tx.$queryRaw`SELECT set_config('app.book_anyway', ${personId}, true)`;
    },

    async insertOccurrences(rows: NewOccurrence[]): Promise<number> {
      if (rows.length === 0) return 0;
      const r = await tx.occurrence.createMany({ data: rows, skipDuplicates: true });
      return r.count;
    },
  };
}
