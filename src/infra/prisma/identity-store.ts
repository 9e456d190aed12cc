import type { ChatPlatform } from "../../chat/incoming.ts";
import type { Role } from "../../domain/model.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { IdentityStore, LinkCodeRecord } from "../../ports/identity-store.ts";

const RANK: Record<Role, number> = { member: 0, trainer: 1, admin: 2 };

/** True for a unique-constraint violation (Prisma P2002), however the driver adapter wraps it. */
function isUniqueViolation(e: unknown): boolean {
  const o = e as { code?: unknown; message?: unknown } | null;
  return (
    o?.code === "P2002" ||
    (typeof o?.message === "string" && /Unique constraint|duplicate key|23505/.test(o.message))
  );
}

/** Identities, workspaces, memberships and one-time codes in PostgreSQL (or PGlite). */
export function createPrismaIdentityStore(prisma: PrismaClient): IdentityStore {
  return {
    async markProcessed(key) {
      // INSERT ... ON CONFLICT DO NOTHING: the row count says who was first, across processes.
      const n =
        await prisma.$executeRaw`INSERT INTO "ProcessedEvent" ("key") VALUES (${key}) ON CONFLICT DO NOTHING`;
      return n === 1;
    },

    async findPerson(platform, platformUserId) {
      const row = await prisma.platformIdentity.findUnique({
        where: { platform_platformUserId: { platform, platformUserId } },
        select: { person: { select: { id: true, displayName: true } } },
      });
      return row ? { personId: row.person.id, displayName: row.person.displayName } : null;
    },

    async createPerson(platform, platformUserId, displayName) {
      try {
        const person = await prisma.person.create({
          data: { displayName, identities: { create: { platform, platformUserId } } },
          select: { id: true, displayName: true },
        });
        return { personId: person.id, displayName: person.displayName };
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        const existing = await this.findPerson(platform, platformUserId);
        if (!existing) throw e;
        return existing;
      }
    },

    async attachIdentity(platform, platformUserId, personId) {
      await prisma.platformIdentity.upsert({
        where: { platform_platformUserId: { platform, platformUserId } },
        create: { platform, platformUserId, personId },
        update: { personId },
      });
    },

    async orgOfWorkspace(platform, workspaceId) {
      const row = await prisma.chatWorkspace.findUnique({
        where: { platform_externalId: { platform, externalId: workspaceId } },
      });
      return row?.orgId ?? null;
    },

    async mapWorkspace(platform, workspaceId, orgId) {
      await prisma.chatWorkspace.upsert({
        where: { platform_externalId: { platform, externalId: workspaceId } },
        create: { platform, externalId: workspaceId, orgId },
        update: { orgId },
      });
    },

    async memberships(personId) {
      const rows = await prisma.membership.findMany({
        where: { personId },
        select: { orgId: true, role: true, org: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      });
      return rows.map((r) => ({ orgId: r.orgId, orgName: r.org.name, role: r.role }));
    },

    async ensureMembership(orgId, personId, role) {
      const upsert = () =>
        prisma.membership.upsert({
          where: { orgId_personId: { orgId, personId } },
          create: { orgId, personId, role },
          update: {},
          select: { role: true },
        });
      // Two first messages at once both try to create the row; the loser reads the winner's.
      const row = await upsert().catch((e: unknown) => {
        if (isUniqueViolation(e)) return upsert();
        throw e;
      });
      if (RANK[role] > RANK[row.role]) {
        await prisma.membership.update({ where: { orgId_personId: { orgId, personId } }, data: { role } });
        return role;
      }
      return row.role;
    },

    async createCode(rec, expiresAt) {
      await prisma.linkCode.create({
        data: { code: rec.code, purpose: rec.purpose, personId: rec.personId, orgId: rec.orgId, expiresAt },
      });
    },

    async consumeCode(code, purpose, now) {
      // One conditional UPDATE: two people redeeming the same code at once cannot both succeed.
      const n = await prisma.linkCode.updateMany({
        where: { code, purpose, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (n.count !== 1) return null;
      const row = await prisma.linkCode.findUnique({ where: { code } });
      return row ? { code: row.code, purpose, personId: row.personId, orgId: row.orgId } : null;
    },

    async linkChannel(link) {
      const platform: ChatPlatform = link.platform;
      const existing = await prisma.channelLink.findFirst({
        where: {
          platform,
          channelId: link.channelId,
          scheduleId: link.scheduleId ?? null,
          trainingTypeId: link.trainingTypeId ?? null,
        },
      });
      if (existing) return;
      await prisma.channelLink.create({
        data: {
          orgId: link.orgId,
          platform,
          channelId: link.channelId,
          scheduleId: link.scheduleId ?? null,
          trainingTypeId: link.trainingTypeId ?? null,
        },
      });
    },
  };
}

export type { LinkCodeRecord };
