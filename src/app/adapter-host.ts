import type { PrismaClient } from "../generated/prisma/client.ts";
import type { BookingStore } from "../ports/booking-store.ts";
import type { AdapterHost } from "../ports/chat-adapter.ts";
import type { Clock } from "../ports/clock.ts";
import type { Mailer } from "../ports/mailer.ts";
import { listSessions } from "../use-cases/booking/list-sessions.ts";

export interface AdapterHostSettings {
  prisma: PrismaClient;
  store: BookingStore;
  clock: Clock;
  mailer?: Mailer;
  publicUrl: string;
}

/**
 * What the app lends a platform it serves itself (adapters/web): plain SQL for the adapter's own
 * tables, the mailer, the studios and their weeks (the member's view of list-sessions), and who an
 * account is.
 */
export function createAdapterHost(s: AdapterHostSettings): AdapterHost {
  const { prisma } = s;
  return {
    sql: {
      query: (sql, ...params) => prisma.$queryRawUnsafe(sql, ...params),
      execute: (sql, ...params) => prisma.$executeRawUnsafe(sql, ...params),
    },
    ...(s.mailer ? { mailer: s.mailer } : {}),
    publicUrl: s.publicUrl.replace(/\/+$/, ""),
    async studios() {
      const orgs = await prisma.organization.findMany({
        select: { id: true, name: true, timezone: true, locale: true },
        orderBy: { createdAt: "asc" },
      });
      return orgs.map((o) => ({ orgId: o.id, name: o.name, timezone: o.timezone, locale: o.locale }));
    },
    async connectSpace(platform, externalId, orgId) {
      await prisma.chatWorkspace.upsert({
        where: { platform_externalId: { platform, externalId } },
        create: { platform, externalId, orgId },
        update: {},
      });
    },
    async timetable(orgId, from, to) {
      const rows = await listSessions(
        { store: s.store, clock: s.clock },
        { orgId, personId: "", role: "member" },
        { from, to, limit: 200 },
      );
      return rows
        .filter((r) => r.status === "scheduled")
        .map((r) => ({
          id: r.id,
          title: r.name,
          startsAt: r.startsAt,
          endsAt: new Date(r.startsAt.getTime() + r.durationMinutes * 60_000),
          trainer: r.trainerName,
          space: r.spaceName,
          spotsLeft: r.spotsLeft,
        }));
    },
    async account(platform, platformUserId) {
      const found = await prisma.platformIdentity.findUnique({
        where: { platform_platformUserId: { platform, platformUserId } },
        select: {
          person: { select: { id: true, displayName: true, _count: { select: { identities: true } } } },
        },
      });
      if (!found) return null;
      const p = found.person;
      return { personId: p.id, displayName: p.displayName, accounts: p._count.identities };
    },
  };
}
