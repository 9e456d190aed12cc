import type {
  AccessLevel,
  AvailabilityWindow,
  PaymentMethod,
  PersonalSettings,
  SessionType,
  SessionTypeFields,
  SessionTypeStatus,
} from "../../domain/personal/model.ts";
import type { OrgFacts } from "../../ports/personal-store.ts";
import type { Tx } from "./tx.ts";

const typeInclude = {
  trainers: { select: { trainerId: true, trainer: { select: { displayName: true } } } },
} as const;

type TypeRow = Awaited<ReturnType<Tx["personalSessionType"]["findFirstOrThrow"]>> & {
  trainers: Array<{ trainerId: string; trainer: { displayName: string } }>;
};

function toType(r: TypeRow): SessionType {
  const trainers = [...r.trainers].sort((a, b) => a.trainer.displayName.localeCompare(b.trainer.displayName));
  return {
    id: r.id,
    orgId: r.orgId,
    name: r.name,
    description: r.description,
    coverImageUrl: r.coverImageUrl,
    durationMinutes: r.durationMinutes,
    capacity: r.capacity,
    priceCents: r.priceCents,
    nonMemberPriceCents: r.nonMemberPriceCents,
    currency: r.currency,
    status: r.status as SessionTypeStatus,
    location: r.location,
    accessLevel: r.accessLevel as AccessLevel | null,
    bufferMinutes: r.bufferMinutes,
    minLeadHours: r.minLeadHours,
    maxLeadDays: r.maxLeadDays,
    maxPerDay: r.maxPerDay,
    trainerIds: trainers.map((t) => t.trainerId),
    trainerNames: trainers.map((t) => t.trainer.displayName),
  };
}

function columns(f: SessionTypeFields) {
  const { trainerIds: _ignored, ...rest } = f;
  return rest;
}

/** Settings, session types, trainers and availability of personal sessions. */
export function personalCatalogQueries(tx: Tx) {
  return {
    getOrganization: (orgId: string): Promise<OrgFacts | null> =>
      tx.organization.findUnique({ where: { id: orgId }, select: { id: true, name: true, timezone: true } }),

    async getRole(orgId: string, personId: string) {
      const m = await tx.membership.findUnique({
        where: { orgId_personId: { orgId, personId } },
        select: { role: true },
      });
      return m?.role ?? null;
    },

    async getPersonName(orgId: string, personId: string): Promise<string | null> {
      const m = await tx.membership.findUnique({
        where: { orgId_personId: { orgId, personId } },
        select: { person: { select: { displayName: true } } },
      });
      return m?.person.displayName ?? null;
    },

    async holdsValidPass(orgId: string, personId: string, at: Date): Promise<boolean> {
      const n = await tx.pass.count({
        where: { orgId, personId, validFrom: { lte: at }, validUntil: { gt: at } },
      });
      return n > 0;
    },

    async listTrainers(orgId: string) {
      const rows = await tx.membership.findMany({
        where: { orgId, role: { in: ["trainer", "admin"] } },
        select: { person: { select: { id: true, displayName: true } } },
        orderBy: { person: { displayName: "asc" } },
      });
      return rows.map((r) => r.person);
    },

    async getSettings(orgId: string): Promise<PersonalSettings> {
      const r = await tx.personalSettings.findUnique({ where: { orgId } });
      if (!r)
        return {
          orgId,
          enabled: false,
          showOnMemberList: true,
          accessLevel: "public",
          paymentMethods: ["at_session"],
        };
      return {
        orgId,
        enabled: r.enabled,
        showOnMemberList: r.showOnMemberList,
        accessLevel: r.accessLevel as AccessLevel,
        paymentMethods: r.paymentMethods as PaymentMethod[],
      };
    },

    async saveSettings(s: PersonalSettings): Promise<void> {
      const data = {
        enabled: s.enabled,
        showOnMemberList: s.showOnMemberList,
        accessLevel: s.accessLevel,
        paymentMethods: s.paymentMethods,
      };
      await tx.personalSettings.upsert({
        where: { orgId: s.orgId },
        create: { orgId: s.orgId, ...data },
        update: data,
      });
    },

    async listSessionTypes(orgId: string): Promise<SessionType[]> {
      const rows = await tx.personalSessionType.findMany({
        where: { orgId },
        include: typeInclude,
        orderBy: { name: "asc" },
      });
      return rows.map(toType);
    },

    async getSessionType(orgId: string, id: string): Promise<SessionType | null> {
      const r = await tx.personalSessionType.findFirst({ where: { id, orgId }, include: typeInclude });
      return r ? toType(r) : null;
    },

    async createSessionType(orgId: string, f: SessionTypeFields): Promise<SessionType> {
      const r = await tx.personalSessionType.create({
        data: {
          orgId,
          ...columns(f),
          trainers: { create: f.trainerIds.map((trainerId) => ({ trainerId })) },
        },
        include: typeInclude,
      });
      return toType(r);
    },

    async updateSessionType(orgId: string, id: string, f: SessionTypeFields): Promise<SessionType> {
      await tx.personalSessionTypeTrainer.deleteMany({ where: { sessionTypeId: id } });
      const r = await tx.personalSessionType.update({
        where: { id, orgId },
        data: { ...columns(f), trainers: { create: f.trainerIds.map((trainerId) => ({ trainerId })) } },
        include: typeInclude,
      });
      return toType(r);
    },

    async listWindows(orgId: string, trainerId: string): Promise<AvailabilityWindow[]> {
      return tx.trainerAvailability.findMany({
        where: { orgId, trainerId },
        select: { weekday: true, startTime: true, endTime: true },
        orderBy: [{ weekday: "asc" }, { startTime: "asc" }],
      });
    },

    async replaceWindows(orgId: string, trainerId: string, windows: AvailabilityWindow[]): Promise<void> {
      await tx.trainerAvailability.deleteMany({ where: { orgId, trainerId } });
      if (windows.length > 0)
        await tx.trainerAvailability.createMany({ data: windows.map((w) => ({ orgId, trainerId, ...w })) });
    },

    async listDatesOff(orgId: string, trainerId: string): Promise<string[]> {
      const rows = await tx.trainerDateOff.findMany({
        where: { orgId, trainerId },
        orderBy: { date: "asc" },
      });
      return rows.map((r) => r.date.toISOString().slice(0, 10));
    },

    async setDateOff(orgId: string, trainerId: string, date: string, off: boolean): Promise<void> {
      const d = new Date(`${date}T00:00:00.000Z`);
      if (off)
        await tx.trainerDateOff.upsert({
          where: { orgId_trainerId_date: { orgId, trainerId, date: d } },
          create: { orgId, trainerId, date: d },
          update: {},
        });
      else await tx.trainerDateOff.deleteMany({ where: { orgId, trainerId, date: d } });
    },
  };
}
