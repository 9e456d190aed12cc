import type { ChatPlatform } from "../../ports/chat.ts";
import type {
  AdminRequestRecord,
  LedgerLine,
  OrgSettings,
  PassGrantPolicy,
  PendingRole,
  StudioTx,
} from "../../ports/studio-store.ts";
import { staffNameKey } from "../../use-cases/studio/staff-target.ts";
import type { CatalogEditMethods } from "./catalog-edit-queries.ts";
import type { Tx } from "./tx.ts";

const SETTINGS_SELECT = {
  id: true,
  name: true,
  timezone: true,
  locale: true,
  reminderMinutesBefore: true,
  passGrantPolicy: true,
} as const;

const toSettings = (o: {
  id: string;
  name: string;
  timezone: string;
  locale: string;
  reminderMinutesBefore: number | null;
  passGrantPolicy: string;
}): OrgSettings => ({ ...o, passGrantPolicy: o.passGrantPolicy === "admins" ? "admins" : "staff" });

type PendingRow = {
  id: string;
  orgId: string;
  role: string;
  platform: string | null;
  platformUserId: string | null;
  name: string | null;
};

const toPending = (r: PendingRow): PendingRole => ({
  id: r.id,
  orgId: r.orgId,
  role: r.role === "admin" ? "admin" : "trainer",
  platform: r.platform as ChatPlatform | null,
  platformUserId: r.platformUserId,
  name: r.name,
});

const toRequest = (r: {
  id: string;
  orgId: string;
  kind: string;
  payload: unknown;
  requestedById: string;
  status: string;
}): AdminRequestRecord => ({
  ...r,
  status: r.status === "approved" || r.status === "declined" ? r.status : "open",
});

/** Opening a studio, settings, staff and requests (see ports/studio-store.ts). */
export function studioQueries(tx: Tx): Omit<StudioTx, CatalogEditMethods> {
  return {
    async insertSetupCode(codeHash, expiresAt) {
      await tx.setupCode.create({ data: { codeHash, expiresAt } });
    },

    async consumeSetupCode(codeHash, now) {
      // One UPDATE with the conditions in its WHERE: of two racing redeemers, the second waits for the
      // first's row lock, re-checks usedAt and updates nothing.
      const rows = await tx.$queryRaw<Array<{ id: string }>>`
        UPDATE "SetupCode" SET "usedAt" = ${now}
        WHERE "codeHash" = ${codeHash} AND "usedAt" IS NULL AND "expiresAt" > ${now}
        RETURNING id`;
      return rows[0]?.id ?? null;
    },

    async finishSetupCode(id, personId, orgId) {
      await tx.setupCode.update({ where: { id }, data: { usedByPersonId: personId, orgId } });
    },

    async lockSetupAttempt(key, now) {
      await tx.$executeRaw`
        INSERT INTO "SetupAttempt" (key, failures, "windowStart") VALUES (${key}, 0, ${now})
        ON CONFLICT (key) DO NOTHING`;
      const rows = await tx.$queryRaw<
        Array<{ failures: number; windowStart: Date; blockedUntil: Date | null }>
      >`
        SELECT failures, "windowStart", "blockedUntil" FROM "SetupAttempt" WHERE key = ${key} FOR UPDATE`;
      const row = rows[0];
      if (!row) throw new Error("setup attempt row vanished");
      return row;
    },

    async saveSetupAttempt(key, state) {
      await tx.setupAttempt.update({ where: { key }, data: state });
    },

    countOrganizations: () => tx.organization.count(),

    createOrganization: (o) => tx.organization.create({ data: o, select: { id: true } }),

    async orgOfWorkspace(platform, externalId) {
      const row = await tx.chatWorkspace.findUnique({
        where: { platform_externalId: { platform, externalId } },
        select: { orgId: true },
      });
      return row?.orgId ?? null;
    },

    async connectWorkspace(platform, externalId, orgId) {
      await tx.chatWorkspace.create({ data: { platform, externalId, orgId } });
    },

    async getSettings(orgId) {
      const o = await tx.organization.findUnique({ where: { id: orgId }, select: SETTINGS_SELECT });
      return o ? toSettings(o) : null;
    },

    async getMemberReminders(orgId, personId) {
      const m = await tx.membership.findUnique({
        where: { orgId_personId: { orgId, personId } },
        select: { remindersOff: true, reminderMinutesBefore: true },
      });
      return m ? { off: m.remindersOff, minutesBefore: m.reminderMinutesBefore } : null;
    },

    async setMemberReminders(orgId, personId, r) {
      await tx.membership.update({
        where: { orgId_personId: { orgId, personId } },
        data: { remindersOff: r.off, reminderMinutesBefore: r.minutesBefore },
      });
    },

    async lockOrganization(orgId) {
      await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${orgId} FOR UPDATE`;
    },

    async updateSettings(orgId, patch) {
      const o = await tx.organization.update({ where: { id: orgId }, data: patch, select: SETTINGS_SELECT });
      return toSettings(o);
    },

    countUpcomingOccurrences: (orgId, now) =>
      tx.occurrence.count({ where: { orgId, status: "scheduled", startsAt: { gt: now } } }),

    countAdmins: (orgId) => tx.membership.count({ where: { orgId, role: "admin" } }),

    async personOfIdentity(platform, platformUserId) {
      const row = await tx.platformIdentity.findUnique({
        where: { platform_platformUserId: { platform, platformUserId } },
        select: { personId: true },
      });
      return row?.personId ?? null;
    },

    async addPendingRole(p) {
      return toPending(await tx.pendingStaffRole.create({ data: p }));
    },

    async listPendingRoles(orgId) {
      const rows = await tx.pendingStaffRole.findMany({
        where: { orgId, claimedAt: null },
        orderBy: { createdAt: "asc" },
      });
      return rows.map(toPending);
    },

    async deletePendingRoles(ids) {
      await tx.pendingStaffRole.deleteMany({ where: { id: { in: ids } } });
    },

    async claimPendingRoles(orgId, match, now) {
      const rows = await tx.$queryRaw<PendingRow[]>`
        UPDATE "PendingStaffRole" SET "claimedAt" = ${now}
        WHERE "orgId" = ${orgId} AND "claimedAt" IS NULL
          AND (("platform"::text = ${match.platform} AND "platformUserId" = ${match.platformUserId})
            OR ("platformUserId" IS NULL
              AND regexp_replace(lower("name"), '[[:space:]._-]+', '', 'g') = ${staffNameKey(match.name)}))
        RETURNING id, "orgId", role::text AS role, platform::text AS platform, "platformUserId", name`;
      return rows.map(toPending);
    },

    async listLedgerOf(orgId, personId): Promise<LedgerLine[]> {
      const rows = await tx.passLedger.findMany({
        where: { pass: { orgId, personId } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { passId: true, kind: true, amount: true, cause: true, createdAt: true },
      });
      return rows.map((r) => ({
        passId: r.passId,
        kind: r.kind,
        amount: r.amount,
        cause: r.cause,
        at: r.createdAt,
      }));
    },

    async createAdminRequest(r) {
      return toRequest(
        await tx.adminRequest.create({
          data: {
            orgId: r.orgId,
            kind: r.kind,
            payload: r.payload as object,
            requestedById: r.requestedById,
          },
        }),
      );
    },

    async decideAdminRequest(orgId, id, status, by, now) {
      const { count } = await tx.adminRequest.updateMany({
        where: { id, orgId, status: "open" },
        data: { status, decidedById: by, decidedAt: now },
      });
      if (count !== 1) return null;
      const row = await tx.adminRequest.findUnique({ where: { id } });
      return row ? toRequest(row) : null;
    },
  };
}

export const isPassGrantPolicy = (v: string): v is PassGrantPolicy => v === "staff" || v === "admins";
