import { afterAll, beforeAll, expect, it } from "vitest";
import { ErrorCode, isDomainError } from "../../src/domain/errors.ts";
import * as uc from "../../src/use-cases/index.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { buildStudio, describeOnBothBackends, HOUR, type Studio, snapshot } from "./studio.ts";

const refusal = (code: string) => expect.objectContaining({ name: "DomainError", code });

/** Morning Yoga is daily 09:00-10:00 with Tom in Studio A; Spin Blast Tue/Thu 18:30 with Tia in Studio B. */
async function tuesday(s: Studio) {
  const yoga = (await s.occurrencesOf(s.yogaSchedule.id))[1]!;
  const spin = (await s.occurrencesOf(s.spinSchedule.id))[0]!;
  return { yoga, spin };
}

const exceptionsOf = (s: Studio) =>
  s.prisma.calendarClashException.findMany({ where: { orgId: s.org.id }, orderBy: { createdAt: "asc" } });

describeOnBothBackends("no double-booking of a trainer or a space", (getDb) => {
  it("moving a session onto its new trainer's other session is refused, naming the clash; nothing changes", async () => {
    const s = await buildStudio(getDb());
    const { yoga, spin } = await tuesday(s);
    const before = await snapshot(s);
    const err = await uc
      .overrideOccurrence(s.deps, s.admin, {
        occurrenceId: spin.id,
        startsAt: new Date(yoga.startsAt.getTime() + 30 * 60_000),
        trainerId: s.trainer.personId,
      })
      .catch((e: unknown) => e);
    expect(err).toEqual(refusal(ErrorCode.CalendarClash));
    const ctx = (
      err as { context: { clashes: Array<{ resource: string; other: { id: string; name: string } }> } }
    ).context;
    expect(ctx.clashes.map((c) => [c.resource, c.other.id, c.other.name])).toEqual([
      ["trainer", yoga.id, "Morning Yoga"],
    ]);
    expect(await snapshot(s)).toEqual(before);
  });

  it("a space taken at that time is a clash too; a session right after another is not", async () => {
    const s = await buildStudio(getDb());
    const { yoga, spin } = await tuesday(s);
    // Tia in Studio A at 09:45: the room is Yoga's until 10:00.
    await expect(
      uc.overrideOccurrence(s.deps, s.admin, {
        occurrenceId: spin.id,
        startsAt: new Date(yoga.startsAt.getTime() + 45 * 60_000),
        spaceId: s.studioA.id,
      }),
    ).rejects.toEqual(refusal(ErrorCode.CalendarClash));
    // 10:00, when Yoga ends: free.
    const r = await uc.overrideOccurrence(s.deps, s.admin, {
      occurrenceId: spin.id,
      startsAt: new Date(yoga.startsAt.getTime() + HOUR),
      spaceId: s.studioA.id,
    });
    expect(r.changes).toEqual(["space", "time"]);
  });

  it("book anyway: only an admin, and the clash is recorded (who, when, which sessions); a later change re-checks", async () => {
    const s = await buildStudio(getDb());
    const { yoga, spin } = await tuesday(s);
    const onto = { occurrenceId: spin.id, startsAt: yoga.startsAt, trainerId: s.trainer.personId };
    await expect(uc.overrideOccurrence(s.deps, s.trainer, { ...onto, bookAnyway: true })).rejects.toEqual(
      refusal(ErrorCode.NotAllowed),
    );
    const r = await uc.overrideOccurrence(s.deps, s.admin, { ...onto, bookAnyway: true });
    expect(r.occurrence.trainerId).toBe(s.trainer.personId);
    const recorded = await exceptionsOf(s);
    expect(recorded.map((e) => [e.occurrenceId, e.otherId, e.resource, e.allowedById])).toEqual([
      [spin.id, yoga.id, "trainer", s.admin.personId],
    ]);
    expect(recorded[0]?.occurrenceStartsAt.toISOString()).toBe(yoga.startsAt.toISOString());
    // A capacity change of the clashing session is not a new clash.
    await uc.overrideOccurrence(s.deps, s.admin, { occurrenceId: spin.id, capacity: 4 });
    // Moving it by 15 minutes is a new clash, which needs its own "book anyway".
    await expect(
      uc.overrideOccurrence(s.deps, s.admin, {
        occurrenceId: spin.id,
        startsAt: new Date(yoga.startsAt.getTime() + 15 * 60_000),
      }),
    ).rejects.toEqual(refusal(ErrorCode.CalendarClash));
    // Moving the yoga it clashes with is checked the same way.
    await expect(
      uc.overrideOccurrence(s.deps, s.admin, {
        occurrenceId: yoga.id,
        startsAt: new Date(yoga.startsAt.getTime() + 10 * 60_000),
      }),
    ).rejects.toEqual(refusal(ErrorCode.CalendarClash));
  });

  it("a cancelled session holds nobody and nothing", async () => {
    const s = await buildStudio(getDb());
    const { yoga, spin } = await tuesday(s);
    await uc.cancelOccurrence(s.deps, s.trainer, { occurrenceId: yoga.id });
    const r = await uc.overrideOccurrence(s.deps, s.admin, {
      occurrenceId: spin.id,
      startsAt: yoga.startsAt,
      trainerId: s.trainer.personId,
      spaceId: s.studioA.id,
    });
    expect(r.notice).toBe("rescheduled");
    expect(await exceptionsOf(s)).toEqual([]);
  });

  it("the database refuses a clash written past the use cases", async () => {
    const s = await buildStudio(getDb());
    const { yoga, spin } = await tuesday(s);
    await expect(
      s.prisma.occurrence.update({
        where: { id: spin.id },
        data: { startsAt: yoga.startsAt, spaceId: s.studioA.id },
      }),
    ).rejects.toThrow(/calendar_clash:space/);
    await expect(
      s.prisma.occurrence.create({
        data: {
          orgId: s.org.id,
          templateId: s.spinTpl.id,
          slotStartsAt: yoga.startsAt,
          startsAt: new Date(yoga.startsAt.getTime() + 59 * 60_000),
          durationMinutes: 45,
          capacity: 5,
          trainerId: s.trainer.personId,
        },
      }),
    ).rejects.toThrow(/calendar_clash:trainer/);
  });

  it("a template edit that would make its future sessions clash is refused by the database; nothing changes", async () => {
    const s = await buildStudio(getDb());
    const before = await snapshot(s);
    // Morning Yoga (Tom, 09:00) lengthened to 200 minutes would run into his Wednesday 12:00 PT.
    await expect(
      uc.editTemplate(s.deps, s.admin, { templateId: s.yogaTpl.id, fields: { durationMinutes: 200 } }),
    ).rejects.toEqual(refusal(ErrorCode.CalendarClash));
    expect(await snapshot(s)).toEqual(before);
  });

  it("a new schedule that clashes is reported with every clashing date and made nothing; with book anyway it is made", async () => {
    const s = await buildStudio(getDb());
    // Tom in Studio B at 09:30: his Morning Yoga (09:00-10:00, Studio A) is on Mon, Wed and Fri too.
    const early = await uc.createTemplate(s.deps, s.admin, {
      name: "Early Spin",
      trainingTypeId: s.spin.id,
      durationMinutes: 45,
      capacity: 10,
      defaultTrainerId: s.trainer.personId,
      defaultSpaceId: s.studioB.id,
    });
    const pattern = {
      templateId: early.id,
      weekdays: [1, 3, 5],
      startTime: "09:30",
      startDate: "2026-11-23",
      endDate: "2026-11-29",
    };
    const schedulesBefore = await s.prisma.schedule.count({ where: { orgId: s.org.id } });
    const err = await uc.createSchedule(s.deps, s.admin, pattern).catch((e: unknown) => e);
    expect(isDomainError(err) && err.code).toBe(ErrorCode.CalendarClash);
    const clashes = (err as { context: { clashes: Array<{ slot: number; other: { startsAt: Date } }> } })
      .context.clashes;
    // The clock is Monday 07:00: Monday's 09:30 is still ahead, so Mon, Wed and Fri all clash.
    expect(clashes.map((c) => c.other.startsAt.toISOString())).toEqual([
      "2026-11-23T08:00:00.000Z",
      "2026-11-25T08:00:00.000Z",
      "2026-11-27T08:00:00.000Z",
    ]);
    expect(await s.prisma.schedule.count({ where: { orgId: s.org.id } })).toBe(schedulesBefore);
    const made = await uc.createSchedule(s.deps, s.admin, { ...pattern, bookAnyway: true });
    expect(made.occurrences).toBe(3);
    expect((await exceptionsOf(s)).length).toBe(3);
  });
});

const RACERS = 12;

describePg("no double-booking under concurrency (real PostgreSQL)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestPgDatabase(RACERS + 2);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it(`${RACERS} overrides and schedule creations race for one trainer slot: exactly one wins, the rest are told the clash`, async () => {
    const s = await buildStudio(db, { members: 1 });
    // Twelve one-off sessions of Tia, one per day, none in a space: each is moved at the same
    // moment onto Tia's free Saturday 14:00 (Studio B, for a second resource to race on).
    const pilates = await uc.createTemplate(s.deps, s.admin, {
      name: "Pilates",
      trainingTypeId: s.yoga.id,
      durationMinutes: 50,
      capacity: 8,
      defaultTrainerId: s.trainer2.personId,
    });
    await uc.createSchedule(s.deps, s.admin, {
      templateId: pilates.id,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startTime: "14:00",
      startDate: "2026-11-30",
      endDate: "2026-12-11",
    });
    const racers = await s.prisma.occurrence.findMany({
      where: { templateId: pilates.id },
      orderBy: { startsAt: "asc" },
    });
    expect(racers.length).toBe(RACERS);
    const target = new Date("2026-11-28T13:00:00.000Z"); // Sat 28 Nov 14:00 Berlin
    const outcomes = await Promise.all([
      ...racers.map((o, i) =>
        uc
          .overrideOccurrence(s.deps, s.admin, {
            occurrenceId: o.id,
            startsAt: new Date(target.getTime() + (i % 3) * 10 * 60_000),
            ...(i % 2 === 0 ? { spaceId: s.studioB.id } : {}),
          })
          .then(
            () => "won",
            (e: unknown) => (isDomainError(e) ? e.code : Promise.reject(e)),
          ),
      ),
      // A new schedule of the same trainer onto that Saturday races too.
      uc
        .createSchedule(s.deps, s.admin, {
          templateId: pilates.id,
          weekdays: [6],
          startTime: "14:20",
          startDate: "2026-11-28",
          endDate: "2026-11-28",
        })
        .then(
          () => "won",
          (e: unknown) => (isDomainError(e) ? e.code : Promise.reject(e)),
        ),
    ]);
    expect(outcomes.filter((o) => o === "won").length).toBe(1);
    expect(outcomes.filter((o) => o !== "won").every((o) => o === ErrorCode.CalendarClash)).toBe(true);
    const onSaturday = await s.prisma.occurrence.findMany({
      where: {
        trainerId: s.trainer2.personId,
        status: "scheduled",
        startsAt: { gte: new Date("2026-11-28T00:00:00Z"), lt: new Date("2026-11-29T00:00:00Z") },
      },
    });
    expect(onSaturday.length).toBe(1);
    expect(await s.prisma.calendarClashException.count({ where: { orgId: s.org.id } })).toBe(0);
  });
});
