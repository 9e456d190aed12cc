/**
 * The real chat core on a fresh PostgreSQL database, and one studio per platform whose members are
 * the bench users of that platform (their identities linked, each with a pass and a daily Yoga
 * session to book for `days` days). Shared by bench:chat and bench:e2e.
 */
import { DateTime } from "luxon";
import pg from "pg";
import { APP_PLATFORMS } from "../src/app/adapters.ts";
import { createChatCore } from "../src/chat/core.ts";
import { createDatabase, type Database } from "../src/infra/db/create-database.ts";
import { createPrismaBookingStore } from "../src/infra/prisma/booking-store.ts";
import { prismaChatStores } from "../src/infra/prisma/chat-stores.ts";
import type { ChatCore } from "../src/ports/chat.ts";
import { systemClock } from "../src/ports/clock.ts";
import { silentLogger } from "../src/ports/logger.ts";
import { type BenchStudio, seedBenchStudio } from "./booking-setup.ts";
import { type Platform, platformUserId, workspaceOf } from "./chat-rigs.ts";

export const PG_SERVER = process.env.BENCH_PG_URL ?? "postgresql://root@127.0.0.1:5432/postgres";

export interface BenchDatabase {
  db: Database;
  url: string;
  drop(): Promise<void>;
}

/** A database of its own on the bench server, created and migrated as at start-up; drop() removes it. */
export async function openBenchDatabase(label: string, poolSize: number): Promise<BenchDatabase> {
  const name = `bench_${label}_${process.pid}`;
  const u = new URL(PG_SERVER);
  u.pathname = `/${name}`;
  const url = u.toString();
  const db = await createDatabase({ kind: "postgres", url, poolSize });
  return {
    db,
    url,
    async drop() {
      await db.close();
      const admin = new pg.Client({ connectionString: PG_SERVER });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** The chat core exactly as src/app/main.ts builds it, on this database. */
export function realCore(db: Database): ChatCore {
  return createChatCore({
    platforms: APP_PLATFORMS.capabilities,
    store: createPrismaBookingStore(db.prisma),
    clock: systemClock,
    log: silentLogger,
    ...prismaChatStores(db.prisma),
  });
}

export interface ChatStudio {
  orgId: string;
  studio: BenchStudio;
  /** Text that books user `u`'s next unbooked daily session ("book yoga 7 December 9am"). */
  nextBooking(u: number): string;
}

/**
 * A studio for `platform`: `users` members (bench user u is member u, linked by its platform user
 * id), its chat space connected where the platform has one, `days` days of Yoga at each of `hours`
 * (default 9: one session a day at 09:00). Each member can book days x hours sessions.
 */
export async function seedChatStudio(
  db: Database,
  platform: Platform,
  users: number,
  days: number,
  hours: number[] = [9],
): Promise<ChatStudio> {
  const deps = { store: createPrismaBookingStore(db.prisma), clock: systemClock };
  const studio = await seedBenchStudio(db.prisma, deps, platform, users, days, { hours });
  await db.prisma.platformIdentity.createMany({
    data: studio.members.map((m, u) => ({
      platform,
      platformUserId: platformUserId(platform, u),
      personId: m.personId,
    })),
  });
  const workspace = workspaceOf(platform);
  if (workspace)
    await db.prisma.chatWorkspace.create({ data: { platform, externalId: workspace, orgId: studio.orgId } });
  const org = await db.prisma.organization.findUniqueOrThrow({ where: { id: studio.orgId } });
  // seedBenchStudio's first sessions are tomorrow (UTC date) in the studio's zone.
  const first = DateTime.fromISO(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), {
    zone: org.timezone,
  });
  const clock = (h: number) => `${((h + 11) % 12) + 1}${h < 12 ? "am" : "pm"}`;
  // Written once: formatting a date costs the driver (on the same 2 cores) more than sending it.
  // Day by day, each day's hours in turn: "book yoga 7 December 9am".
  const texts = Array.from({ length: days }, (_, k) => first.plus({ days: k }).toFormat("d LLLL")).flatMap(
    (day) => hours.map((h) => `book yoga ${day} ${clock(h)}`),
  );
  const next = new Map<number, number>();
  return {
    orgId: studio.orgId,
    studio,
    nextBooking(u) {
      // Users start on different days, so concurrent bookings do not all queue on one session's lock.
      const k = next.get(u) ?? (u % days) * hours.length;
      next.set(u, (k + 1) % texts.length);
      return texts[k] as string;
    },
  };
}

/** Confirmed bookings in a studio (what the chat path actually booked). */
export async function bookingsOf(db: Database, orgId: string): Promise<number> {
  return db.prisma.booking.count({ where: { orgId, status: "confirmed" } });
}
