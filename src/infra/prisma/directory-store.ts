import type { Directory } from "../../chat/directory.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";

/** The chat's read-only name look-ups, scoped to one organization in every query. */
export function createPrismaDirectory(prisma: PrismaClient): Directory {
  return {
    organization: (orgId) =>
      prisma.organization.findUnique({
        where: { id: orgId },
        select: { id: true, name: true, timezone: true, locale: true, reminderMinutesBefore: true },
      }),

    async vocabulary(orgId) {
      const [types, templates, members, passTypes, spaces, personalTypes] = await Promise.all([
        prisma.trainingType.findMany({
          where: { orgId },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        }),
        prisma.trainingTemplate.findMany({
          where: { orgId },
          select: { id: true, name: true, trainingTypeId: true, capacity: true },
          orderBy: { name: "asc" },
        }),
        prisma.membership.findMany({
          where: { orgId },
          select: { role: true, person: { select: { id: true, displayName: true } } },
          orderBy: { person: { displayName: "asc" } },
        }),
        prisma.passType.findMany({
          where: { orgId, archived: false },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        }),
        prisma.space.findMany({
          where: { orgId },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        }),
        prisma.personalSessionType.findMany({
          where: { orgId, status: "active" },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        }),
      ]);
      const people = members.map((m) => ({ id: m.person.id, name: m.person.displayName, role: m.role }));
      return {
        trainingTypes: types,
        templates: templates.map((t) => ({
          id: t.id,
          name: t.name,
          trainingTypeId: t.trainingTypeId,
          individual: t.capacity === 1,
        })),
        trainers: people.filter((p) => p.role !== "member").map(({ id, name }) => ({ id, name })),
        people: people.map(({ id, name }) => ({ id, name })),
        passTypes,
        spaces,
        personalTypes,
      };
    },

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
