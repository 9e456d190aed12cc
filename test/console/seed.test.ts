import { afterAll, beforeAll, expect, it } from "vitest";
import { CONSOLE_PLATFORM } from "../../adapters/console/capabilities.ts";
import { createPrismaBookingStore } from "../../src/infra/prisma/booking-store.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import { seedDemo } from "../../src/seed/demo.ts";
import { DEMO_NOW, dropDatabase } from "../chat/harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

describePg("demo seed", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestPgDatabase();
  });
  afterAll(async () => dropDatabase(db));

  it("seeds once, from schedules, with an individual training and a closed course without a pass", async () => {
    const store = createPrismaBookingStore(db.prisma);
    const clock = createFixedClock(DEMO_NOW);
    const first = await seedDemo(db.prisma, store, clock, CONSOLE_PLATFORM);
    expect(first.created).toBe(true);
    const counts = async () => ({
      people: await db.prisma.person.count(),
      occurrences: await db.prisma.occurrence.count(),
      passes: await db.prisma.pass.count(),
      orgs: await db.prisma.organization.count(),
    });
    const before = await counts();
    expect(await db.prisma.occurrence.count({ where: { scheduleId: null } })).toBe(0);
    expect(await db.prisma.trainingTemplate.count({ where: { capacity: 1 } })).toBe(1);
    const course = await db.prisma.schedule.findFirstOrThrow({
      where: { template: { closed: true } },
      include: { passTypes: true },
    });
    expect(course.passTypes).toEqual([]);
    const again = await seedDemo(db.prisma, store, clock, CONSOLE_PLATFORM);
    expect(again).toEqual({ created: false, orgId: first.orgId });
    expect(await counts()).toEqual(before);

    // Opened three weeks later, nothing lies ahead: two more weeks of the same sessions are added.
    clock.set(new Date("2026-12-14T08:00:00Z"));
    await seedDemo(db.prisma, store, clock, CONSOLE_PLATFORM);
    const ahead = await db.prisma.occurrence.count({ where: { startsAt: { gt: clock.now() } } });
    expect(ahead).toBeGreaterThan(10);
    expect((await counts()).people).toBe(before.people);
  });
});
