import { expect, it } from "vitest";
import { ErrorCode } from "../../src/domain/errors.ts";
import * as uc from "../../src/use-cases/index.ts";
import {
  buildStudio,
  DAY,
  describeOnBothBackends,
  HOUR,
  ledgerMismatches,
  type Studio,
  snapshot,
} from "./studio.ts";

const refusal = (code: string) => expect.objectContaining({ name: "DomainError", code });

/** Tuesday's yoga with capacity 2: m1, m2 confirmed; m3, m4 waitlisted. */
async function fullTuesday(s: Studio) {
  const [m1, m2, m3, m4] = s.members;
  for (const m of [m1!, m2!, m3!, m4!]) await s.grant(m, s.yogaPass.id);
  const occ = await s.occurrencesOf(s.yogaSchedule.id);
  const tue = occ[1]!;
  const bookings = [];
  for (const m of [m1!, m2!, m3!, m4!])
    bookings.push(await uc.bookSession(s.deps, m, { occurrenceId: tue.id }));
  return { occ, tue, bookings };
}

const outboxOf = (s: Studio) =>
  s.prisma.outboxEvent.findMany({ where: { orgId: s.org.id }, orderBy: { id: "asc" } });

describeOnBothBackends("trainer overrides of one occurrence", (getDb) => {
  it("raising capacity promotes waitlisted members into the new spots, in arrival order", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const { tue, bookings } = await fullTuesday(s);
    const r = await uc.overrideOccurrence(s.deps, s.trainer, { occurrenceId: tue.id, capacity: 3 });
    expect(r.promotion.promoted.map((p) => p.bookingId)).toEqual([bookings[2]!.booking.id]);
    expect(r.notice).toBe("updated");
    expect((await s.prisma.occurrence.findUniqueOrThrow({ where: { id: tue.id } })).capacity).toBe(3);
    const events = await outboxOf(s);
    const update = events.find((e) => e.kind === "occurrence.updated");
    expect(update?.payload).toMatchObject({ changes: ["capacity"], notify: [] }); // a capacity change alone tells no member
  });

  it("lowering capacity below the confirmed count removes nobody; the trainer is told", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const { tue } = await fullTuesday(s);
    const r = await uc.overrideOccurrence(s.deps, s.trainer, { occurrenceId: tue.id, capacity: 1 });
    expect(r.overbookedBy).toBe(1);
    const confirmed = await s.prisma.booking.count({ where: { occurrenceId: tue.id, status: "confirmed" } });
    expect(confirmed).toBe(2);
    const over = (await outboxOf(s)).find((e) => e.kind === "occurrence.overbooked");
    expect(over?.payload).toEqual({
      occurrenceId: tue.id,
      trainerId: s.trainer.personId,
      confirmed: 2,
      capacity: 1,
      // Issue 11: the facts of the change travel with it, so a late notice reads as an early one.
      session: {
        name: "Morning Yoga",
        startsAt: tue.startsAt.toISOString(),
        trainerName: "Tom Trainer",
        spaceName: "Studio A",
      },
    });
  });

  it("a new trainer or space with the same time is a 'Training updated' notice to every booked member", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const { tue } = await fullTuesday(s);
    const r = await uc.overrideOccurrence(s.deps, s.admin, {
      occurrenceId: tue.id,
      trainerId: s.trainer2.personId,
      spaceId: s.studioB.id,
    });
    expect(r.notice).toBe("updated");
    const e = (await outboxOf(s)).filter((x) => x.kind.startsWith("occurrence."));
    expect(e.map((x) => x.kind)).toEqual(["occurrence.updated"]);
    expect(e[0]?.payload).toMatchObject({
      changes: ["space", "trainer"],
      notify: s.members.slice(0, 4).map((m) => m.personId),
      bookingsCancelled: false,
    });
    const row = await s.prisma.occurrence.findUniqueOrThrow({ where: { id: tue.id } });
    expect([row.trainerId, row.spaceId]).toEqual([s.trainer2.personId, s.studioB.id]);
  });

  it("a new time is a 'Training rescheduled' notice; members keep their bookings; the rest of the schedule is untouched", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const { occ, tue } = await fullTuesday(s);
    const others = occ.filter((o) => o.id !== tue.id);
    const newStart = new Date(tue.startsAt.getTime() + 2 * HOUR);
    const r = await uc.overrideOccurrence(s.deps, s.trainer, { occurrenceId: tue.id, startsAt: newStart });
    expect(r.notice).toBe("rescheduled");
    const e = (await outboxOf(s)).find((x) => x.kind === "occurrence.rescheduled");
    expect(e?.payload).toMatchObject({ previousStartsAt: tue.startsAt.toISOString(), changes: ["time"] });
    expect(await s.prisma.booking.count({ where: { occurrenceId: tue.id, active: true } })).toBe(4);
    // Each booking's copy of the start moved with the session (the member's lists read it).
    const starts = await s.prisma.booking.findMany({
      where: { occurrenceId: tue.id },
      select: { startsAt: true },
    });
    expect(starts.map((b) => b.startsAt.getTime())).toEqual(starts.map(() => newStart.getTime()));
    const other = await s.prisma.booking.findFirst({
      where: { occurrenceId: { not: tue.id } },
      include: { occurrence: true },
    });
    if (other) expect(other.startsAt).toEqual(other.occurrence.startsAt);
    const after = await s.prisma.occurrence.findMany({
      where: { id: { in: others.map((o) => o.id) } },
      orderBy: { startsAt: "asc" },
    });
    expect(after).toEqual(others);
  });

  it("'cancel existing bookings' cancels and refunds every booking so members can rebook on the new terms", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const { tue, bookings } = await fullTuesday(s);
    const r = await uc.overrideOccurrence(s.deps, s.trainer, {
      occurrenceId: tue.id,
      startsAt: new Date(tue.startsAt.getTime() + DAY / 2),
      cancelExistingBookings: true,
    });
    const refundedOf = new Map(r.cancelled.map((c) => [c.bookingId, c.passId !== null]));
    expect(Object.fromEntries(refundedOf)).toEqual({
      [bookings[0]!.booking.id]: true,
      [bookings[1]!.booking.id]: true,
      [bookings[2]!.booking.id]: false,
      [bookings[3]!.booking.id]: false,
    });
    expect(await s.prisma.booking.count({ where: { occurrenceId: tue.id, active: true } })).toBe(0);
    const passes = await s.prisma.pass.findMany({ where: { orgId: s.org.id } });
    expect(passes.every((p) => p.remaining === 10)).toBe(true);
    expect(await ledgerMismatches(s)).toEqual([]);
    expect((await uc.bookSession(s.deps, s.members[3]!, { occurrenceId: tue.id })).status).toBe("confirmed");
  });

  it("'cancel existing bookings' is refused for closed schedules", async () => {
    const s = await buildStudio(getDb());
    const tpl = await uc.createTemplate(s.deps, s.admin, {
      name: "Course",
      trainingTypeId: s.yoga.id,
      durationMinutes: 60,
      capacity: 5,
      closed: true,
    });
    const { schedule } = await uc.createSchedule(s.deps, s.admin, {
      templateId: tpl.id,
      weekdays: [3],
      startTime: "19:00",
      startDate: "2026-11-23",
      endDate: "2026-11-29",
    });
    const [wed] = await s.occurrencesOf(schedule.id);
    const before = await snapshot(s);
    await expect(
      uc.overrideOccurrence(s.deps, s.trainer, {
        occurrenceId: wed!.id,
        capacity: 9,
        cancelExistingBookings: true,
      }),
    ).rejects.toEqual(refusal(ErrorCode.ClosedSchedule));
    expect(await snapshot(s)).toEqual(before);
  });

  it("members cannot override; bad values are refused and change nothing", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const { tue } = await fullTuesday(s);
    const before = await snapshot(s);
    await expect(
      uc.overrideOccurrence(s.deps, s.members[0]!, { occurrenceId: tue.id, capacity: 10 }),
    ).rejects.toEqual(refusal(ErrorCode.NotAllowed));
    await expect(
      uc.overrideOccurrence(s.deps, s.trainer, { occurrenceId: tue.id, capacity: -1 }),
    ).rejects.toEqual(refusal(ErrorCode.InvalidInput));
    await expect(
      uc.overrideOccurrence(s.deps, s.trainer, { occurrenceId: tue.id, capacity: 2.5 }),
    ).rejects.toEqual(refusal(ErrorCode.InvalidInput));
    await expect(
      uc.overrideOccurrence(s.deps, s.trainer, {
        occurrenceId: tue.id,
        startsAt: new Date(s.clock.now().getTime() - HOUR),
      }),
    ).rejects.toEqual(refusal(ErrorCode.InvalidInput));
    await expect(
      uc.overrideOccurrence(s.deps, s.trainer, { occurrenceId: tue.id, trainerId: s.members[1]!.personId }),
    ).rejects.toEqual(refusal(ErrorCode.NotFound));
    await expect(
      uc.overrideOccurrence(s.deps, s.trainer, { occurrenceId: tue.id, spaceId: "no-such-space" }),
    ).rejects.toEqual(refusal(ErrorCode.NotFound));
    await expect(
      uc.overrideOccurrence(s.deps, s.trainer, { occurrenceId: tue.id, capacity: 2 }),
    ).rejects.toEqual(refusal(ErrorCode.InvalidInput));
    expect(await snapshot(s)).toEqual(before);
  });
});

describeOnBothBackends("cancelling one occurrence", (getDb) => {
  it("cancels every booking, refunds passes, tells members the reason, and leaves the rest of the schedule alone", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const { occ, tue, bookings } = await fullTuesday(s);
    const others = occ.filter((o) => o.id !== tue.id);
    const r = await uc.cancelOccurrence(s.deps, s.trainer, { occurrenceId: tue.id, reason: "Trainer ill" });
    expect(r.cancelled).toHaveLength(4);
    expect((await s.prisma.occurrence.findUniqueOrThrow({ where: { id: tue.id } })).status).toBe("cancelled");
    expect(await s.prisma.booking.count({ where: { occurrenceId: tue.id, active: true } })).toBe(0);
    expect(
      (await s.prisma.pass.findMany({ where: { orgId: s.org.id } })).every((p) => p.remaining === 10),
    ).toBe(true);
    const e = (await outboxOf(s)).filter((x) => x.kind === "occurrence.cancelled");
    expect(e).toHaveLength(1);
    expect(e[0]?.payload).toMatchObject({ occurrenceId: tue.id, reason: "Trainer ill" });
    const refunded = (e[0]!.payload as { refunds: Array<{ bookingId: string; passId: string | null }> })
      .refunds;
    expect(
      refunded
        .filter((x) => x.passId)
        .map((x) => x.bookingId)
        .sort(),
    ).toEqual([bookings[0]!.booking.id, bookings[1]!.booking.id].sort());
    expect(
      await s.prisma.occurrence.findMany({
        where: { id: { in: others.map((o) => o.id) } },
        orderBy: { startsAt: "asc" },
      }),
    ).toEqual(others);
    expect(await ledgerMismatches(s)).toEqual([]);
    await expect(uc.cancelOccurrence(s.deps, s.trainer, { occurrenceId: tue.id })).rejects.toEqual(
      refusal(ErrorCode.SessionCancelled),
    );
  });

  it("members cannot cancel a session; an oversize reason is refused", async () => {
    const s = await buildStudio(getDb());
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    const before = await snapshot(s);
    await expect(uc.cancelOccurrence(s.deps, s.members[0]!, { occurrenceId: tue!.id })).rejects.toEqual(
      refusal(ErrorCode.NotAllowed),
    );
    await expect(
      uc.cancelOccurrence(s.deps, s.trainer, { occurrenceId: tue!.id, reason: "x".repeat(501) }),
    ).rejects.toEqual(refusal(ErrorCode.InvalidInput));
    expect(await snapshot(s)).toEqual(before);
  });
});
