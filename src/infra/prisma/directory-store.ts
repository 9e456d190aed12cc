import type { Directory } from "../../chat/directory.ts";
import type { Organization, Role } from "../../domain/model.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { emptyVocabulary, type Vocabulary } from "../../intents/vocabulary.ts";
import { rowsOf } from "./direct-sql.ts";

type Named = { id: string; name: string };
type Row = {
  org: Organization;
  types: Named[];
  templates: Array<Named & { trainingTypeId: string; capacity: number }>;
  members: Array<Named & { role: Role }>;
  passTypes: Named[];
  spaces: Named[];
  personalTypes: Named[];
};

/**
 * The organization and every name in it, in one statement: the chat reads them for every message
 * (seven Prisma queries before, each a pool checkout and a round trip). Same filters and orders as
 * those queries; nothing is cached, so a name added a moment ago is matched by the next message.
 */
async function orgAndVocabulary(
  prisma: PrismaClient,
  orgId: string,
): Promise<{ org: Organization; vocab: Vocabulary } | null> {
  const rows = await rowsOf(prisma)<Row>`
    SELECT
      json_build_object('id', o.id, 'name', o.name, 'timezone', o.timezone, 'locale', o.locale,
        'reminderMinutesBefore', o."reminderMinutesBefore") AS org,
      (SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.name), '[]')
        FROM "TrainingType" t WHERE t."orgId" = o.id) AS types,
      (SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name,
          'trainingTypeId', t."trainingTypeId", 'capacity', t.capacity) ORDER BY t.name), '[]')
        FROM "TrainingTemplate" t WHERE t."orgId" = o.id) AS templates,
      (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p."displayName", 'role', m.role)
          ORDER BY p."displayName"), '[]')
        FROM "Membership" m JOIN "Person" p ON p.id = m."personId" WHERE m."orgId" = o.id) AS members,
      (SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', x.name) ORDER BY x.name), '[]')
        FROM "PassType" x WHERE x."orgId" = o.id AND x.archived = false) AS "passTypes",
      (SELECT coalesce(json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name), '[]')
        FROM "Space" s WHERE s."orgId" = o.id) AS spaces,
      (SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', x.name) ORDER BY x.name), '[]')
        FROM "PersonalSessionType" x WHERE x."orgId" = o.id AND x.status = 'active') AS "personalTypes"
    FROM "Organization" o WHERE o.id = ${orgId}`;
  const r = rows[0];
  if (!r) return null;
  const people = r.members.map((m) => ({ id: m.id, name: m.name, role: m.role }));
  return {
    org: r.org,
    vocab: {
      trainingTypes: r.types,
      templates: r.templates.map((t) => ({
        id: t.id,
        name: t.name,
        trainingTypeId: t.trainingTypeId,
        individual: t.capacity === 1,
      })),
      trainers: people.filter((p) => p.role !== "member").map(({ id, name }) => ({ id, name })),
      people: people.map(({ id, name }) => ({ id, name })),
      passTypes: r.passTypes,
      spaces: r.spaces,
      personalTypes: r.personalTypes,
    },
  };
}

/** The chat's read-only name look-ups, scoped to one organization in every query. */
export function createPrismaDirectory(prisma: PrismaClient): Directory {
  return {
    organization: (orgId) =>
      prisma.organization.findUnique({
        where: { id: orgId },
        select: { id: true, name: true, timezone: true, locale: true, reminderMinutesBefore: true },
      }),

    async vocabulary(orgId) {
      return (await orgAndVocabulary(prisma, orgId))?.vocab ?? emptyVocabulary();
    },

    orgWithVocabulary: (orgId) => orgAndVocabulary(prisma, orgId),

    schedulesOfTemplates: (orgId, templateIds) =>
      prisma.schedule.findMany({
        where: { orgId, templateId: { in: templateIds } },
        select: { id: true, templateId: true },
      }),

    async templateOfSchedule(orgId, scheduleId) {
      const s = await prisma.schedule.findFirst({
        where: { id: scheduleId, orgId },
        select: { template: { select: { name: true, trainingTypeId: true } } },
      });
      return s?.template ?? null;
    },
  };
}
