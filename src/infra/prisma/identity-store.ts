import type { Role } from "../../domain/model.ts";
import { afterFailure } from "../../domain/setup-code.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { ChatPlatform } from "../../ports/chat.ts";
import type { CodeRedemption, IdentityStore, LinkCodeRecord } from "../../ports/identity-store.ts";
import { rowsOf } from "./direct-sql.ts";

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
  const rows = rowsOf(prisma);
  return {
    async findPerson(platform, platformUserId) {
      // One statement per message (Prisma would read the identity, then the person). A platform
      // name the enum does not know matches nothing instead of failing the cast.
      const found = await rows<{ personId: string; displayName: string }>`
        SELECT p.id AS "personId", p."displayName" FROM "PlatformIdentity" i
        JOIN "Person" p ON p.id = i."personId"
        WHERE i.platform = ${platform}::text AND i."platformUserId" = ${platformUserId}`;
      return found[0] ?? null;
    },

    async createPerson(platform, platformUserId, displayName, visitor = false) {
      try {
        const person = await prisma.person.create({
          data: { displayName, visitor, identities: { create: { platform, platformUserId } } },
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

    async setLanguage(personId, language) {
      await prisma.person.update({ where: { id: personId }, data: { language } });
    },

    async setPlatformLanguage(platform, platformUserId, language) {
      await prisma.platformIdentity.updateMany({ where: { platform, platformUserId }, data: { language } });
    },

    async orgOfWorkspace(platform, workspaceId) {
      const found = await rows<{ orgId: string }>`
        SELECT "orgId" FROM "ChatSpace" WHERE platform = ${platform}::text AND "externalId" = ${workspaceId}`;
      return found[0]?.orgId ?? null;
    },

    async joinWorkspaceOrg(platform, workspaceId, personId) {
      const found = await rows<{ orgId: string; role: Role | null }>`
        WITH ws AS (
          SELECT "orgId" FROM "ChatSpace" WHERE platform = ${platform}::text AND "externalId" = ${workspaceId}),
        ins AS (
          INSERT INTO "Membership" ("orgId", "personId", role) SELECT "orgId", ${personId}, 'member' FROM ws
          ON CONFLICT ("orgId", "personId") DO NOTHING RETURNING role)
        SELECT ws."orgId", coalesce((SELECT role::text FROM ins),
          (SELECT role::text FROM "Membership" m WHERE m."orgId" = ws."orgId" AND m."personId" = ${personId})) AS role
        FROM ws`;
      const r = found[0];
      if (!r) return null;
      // A membership another transaction committed after this statement's snapshot: read it again.
      return { orgId: r.orgId, role: r.role ?? (await this.ensureMembership(r.orgId, personId, "member")) };
    },

    async mapWorkspace(platform, workspaceId, orgId) {
      await prisma.chatWorkspace.upsert({
        where: { platform_externalId: { platform, externalId: workspaceId } },
        create: { platform, externalId: workspaceId, orgId },
        update: { orgId },
      });
    },

    async memberships(personId) {
      // One statement (Prisma would read the memberships, then their organizations' names).
      return rows<{ orgId: string; orgName: string; role: Role }>`
        SELECT m."orgId", o.name AS "orgName", m.role::text AS role FROM "Membership" m
        JOIN "Organization" o ON o.id = m."orgId"
        WHERE m."personId" = ${personId} ORDER BY m."createdAt" ASC`;
    },

    async ensureMembership(orgId, personId, role) {
      // One statement on every message in a workspace (Prisma's upsert was a transaction of four):
      // insert if missing, else read the existing role. A row another transaction committed after
      // this statement's snapshot is invisible to its SELECT, so an empty answer is asked again.
      const once = () => rows<{ role: Role }>`
        WITH ins AS (
          INSERT INTO "Membership" ("orgId", "personId", role) VALUES (${orgId}, ${personId}, ${role}::"Role")
          ON CONFLICT ("orgId", "personId") DO NOTHING RETURNING role)
        SELECT role::text AS role FROM ins
        UNION ALL
        SELECT role::text AS role FROM "Membership" WHERE "orgId" = ${orgId} AND "personId" = ${personId}
        LIMIT 1`;
      const row = (await once())[0] ?? (await once())[0];
      if (!row) throw new Error("membership row missing right after its insert");
      if (RANK[role] > RANK[row.role]) {
        await prisma.membership.update({ where: { orgId_personId: { orgId, personId } }, data: { role } });
        return role;
      }
      return row.role;
    },

    async createCode(rec, expiresAt) {
      await prisma.linkCode.create({
        data: {
          codeHash: rec.codeHash,
          purpose: rec.purpose,
          personId: rec.personId,
          orgId: rec.orgId,
          expiresAt,
        },
      });
    },

    async consumeCode(codeHash, purpose, guesser, now) {
      return prisma.$transaction(async (tx): Promise<CodeRedemption> => {
        // The guesser's row, locked: two tries at once by one account are counted one after the other.
        await tx.$executeRaw`
          INSERT INTO "SetupAttempt" (key, failures, "windowStart") VALUES (${guesser}, 0, ${now})
          ON CONFLICT (key) DO NOTHING`;
        const [attempt] = await tx.$queryRaw<
          Array<{ failures: number; windowStart: Date; blockedUntil: Date | null }>
        >`SELECT failures, "windowStart", "blockedUntil" FROM "SetupAttempt" WHERE key = ${guesser} FOR UPDATE`;
        if (!attempt) throw new Error("code attempt row vanished");
        const blocked = (until: Date | null): CodeRedemption | null =>
          until && until > now
            ? { ok: false, reason: "slow_down", retryAfterMs: until.getTime() - now.getTime() }
            : null;
        const refused = blocked(attempt.blockedUntil);
        if (refused) return refused;
        // One conditional UPDATE: two people redeeming the same code at once cannot both succeed.
        const used = await tx.linkCode.updateManyAndReturn({
          where: { codeHash, purpose, usedAt: null, expiresAt: { gt: now } },
          data: { usedAt: now },
        });
        const row = used[0];
        if (!row) {
          const next = afterFailure(attempt, now);
          await tx.setupAttempt.update({ where: { key: guesser }, data: next });
          return blocked(next.blockedUntil) ?? { ok: false, reason: "invalid" };
        }
        if (attempt.failures > 0)
          await tx.setupAttempt.update({
            where: { key: guesser },
            data: { failures: 0, windowStart: now, blockedUntil: null },
          });
        return { ok: true, code: { codeHash, purpose, personId: row.personId, orgId: row.orgId } };
      });
    },

    async identitiesOf(personId) {
      return prisma.platformIdentity.findMany({
        where: { personId },
        select: { platform: true, platformUserId: true },
      });
    },

    async staffAccounts(platform) {
      const found = await rows<{ platformUserId: string; role: Role }>`
        SELECT i."platformUserId", max(m.role)::text AS role FROM "PlatformIdentity" i
        JOIN "Membership" m ON m."personId" = i."personId"
        WHERE i.platform = ${platform}::text AND m.role IN ('trainer', 'admin')
        GROUP BY i."platformUserId"`;
      return found;
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
