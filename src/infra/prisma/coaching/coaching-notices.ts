import type { PrismaClient } from "../../../generated/prisma/client.ts";
import type { CoachingNoticeLoader, InviteMailStore } from "../../../ports/coaching-notices.ts";
import { toClient, toEntry, toInvite, toProgram } from "./mappers.ts";

/** Reads for coaching notices (spread into the Prisma NoticeLoader). */
export function coachingNoticeLoader(prisma: PrismaClient): CoachingNoticeLoader {
  return {
    async getCoachingClient(clientId) {
      const r = await prisma.programClient.findUnique({
        where: { id: clientId },
        include: { program: { include: { org: { select: { name: true, timezone: true, locale: true } } } } },
      });
      if (!r) return null;
      const { program, ...client } = r;
      return {
        client: toClient(client),
        program: toProgram(program),
        orgName: program.org.name,
        timezone: program.org.timezone,
        locale: program.org.locale,
      };
    },
    async listCoachingEntries(clientId, fromDay, toDay) {
      const rows = await prisma.calendarEntry.findMany({
        where: { clientId, day: { gte: fromDay, lte: toDay } },
        orderBy: [{ day: "asc" }, { position: "asc" }, { createdAt: "asc" }],
      });
      return rows.map(toEntry);
    },
    async getCoachingEntry(entryId) {
      const r = await prisma.calendarEntry.findUnique({ where: { id: entryId } });
      return r ? toEntry(r) : null;
    },
  };
}

/** The e-mail invite's delivery state, kept on the invite row. */
export function createPrismaInviteMailStore(prisma: PrismaClient): InviteMailStore {
  const loader = coachingNoticeLoader(prisma);
  return {
    async getInviteForMail(inviteId) {
      const r = await prisma.coachingInvite.findUnique({ where: { id: inviteId } });
      const notice = r ? await loader.getCoachingClient(r.clientId) : null;
      return r && notice ? { invite: toInvite(r), notice } : null;
    },
    async claimInviteMail(inviteId, codeHash) {
      const n = await prisma.coachingInvite.updateMany({
        where: { id: inviteId, status: "open", mailStatus: "queued", codeHash: null },
        data: { mailStatus: "sending", codeHash },
      });
      return n.count === 1;
    },
    async markInviteMail(inviteId, status, error) {
      await prisma.coachingInvite.update({
        where: { id: inviteId },
        data: { mailStatus: status, mailError: error ?? null },
      });
    },
    async requeueInviteMail(inviteId, error) {
      await prisma.coachingInvite.updateMany({
        where: { id: inviteId, mailStatus: "sending" },
        data: { mailStatus: "queued", codeHash: null, mailError: error },
      });
    },
  };
}
