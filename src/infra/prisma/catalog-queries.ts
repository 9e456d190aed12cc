import type { Role } from "../../domain/model.ts";
import type { NewTemplate, PassTypeInfo, ScheduleInfo, TemplateInfo } from "../../ports/catalog-store.ts";
import { toPassTypeInfo } from "./pass-queries.ts";
import type { Tx } from "./tx.ts";

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
const dateOnly = (s: string): Date => new Date(`${s}T00:00:00.000Z`);

type ScheduleRow = {
  id: string;
  orgId: string;
  templateId: string;
  weekdays: number[];
  startTime: string;
  startDate: Date;
  endDate: Date;
  template: { name: string; closed: boolean };
};

const SCHEDULE_INCLUDE = { template: { select: { name: true, closed: true } } } as const;

export const toScheduleInfo = (s: ScheduleRow): ScheduleInfo => ({
  id: s.id,
  orgId: s.orgId,
  templateId: s.templateId,
  name: s.template.name,
  closed: s.template.closed,
  weekdays: s.weekdays,
  startTime: s.startTime,
  startDate: isoDate(s.startDate),
  endDate: isoDate(s.endDate),
});

export function catalogQueries(tx: Tx) {
  return {
    createTrainingType: (orgId: string, name: string) =>
      tx.trainingType.create({ data: { orgId, name }, select: { id: true, name: true } }),
    findTrainingTypeByName: (orgId: string, name: string) =>
      tx.trainingType.findFirst({
        where: { orgId, name: { equals: name, mode: "insensitive" } },
        select: { id: true, name: true },
      }),
    listTrainingTypes: (orgId: string) =>
      tx.trainingType.findMany({
        where: { orgId },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      }),
    createSpace: (orgId: string, name: string) =>
      tx.space.create({ data: { orgId, name }, select: { id: true, name: true } }),
    listSpaces: (orgId: string) =>
      tx.space.findMany({ where: { orgId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    getSpace: (orgId: string, spaceId: string) =>
      tx.space.findFirst({ where: { id: spaceId, orgId }, select: { id: true, name: true } }),

    async createTemplate(t: NewTemplate): Promise<TemplateInfo> {
      const row = await tx.trainingTemplate.create({ data: t });
      return { ...t, id: row.id };
    },

    async getTemplate(orgId: string, templateId: string): Promise<TemplateInfo | null> {
      return tx.trainingTemplate.findFirst({ where: { id: templateId, orgId } });
    },

    async createSchedule(s: Omit<ScheduleInfo, "id" | "name" | "closed">): Promise<ScheduleInfo> {
      const row = await tx.schedule.create({
        data: {
          orgId: s.orgId,
          templateId: s.templateId,
          weekdays: s.weekdays,
          startTime: s.startTime,
          startDate: dateOnly(s.startDate),
          endDate: dateOnly(s.endDate),
        },
        include: SCHEDULE_INCLUDE,
      });
      return toScheduleInfo(row);
    },

    async getSchedule(orgId: string, scheduleId: string): Promise<ScheduleInfo | null> {
      const row = await tx.schedule.findFirst({
        where: { id: scheduleId, orgId },
        include: SCHEDULE_INCLUDE,
      });
      return row ? toScheduleInfo(row) : null;
    },

    async listClosedSchedulesWithoutPass(orgId: string): Promise<ScheduleInfo[]> {
      const rows = await tx.schedule.findMany({
        where: { orgId, template: { closed: true }, passTypes: { none: { passType: { archived: false } } } },
        include: SCHEDULE_INCLUDE,
        orderBy: { createdAt: "asc" },
      });
      return rows.map(toScheduleInfo);
    },

    async createPassType(p: {
      orgId: string;
      name: string;
      sessions: number;
      validityDays: number;
      trainingTypeIds: string[];
      scheduleIds: string[];
      priceCents?: number;
      currency?: string;
    }): Promise<PassTypeInfo> {
      const row = await tx.passType.create({
        data: {
          orgId: p.orgId,
          name: p.name,
          sessions: p.sessions,
          validityDays: p.validityDays,
          priceCents: p.priceCents ?? 0,
          currency: p.currency ?? "EUR",
          trainingTypes: { create: p.trainingTypeIds.map((trainingTypeId) => ({ trainingTypeId })) },
          schedules: { create: p.scheduleIds.map((scheduleId) => ({ scheduleId })) },
        },
        include: {
          trainingTypes: { select: { trainingTypeId: true } },
          schedules: { select: { scheduleId: true } },
        },
      });
      return toPassTypeInfo(row);
    },

    async linkPassTypeToSchedule(passTypeId: string, scheduleId: string): Promise<void> {
      await tx.passTypeSchedule.upsert({
        where: { passTypeId_scheduleId: { passTypeId, scheduleId } },
        create: { passTypeId, scheduleId },
        update: {},
      });
    },

    async unlinkPassTypeFromSchedule(passTypeId: string, scheduleId: string): Promise<void> {
      await tx.passTypeSchedule.deleteMany({ where: { passTypeId, scheduleId } });
    },

    async setMembership(orgId: string, personId: string, role: Role): Promise<void> {
      await tx.membership.upsert({
        where: { orgId_personId: { orgId, personId } },
        create: { orgId, personId, role },
        update: { role },
      });
    },
  };
}
