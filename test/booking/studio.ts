import { afterAll, beforeAll, describe } from "vitest";
import type { Actor, Role } from "../../src/domain/model.ts";
import { createPrismaBookingStore } from "../../src/infra/prisma/booking-store.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import type { UseCaseDeps } from "../../src/use-cases/index.ts";
import * as uc from "../../src/use-cases/index.ts";
import { IN_CI } from "../support/services.ts";
import {
  createTestPgDatabase,
  createTestPgliteDatabase,
  pgAvailable,
  type TestDatabase,
} from "../support/test-db.ts";

/** Monday 23 Nov 2026, 06:00 UTC (07:00 in Berlin). */
export const MONDAY = new Date("2026-11-23T06:00:00.000Z");
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/**
 * Runs a suite on real PostgreSQL and on embedded PGlite: the same rules must hold on both.
 * Each backend gets one fresh database; each test builds its own organization in it.
 */
export function describeOnBothBackends(name: string, fn: (getDb: () => TestDatabase) => void): void {
  const backends: Array<[string, () => Promise<TestDatabase>]> = [["pglite", createTestPgliteDatabase]];
  if (pgAvailable() || IN_CI) backends.unshift(["postgres", () => createTestPgDatabase()]);
  for (const [backend, open] of backends) {
    describe(`${name} [${backend}]`, () => {
      let db: TestDatabase;
      beforeAll(async () => {
        db = await open();
      });
      afterAll(async () => {
        await db?.drop();
      });
      fn(() => db);
    });
  }
}

export type Studio = Awaited<ReturnType<typeof buildStudio>>;

/** A studio in Berlin with an admin, a trainer, members, Yoga and Spin, and a week of sessions. */
export async function buildStudio(
  db: TestDatabase,
  opts: { now?: Date; yogaCapacity?: number; members?: number } = {},
) {
  const prisma = db.prisma;
  const clock = createFixedClock(opts.now ?? MONDAY);
  const deps: UseCaseDeps = { store: createPrismaBookingStore(prisma), clock };
  const org = await prisma.organization.create({ data: { name: "Studio Nord", timezone: "Europe/Berlin" } });
  const person = async (name: string, role: Role): Promise<Actor & { name: string }> => {
    const p = await prisma.person.create({ data: { displayName: name } });
    await prisma.membership.create({ data: { orgId: org.id, personId: p.id, role } });
    return { orgId: org.id, personId: p.id, role, name };
  };
  const admin = await person("Ada Admin", "admin");
  const trainer = await person("Tom Trainer", "trainer");
  const trainer2 = await person("Tia Trainer", "trainer");
  const members = [];
  for (let i = 0; i < (opts.members ?? 6); i++) members.push(await person(`Member ${i + 1}`, "member"));

  const yoga = await uc.createTrainingType(deps, admin, { name: "Yoga" });
  const spin = await uc.createTrainingType(deps, admin, { name: "Spin" });
  const studioA = await uc.createSpace(deps, admin, { name: "Studio A" });
  const studioB = await uc.createSpace(deps, admin, { name: "Studio B" });
  const yogaTpl = await uc.createTemplate(deps, admin, {
    name: "Morning Yoga",
    description: "Gentle flow",
    trainingTypeId: yoga.id,
    durationMinutes: 60,
    capacity: opts.yogaCapacity ?? 3,
    defaultTrainerId: trainer.personId,
    defaultSpaceId: studioA.id,
    bookingDeadlineMinutes: 30,
    cancellationDeadlineMinutes: 120,
  });
  const spinTpl = await uc.createTemplate(deps, admin, {
    name: "Spin Blast",
    trainingTypeId: spin.id,
    durationMinutes: 45,
    capacity: 10,
    defaultTrainerId: trainer2.personId,
    defaultSpaceId: studioB.id,
  });
  const ptTpl = await uc.createTemplate(deps, admin, {
    name: "Personal Training",
    trainingTypeId: yoga.id,
    durationMinutes: 60,
    capacity: 1,
    defaultTrainerId: trainer.personId,
  });
  const week = { startDate: "2026-11-23", endDate: "2026-11-29" };
  const yogaSchedule = await uc.createSchedule(deps, admin, {
    templateId: yogaTpl.id,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    startTime: "09:00",
    ...week,
  });
  const spinSchedule = await uc.createSchedule(deps, admin, {
    templateId: spinTpl.id,
    weekdays: [2, 4],
    startTime: "18:30",
    ...week,
  });
  const ptSchedule = await uc.createSchedule(deps, admin, {
    templateId: ptTpl.id,
    weekdays: [3],
    startTime: "12:00",
    ...week,
  });
  const yogaPass = await uc.createPassType(deps, admin, {
    name: "Yoga 10",
    sessions: 10,
    validityDays: 90,
    trainingTypeIds: [yoga.id],
  });
  const spinPass = await uc.createPassType(deps, admin, {
    name: "Spin 5",
    sessions: 5,
    validityDays: 30,
    trainingTypeIds: [spin.id],
  });
  const comboPass = await uc.createPassType(deps, admin, {
    name: "Combo 3",
    sessions: 3,
    validityDays: 14,
    trainingTypeIds: [yoga.id, spin.id],
  });

  const occurrencesOf = (scheduleId: string) =>
    prisma.occurrence.findMany({ where: { scheduleId }, orderBy: { startsAt: "asc" } });
  const grant = (member: Actor, passTypeId: string, validFrom?: Date) =>
    uc.grantPass(deps, trainer, { personId: member.personId, passTypeId, validFrom });

  return {
    prisma,
    clock,
    deps,
    org,
    admin,
    trainer,
    trainer2,
    members,
    yoga,
    spin,
    studioA,
    studioB,
    yogaTpl,
    spinTpl,
    ptTpl,
    yogaSchedule: yogaSchedule.schedule,
    spinSchedule: spinSchedule.schedule,
    ptSchedule: ptSchedule.schedule,
    yogaPass,
    spinPass,
    comboPass,
    occurrencesOf,
    grant,
  };
}

/** Everything a refused use case must leave untouched, for before/after comparison. */
export async function snapshot(s: Studio) {
  const where = { orgId: s.org.id };
  return {
    bookings: await s.prisma.booking.findMany({ where, orderBy: { id: "asc" } }),
    passes: await s.prisma.pass.findMany({ where, orderBy: { id: "asc" } }),
    ledger: await s.prisma.passLedger.count({ where: { pass: { orgId: s.org.id } } }),
    outbox: await s.prisma.outboxEvent.count({ where }),
    occurrences: await s.prisma.occurrence.findMany({ where, orderBy: { id: "asc" } }),
  };
}

/** remaining = granted - deducted + refunded, for every pass of the organization. */
export async function ledgerMismatches(s: Studio): Promise<string[]> {
  const passes = await s.prisma.pass.findMany({ where: { orgId: s.org.id }, include: { ledger: true } });
  const bad: string[] = [];
  for (const p of passes) {
    const sum = p.ledger.reduce((acc, e) => acc + (e.kind === "deduct" ? -e.amount : e.amount), 0);
    if (sum !== p.remaining || p.remaining < 0) bad.push(`${p.id}: remaining ${p.remaining}, ledger ${sum}`);
  }
  return bad;
}
