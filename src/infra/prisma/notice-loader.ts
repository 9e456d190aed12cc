import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { NoticeLoader, NoticeSchedule } from "../../ports/notice-loader.ts";
import { coachingNoticeLoader } from "./coaching/coaching-notices.ts";
import { createPersonalNoticeQueries } from "./personal-notice-queries.ts";
import { MEMBER_LEAD } from "./reminder-lead.ts";

/** Reads for notices, on Prisma. Read-only: notices never change booking data. */
export function createPrismaNoticeLoader(prisma: PrismaClient): NoticeLoader {
  const personal = createPersonalNoticeQueries(prisma);
  return {
    ...coachingNoticeLoader(prisma),
    listDuePersonalReminders: personal.listDuePersonalReminders,
    getPersonalReminderFacts: personal.personalReminderFacts,
    async getOutboxEvent(id) {
      return prisma.outboxEvent.findUnique({
        where: { id },
        select: { id: true, orgId: true, kind: true, payload: true, createdAt: true },
      });
    },

    async getSession(occurrenceId) {
      const o = await prisma.occurrence.findUnique({
        where: { id: occurrenceId },
        include: { org: true, template: true, trainer: true, space: true },
      });
      if (!o) return null;
      return {
        occurrenceId: o.id,
        orgId: o.orgId,
        name: o.template.name,
        startsAt: o.startsAt,
        durationMinutes: o.durationMinutes,
        timezone: o.org.timezone,
        trainerName: o.trainer?.displayName ?? null,
        spaceName: o.space?.name ?? null,
        status: o.status,
        cancelReason: o.cancelReason,
        scheduleId: o.scheduleId,
        trainingTypeId: o.template.trainingTypeId,
      };
    },

    async getPass(passId) {
      const p = await prisma.pass.findUnique({ where: { id: passId }, include: { passType: true } });
      return p ? { id: p.id, name: p.passType.name, remaining: p.remaining, validUntil: p.validUntil } : null;
    },

    async getBooking(bookingId) {
      return prisma.booking.findUnique({
        where: { id: bookingId },
        select: { id: true, personId: true, occurrenceId: true, status: true },
      });
    },

    async getSchedule(scheduleId) {
      const s = await prisma.schedule.findUnique({
        where: { id: scheduleId },
        include: { org: true, template: true, passTypes: { include: { passType: true } } },
      });
      if (!s) return null;
      return toSchedule(s, new Date(s.endDate));
    },

    async getOrgTimezone(orgId) {
      const o = await prisma.organization.findUnique({ where: { id: orgId }, select: { timezone: true } });
      return o?.timezone ?? null;
    },

    async readerOf(orgId, personId, platform) {
      const [org, person, identity] = await Promise.all([
        prisma.organization.findUnique({ where: { id: orgId }, select: { locale: true } }),
        personId ? prisma.person.findUnique({ where: { id: personId }, select: { language: true } }) : null,
        personId
          ? prisma.platformIdentity.findFirst({ where: { personId, platform }, select: { language: true } })
          : null,
      ]);
      return {
        studioLocale: org?.locale ?? null,
        chosen: person?.language ?? null,
        platformLocale: identity?.language ?? null,
      };
    },

    async listIdentities(personIds) {
      if (personIds.length === 0) return [];
      const rows = await prisma.platformIdentity.findMany({ where: { personId: { in: personIds } } });
      return rows.map((r) => ({
        personId: r.personId,
        platform: r.platform,
        platformUserId: r.platformUserId,
        linkedAt: r.createdAt,
      }));
    },

    async listChannels(orgId, scheduleId, trainingTypeId) {
      const rows = await prisma.channelLink.findMany({
        where: { orgId, OR: [...(scheduleId ? [{ scheduleId }] : []), { trainingTypeId }] },
        orderBy: { id: "asc" },
      });
      return rows.map((r) => ({ id: r.id, platform: r.platform, channelId: r.channelId }));
    },

    async listStaff(orgId) {
      const rows = await prisma.membership.findMany({
        where: { orgId, role: { in: ["trainer", "admin"] } },
        orderBy: { personId: "asc" },
      });
      return rows.map((r) => r.personId);
    },

    async listAdmins(orgId) {
      const rows = await prisma.membership.findMany({
        where: { orgId, role: "admin" },
        orderBy: { personId: "asc" },
      });
      return rows.map((r) => r.personId);
    },

    async getPersonName(personId) {
      const p = await prisma.person.findUnique({ where: { id: personId }, select: { displayName: true } });
      return p?.displayName ?? null;
    },

    async listDueReminders(from, to) {
      // The reminder instant is computed on UTC instants, so a DST change between booking and
      // session cannot shift it: "60 minutes before" stays 60 real minutes.
      return prisma.$queryRaw`
        SELECT b.id AS "bookingId", b."orgId", b."personId", b."occurrenceId", o."startsAt"
        FROM "Booking" b
        JOIN "Occurrence" o ON o.id = b."occurrenceId"
        JOIN "Organization" org ON org.id = b."orgId"
        LEFT JOIN "Membership" m ON m."orgId" = b."orgId" AND m."personId" = b."personId"
        CROSS JOIN LATERAL (${MEMBER_LEAD}) r
        WHERE b.status = 'confirmed' AND o.status = 'scheduled' AND r.lead IS NOT NULL
          AND o."startsAt" > ${to}
          AND o."startsAt" - make_interval(mins => r.lead) > ${from}
          AND o."startsAt" - make_interval(mins => r.lead) <= ${to}
        ORDER BY o."startsAt", b.id`;
    },

    async listSchedulesNeedingPass(today) {
      const rows = await prisma.schedule.findMany({
        where: { template: { closed: true }, endDate: { gte: today } },
        include: { org: true, template: true, passTypes: { include: { passType: true } } },
        orderBy: { id: "asc" },
      });
      return rows.map((s) => toSchedule(s, today)).filter((s) => s.needsPass);
    },
  };
}

interface ScheduleRow {
  id: string;
  orgId: string;
  endDate: Date;
  org: { timezone: string };
  template: { name: string; closed: boolean };
  passTypes: Array<{ passType: { archived: boolean } }>;
}

function toSchedule(s: ScheduleRow, today: Date): NoticeSchedule {
  const linked = s.passTypes.some((l) => !l.passType.archived);
  return {
    id: s.id,
    orgId: s.orgId,
    name: s.template.name,
    timezone: s.org.timezone,
    needsPass: s.template.closed && !linked && s.endDate.getTime() >= today.getTime(),
  };
}
