import type { PrismaClient } from "../../../generated/prisma/client.ts";
import type { CoachingStore, CoachingTx } from "../../../ports/coaching-store.ts";
import type { Tx } from "../tx.ts";
import { calendarQueries } from "./calendar-queries.ts";
import { fromDateOnly, toClient, toInvite, toProgram } from "./mappers.ts";

const TX_TIMEOUT_MS = 15_000;

/** The CoachingStore on Prisma (PostgreSQL or PGlite): one interactive transaction per unit of work. */
export function createPrismaCoachingStore(prisma: PrismaClient): CoachingStore {
  return {
    transaction: (fn) =>
      prisma.$transaction((tx) => fn(createCoachingTx(tx)), {
        maxWait: TX_TIMEOUT_MS,
        timeout: TX_TIMEOUT_MS,
      }),
    async listDigestCandidates() {
      const rows = await prisma.programClient.findMany({
        where: { status: "active", program: { status: { not: "archived" } } },
        include: { program: { select: { digestMinute: true, org: { select: { timezone: true } } } } },
        orderBy: { id: "asc" },
      });
      return rows.map((r) => ({
        client: toClient(r),
        timezone: r.program.org.timezone,
        digestMinute: r.program.digestMinute,
      }));
    },
  };
}

export function createCoachingTx(tx: Tx): CoachingTx {
  const lockRow = async (table: string, orgId: string, id: string): Promise<boolean> => {
    // Table names are ours (never input); ids are bound parameters.
    const rows = await tx.$queryRawUnsafe<Array<{ id: string }>>(
      `SELECT "id" FROM "${table}" WHERE "id" = $1 AND "orgId" = $2 FOR UPDATE`,
      id,
      orgId,
    );
    return rows.length === 1;
  };
  return {
    async getOrgTimezone(orgId) {
      const o = await tx.organization.findUnique({ where: { id: orgId }, select: { timezone: true } });
      return o?.timezone ?? null;
    },
    async getRole(orgId, personId) {
      const m = await tx.membership.findUnique({ where: { orgId_personId: { orgId, personId } } });
      return m?.role ?? null;
    },
    async ensureMember(orgId, personId) {
      await tx.membership.upsert({
        where: { orgId_personId: { orgId, personId } },
        create: { orgId, personId, role: "member" },
        update: {},
      });
    },

    async createProgram(p) {
      return toProgram(await tx.coachingProgram.create({ data: p }));
    },
    async getProgram(orgId, programId) {
      const r = await tx.coachingProgram.findFirst({ where: { id: programId, orgId } });
      return r ? toProgram(r) : null;
    },
    async lockProgram(orgId, programId) {
      if (!(await lockRow("CoachingProgram", orgId, programId))) return null;
      const r = await tx.coachingProgram.findFirst({ where: { id: programId, orgId } });
      return r ? toProgram(r) : null;
    },
    async listPrograms(orgId, coachId) {
      const rows = await tx.coachingProgram.findMany({
        where: { orgId, ...(coachId ? { coachId } : {}) },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toProgram);
    },
    async updateProgram(programId, patch) {
      return toProgram(await tx.coachingProgram.update({ where: { id: programId }, data: patch }));
    },
    countClients: (programId) =>
      tx.programClient.count({ where: { programId, status: { not: "archived" } } }),

    async createClient(c) {
      const r = await tx.programClient.create({
        data: { ...c, startDate: fromDateOnly(c.startDate) },
      });
      return toClient(r);
    },
    async getClient(orgId, clientId) {
      const r = await tx.programClient.findFirst({ where: { id: clientId, orgId } });
      return r ? toClient(r) : null;
    },
    async lockClient(orgId, clientId) {
      if (!(await lockRow("ProgramClient", orgId, clientId))) return null;
      const r = await tx.programClient.findFirst({ where: { id: clientId, orgId } });
      return r ? toClient(r) : null;
    },
    async listClients(orgId, programId) {
      const rows = await tx.programClient.findMany({
        where: { orgId, programId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toClient);
    },
    async listClientsOfPerson(orgId, personId) {
      const rows = await tx.programClient.findMany({
        where: { orgId, personId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toClient);
    },
    async updateClient(clientId, patch) {
      const { startDate, lastDigestOn, ...rest } = patch;
      const r = await tx.programClient.update({
        where: { id: clientId },
        data: {
          ...rest,
          ...(startDate !== undefined ? { startDate: fromDateOnly(startDate) } : {}),
          ...(lastDigestOn !== undefined ? { lastDigestOn: fromDateOnly(lastDigestOn) } : {}),
        },
      });
      return toClient(r);
    },

    ...calendarQueries(tx),

    async createInvite(i) {
      return toInvite(await tx.coachingInvite.create({ data: i }));
    },
    async getInvite(orgId, inviteId) {
      const r = await tx.coachingInvite.findFirst({ where: { id: inviteId, orgId } });
      return r ? toInvite(r) : null;
    },
    async lockInviteByHash(codeHash) {
      const rows = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT "id" FROM "CoachingInvite" WHERE "codeHash" = ${codeHash} FOR UPDATE`;
      const id = rows[0]?.id;
      const r = id ? await tx.coachingInvite.findUnique({ where: { id } }) : null;
      return r ? toInvite(r) : null;
    },
    async listInvites(clientId) {
      const rows = await tx.coachingInvite.findMany({
        where: { clientId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toInvite);
    },
    async revokeOpenInvites(clientId) {
      const n = await tx.coachingInvite.updateMany({
        where: { clientId, status: "open" },
        data: { status: "revoked" },
      });
      return n.count;
    },
    async markInviteUsed(inviteId, personId, now) {
      await tx.coachingInvite.update({
        where: { id: inviteId },
        data: { status: "used", usedAt: now, usedBy: personId },
      });
    },

    async addOutbox(orgId, event) {
      await tx.outboxEvent.create({ data: { orgId, kind: event.kind, payload: event.payload } });
    },
  };
}
