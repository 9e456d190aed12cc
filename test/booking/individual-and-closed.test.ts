import { expect, it } from "vitest";
import { ErrorCode } from "../../src/domain/errors.ts";
import * as uc from "../../src/use-cases/index.ts";
import {
  buildStudio,
  DAY,
  describeOnBothBackends,
  ledgerMismatches,
  type Studio,
  snapshot,
} from "./studio.ts";

const refusal = (code: string) => expect.objectContaining({ name: "DomainError", code });

async function closedCourse(s: Studio, capacity = 4) {
  const tpl = await uc.createTemplate(s.deps, s.admin, {
    name: "Beginners Course",
    trainingTypeId: s.yoga.id,
    durationMinutes: 60,
    capacity,
    closed: true,
    defaultTrainerId: s.trainer.personId,
  });
  const { schedule } = await uc.createSchedule(s.deps, s.admin, {
    templateId: tpl.id,
    weekdays: [2, 4],
    startTime: "19:00",
    startDate: "2026-11-23",
    endDate: "2026-12-20",
  });
  return { tpl, schedule };
}

describeOnBothBackends("individual trainings", (getDb) => {
  it("individual trainings are hidden from members browsing and cannot be booked by them", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    await s.grant(m!, s.yogaPass.id);
    const [pt] = await s.occurrencesOf(s.ptSchedule.id);
    const range = { from: s.clock.now(), to: new Date(s.clock.now().getTime() + 7 * DAY) };
    expect((await uc.listSessions(s.deps, m!, range)).some((o) => o.id === pt!.id)).toBe(false);
    expect((await uc.listSessions(s.deps, s.trainer, range)).some((o) => o.id === pt!.id)).toBe(true);
    await expect(uc.bookSession(s.deps, m!, { occurrenceId: pt!.id })).rejects.toEqual(
      refusal(ErrorCode.IndividualTraining),
    );
    await expect(uc.sessionDetail(s.deps, m!, { occurrenceId: pt!.id })).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
  });

  it("a trainer adds a member to an individual training, charging the member's pass; the member sees it in their bookings", async () => {
    const s = await buildStudio(getDb());
    const [m, other] = s.members;
    const pass = (await s.grant(m!, s.yogaPass.id)).pass;
    await s.grant(other!, s.yogaPass.id);
    const [pt] = await s.occurrencesOf(s.ptSchedule.id);
    const r = await uc.addMemberToIndividual(s.deps, s.trainer, {
      occurrenceId: pt!.id,
      personId: m!.personId,
    });
    expect(r.booking).toMatchObject({ status: "confirmed", source: "trainer", passId: pass.id });
    expect((await s.prisma.pass.findUniqueOrThrow({ where: { id: pass.id } })).remaining).toBe(9);
    expect((await uc.myBookings(s.deps, m!)).upcoming.map((b) => b.occurrenceId)).toEqual([pt!.id]);
    expect((await uc.sessionDetail(s.deps, m!, { occurrenceId: pt!.id })).myBooking?.id).toBe(r.booking.id);
    await expect(
      uc.addMemberToIndividual(s.deps, s.trainer, { occurrenceId: pt!.id, personId: other!.personId }),
    ).rejects.toEqual(refusal(ErrorCode.Full));
    const added = await s.prisma.outboxEvent.findMany({
      where: { orgId: s.org.id, kind: "booking.added_by_trainer" },
    });
    expect(added).toHaveLength(1);
  });

  it("members cannot add anyone to an individual training, and trainers cannot use it on group sessions", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    await s.grant(m!, s.yogaPass.id);
    const [pt] = await s.occurrencesOf(s.ptSchedule.id);
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    const before = await snapshot(s);
    await expect(
      uc.addMemberToIndividual(s.deps, m!, { occurrenceId: pt!.id, personId: m!.personId }),
    ).rejects.toEqual(refusal(ErrorCode.NotAllowed));
    await expect(
      uc.addMemberToIndividual(s.deps, s.trainer, { occurrenceId: tue!.id, personId: m!.personId }),
    ).rejects.toEqual(refusal(ErrorCode.NotIndividualTraining));
    expect(await snapshot(s)).toEqual(before);
  });

  it("a trainer cannot add a member who has no usable pass", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    await s.grant(m!, s.spinPass.id);
    const [pt] = await s.occurrencesOf(s.ptSchedule.id);
    await expect(
      uc.addMemberToIndividual(s.deps, s.trainer, { occurrenceId: pt!.id, personId: m!.personId }),
    ).rejects.toEqual(refusal(ErrorCode.NoUsablePass));
  });
});

describeOnBothBackends("closed schedules", (getDb) => {
  it("members cannot book a closed schedule by themselves, even holding a pass for its training type", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    await s.grant(m!, s.yogaPass.id);
    const { schedule } = await closedCourse(s);
    const [first] = await s.occurrencesOf(schedule.id);
    await expect(uc.bookSession(s.deps, m!, { occurrenceId: first!.id })).rejects.toEqual(
      refusal(ErrorCode.ClosedSchedule),
    );
  });

  it("a closed schedule with no linked pass is flagged (and announced once), and linking a pass clears the flag", async () => {
    const s = await buildStudio(getDb());
    const { schedule } = await closedCourse(s);
    expect((await uc.closedSchedulesWithoutPass(s.deps, s.trainer)).map((x) => x.id)).toEqual([schedule.id]);
    const warnings = await s.prisma.outboxEvent.findMany({
      where: { orgId: s.org.id, kind: "schedule.no_pass_linked" },
    });
    expect(warnings.map((w) => w.payload)).toEqual([{ scheduleId: schedule.id }]);
    const course = await uc.createPassType(s.deps, s.admin, {
      name: "Course pass",
      sessions: 8,
      validityDays: 60,
      trainingTypeIds: [],
    });
    await uc.linkPassTypeToSchedule(s.deps, s.admin, { passTypeId: course.id, scheduleId: schedule.id });
    expect(await uc.closedSchedulesWithoutPass(s.deps, s.trainer)).toEqual([]);
    const r = await uc.unlinkPassTypeFromSchedule(s.deps, s.admin, {
      passTypeId: course.id,
      scheduleId: schedule.id,
    });
    expect(r.orphaned).toBe(true);
    expect(
      await s.prisma.outboxEvent.count({ where: { orgId: s.org.id, kind: "schedule.no_pass_linked" } }),
    ).toBe(2);
    await expect(uc.closedSchedulesWithoutPass(s.deps, s.members[0]!)).rejects.toEqual(
      refusal(ErrorCode.NotAllowed),
    );
  });

  it("granting a linked pass enrols the member in upcoming sessions as far as its sessions reach", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    const { schedule } = await closedCourse(s);
    const course = await uc.createPassType(s.deps, s.admin, {
      name: "Course 3",
      sessions: 3,
      validityDays: 60,
      trainingTypeIds: [],
      scheduleIds: [schedule.id],
    });
    const r = await uc.grantPass(s.deps, s.trainer, { personId: m!.personId, passTypeId: course.id });
    const occ = await s.occurrencesOf(schedule.id);
    const booked = await s.prisma.booking.findMany({
      where: { id: { in: r.enrolledBookingIds } },
      orderBy: { seq: "asc" },
    });
    expect(booked.map((b) => b.occurrenceId)).toEqual(occ.slice(0, 3).map((o) => o.id));
    expect(booked.every((b) => b.status === "confirmed" && b.source === "auto_enrol")).toBe(true);
    expect((await s.prisma.pass.findUniqueOrThrow({ where: { id: r.pass.id } })).remaining).toBe(0);
    const granted = await s.prisma.outboxEvent.findMany({ where: { orgId: s.org.id, kind: "pass.granted" } });
    // The facts of the moment travel with the event (issue 11): the balance after enrolment and each session.
    expect(granted.map((g) => g.payload)).toMatchObject([
      {
        passId: r.pass.id,
        personId: m!.personId,
        enrolledBookingIds: r.enrolledBookingIds,
        pass: { passId: r.pass.id, remaining: r.pass.remaining },
        sessions: r.enrolledBookingIds.map(() => ({ name: "Beginners Course" })),
      },
    ]);
    expect(await ledgerMismatches(s)).toEqual([]);
  });

  it("auto-enrolment stops where the pass's validity ends and skips full sessions", async () => {
    const s = await buildStudio(getDb());
    const [m1, m2] = s.members;
    const { schedule } = await closedCourse(s, 2);
    const occ = await s.occurrencesOf(schedule.id);
    const short = await uc.createPassType(s.deps, s.admin, {
      name: "Course 1 week",
      sessions: 10,
      validityDays: 7,
      trainingTypeIds: [],
      scheduleIds: [schedule.id],
    });
    const r = await uc.grantPass(s.deps, s.trainer, { personId: m1!.personId, passTypeId: short.id });
    const inWeek = occ.filter((o) => o.startsAt.getTime() < s.clock.now().getTime() + 7 * 86_400_000);
    expect(r.enrolledBookingIds).toHaveLength(inWeek.length);
    // Fill the first session, then a new holder skips it.
    const full = await uc.createPassType(s.deps, s.admin, {
      name: "Course full",
      sessions: 2,
      validityDays: 60,
      trainingTypeIds: [],
      scheduleIds: [schedule.id],
    });
    await uc.grantPass(s.deps, s.trainer, { personId: m2!.personId, passTypeId: full.id });
    const m3 = s.members[2]!;
    const r3 = await uc.grantPass(s.deps, s.trainer, { personId: m3.personId, passTypeId: full.id });
    expect(r3.skippedFull).toEqual([occ[0]!.id, occ[1]!.id]);
    const enrolled = await s.prisma.booking.findMany({
      where: { id: { in: r3.enrolledBookingIds } },
      orderBy: { seq: "asc" },
    });
    expect(enrolled.map((b) => b.occurrenceId)).toEqual([occ[2]!.id, occ[3]!.id]);
  });

  it("a member holding a linked pass still cannot self-book a closed session (enrolment is by pass only)", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    const { schedule } = await closedCourse(s);
    const course = await uc.createPassType(s.deps, s.admin, {
      name: "Course 1",
      sessions: 1,
      validityDays: 60,
      trainingTypeIds: [],
      scheduleIds: [schedule.id],
    });
    await uc.grantPass(s.deps, s.trainer, { personId: m!.personId, passTypeId: course.id });
    const occ = await s.occurrencesOf(schedule.id);
    await expect(uc.bookSession(s.deps, m!, { occurrenceId: occ[3]!.id })).rejects.toEqual(
      refusal(ErrorCode.ClosedSchedule),
    );
  });
});
