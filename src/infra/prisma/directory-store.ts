import type { Organization, Role } from "../../domain/model.ts";
import { emptyVocabulary } from "../../domain/vocabulary.ts";
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import type { Arrival, Directory, OrgNames } from "../../ports/directory.ts";
import { rowsOf } from "./direct-sql.ts";

type Named = { id: string; name: string };
type Row = {
  forStaff: boolean;
  org: Organization | null;
  types: Named[];
  templates: Array<Named & { trainingTypeId: string; capacity: number }>;
  members: Array<Named & { role: Role }>;
  passTypes: Named[];
  spaces: Named[];
  personalTypes: Named[];
};

/**
 * The organization `o` (or nothing when `o` is NULL) and every name in it, as the columns of one
 * row: the chat reads them for every message (seven Prisma queries before, each a pool checkout and
 * a round trip). Same filters and orders as those queries; nothing is cached, so a name added a
 * moment ago is matched by the next message. People: the staff, and the members too when `forStaff`
 * (a member's messages never name other members, and a studio may have thousands). Two branches, not
 * one `role <> 'member' OR forStaff` filter: the staff branch reads the partial index
 * "Membership_staff_idx" (the few staff rows), and the members' branch is skipped outright when not
 * `forStaff` (one filter on the whole studio scanned every membership and person for each message).
 */
const ORG_AND_NAMES = (forStaff: Prisma.Sql) => Prisma.sql`
  ${forStaff} AS "forStaff",
  CASE WHEN o.id IS NULL THEN NULL ELSE
    json_build_object('id', o.id, 'name', o.name, 'timezone', o.timezone, 'locale', o.locale,
      'reminderMinutesBefore', o."reminderMinutesBefore") END AS org,
  (SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.name), '[]')
    FROM "TrainingType" t WHERE t."orgId" = o.id) AS types,
  (SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name,
      'trainingTypeId', t."trainingTypeId", 'capacity', t.capacity) ORDER BY t.name), '[]')
    FROM "TrainingTemplate" t WHERE t."orgId" = o.id) AS templates,
  (SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', x."displayName", 'role', x.role)
      ORDER BY x."displayName"), '[]')
    FROM (SELECT p.id, p."displayName", m.role FROM "Membership" m JOIN "Person" p ON p.id = m."personId"
        WHERE m."orgId" = o.id AND m.role <> 'member' AND NOT p.visitor
      UNION ALL
      SELECT p.id, p."displayName", m.role FROM "Membership" m JOIN "Person" p ON p.id = m."personId"
        WHERE ${forStaff} AND m."orgId" = o.id AND m.role = 'member' AND NOT p.visitor) x) AS members,
  (SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', x.name) ORDER BY x.name), '[]')
    FROM "PassType" x WHERE x."orgId" = o.id AND x.archived = false) AS "passTypes",
  (SELECT coalesce(json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name), '[]')
    FROM "Space" s WHERE s."orgId" = o.id) AS spaces,
  (SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', x.name) ORDER BY x.name), '[]')
    FROM "PersonalSessionType" x WHERE x."orgId" = o.id AND x.status = 'active') AS "personalTypes"`;

function toOrgAndVocabulary(r: Row | undefined): OrgNames | null {
  if (!r?.org) return null;
  const people = r.members.map((m) => ({ id: m.id, name: m.name, role: m.role }));
  return {
    org: r.org,
    forStaff: r.forStaff,
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

async function orgAndVocabulary(
  prisma: PrismaClient,
  orgId: string,
  forStaff: boolean,
): Promise<OrgNames | null> {
  const rows = await rowsOf(prisma)<Row>`
    SELECT ${ORG_AND_NAMES(Prisma.sql`${forStaff}::boolean`)} FROM "Organization" o WHERE o.id = ${orgId}`;
  return toOrgAndVocabulary(rows[0]);
}

/**
 * Who wrote, in which studio, with which names: one statement for what every message starts with
 * (before: the person, then the workspace's studio, then its names, three round
 * trips). In a connected workspace a known person becomes a member if they were not (as
 * joinWorkspaceOrg; idempotent, so also for a repeated event).
 */
async function arrival(
  prisma: PrismaClient,
  platform: string,
  platformUserId: string,
  workspaceId: string | null,
): Promise<Arrival> {
  const rows = await rowsOf(prisma)<
    Row & {
      person: {
        personId: string;
        displayName: string;
        language: string | null;
        platformLanguage: string | null;
      } | null;
      workspaceOrgId: string | null;
      workspaceRole: Role | null;
      memberships: Array<{ orgId: string; orgName: string; role: Role }>;
    }
  >`
    WITH who AS (
      SELECT p.id AS "personId", p."displayName", p.language, i.language AS "platformLanguage"
      FROM "PlatformIdentity" i JOIN "Person" p ON p.id = i."personId"
      WHERE i.platform = ${platform}::text AND i."platformUserId" = ${platformUserId}),
    ws AS (SELECT "orgId" FROM "ChatSpace" WHERE platform = ${platform}::text AND "externalId" = ${workspaceId}::text),
    joined AS (
      INSERT INTO "Membership" ("orgId", "personId", role) SELECT ws."orgId", who."personId", 'member' FROM ws, who
      ON CONFLICT ("orgId", "personId") DO NOTHING RETURNING role),
    mine AS (
      SELECT m."orgId", o.name AS "orgName", m.role::text AS role, m."createdAt" FROM "Membership" m
      JOIN "Organization" o ON o.id = m."orgId" WHERE m."personId" = (SELECT "personId" FROM who)),
    target AS (
      SELECT coalesce((SELECT "orgId" FROM ws),
        CASE WHEN (SELECT count(*) FROM mine) = 1 THEN (SELECT "orgId" FROM mine) END) AS id)
    SELECT
      (SELECT row_to_json(who) FROM who) AS person,
      (SELECT "orgId" FROM ws) AS "workspaceOrgId",
      coalesce((SELECT role::text FROM joined), (SELECT role FROM mine WHERE "orgId" = (SELECT "orgId" FROM ws)))
        AS "workspaceRole",
      (SELECT coalesce(json_agg(json_build_object('orgId', "orgId", 'orgName', "orgName", 'role', role)
        ORDER BY "createdAt"), '[]') FROM mine) AS memberships,
      ${ORG_AND_NAMES(Prisma.sql`EXISTS (SELECT 1 FROM mine WHERE "orgId" = o.id AND role <> 'member')`)}
    FROM target LEFT JOIN "Organization" o ON o.id = target.id`;
  const r = rows[0];
  if (!r?.person) return { person: null };
  return {
    person: r.person,
    workspace:
      workspaceId === null
        ? undefined
        : r.workspaceOrgId === null
          ? null
          : { orgId: r.workspaceOrgId, role: r.workspaceRole },
    memberships: r.memberships,
    orgWithVocabulary: toOrgAndVocabulary(r),
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

    async vocabulary(orgId, forStaff) {
      return (await orgAndVocabulary(prisma, orgId, forStaff))?.vocab ?? emptyVocabulary();
    },

    orgWithVocabulary: (orgId, forStaff) => orgAndVocabulary(prisma, orgId, forStaff),

    arrival: (platform, platformUserId, workspaceId) =>
      arrival(prisma, platform, platformUserId, workspaceId),

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
