import { expect, it } from "vitest";
import { ErrorCode } from "../../src/domain/errors.ts";
import type { SessionMatch } from "../../src/ports/booking-store.ts";
import * as uc from "../../src/use-cases/index.ts";
import { buildStudio, DAY, describeOnBothBackends } from "./studio.ts";

const refusal = (code: string) => expect.objectContaining({ name: "DomainError", code });

describeOnBothBackends("listing and detail", (getDb) => {
  it("lists upcoming sessions in a range with name, time, trainer, space and spots left, soonest first", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 3 });
    const [m1] = s.members;
    await s.grant(m1!, s.yogaPass.id);
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    await uc.bookSession(s.deps, m1!, { occurrenceId: tue!.id });
    const from = new Date("2026-11-24T00:00:00Z");
    const list = await uc.listSessions(s.deps, m1!, { from, to: new Date(from.getTime() + DAY) });
    expect(
      list.map((o) => [o.name, o.startsAt.toISOString(), o.trainerName, o.spaceName, o.spotsLeft]),
    ).toEqual([
      ["Morning Yoga", "2026-11-24T08:00:00.000Z", "Tom Trainer", "Studio A", 2],
      ["Spin Blast", "2026-11-24T17:30:00.000Z", "Tia Trainer", "Studio B", 10],
    ]);
  });

  it("filters by trainer, by training type or template, and by start instants", async () => {
    const s = await buildStudio(getDb());
    const range = { from: s.clock.now(), to: new Date(s.clock.now().getTime() + 7 * DAY) };
    const list = (match: SessionMatch) => uc.listSessions(s.deps, s.members[0]!, { ...range, match });
    const names = (l: Array<{ name: string }>) => new Set(l.map((o) => o.name));
    expect(names(await list({ trainerIds: [s.trainer2.personId] }))).toEqual(new Set(["Spin Blast"]));
    const byType = await list({ trainingTypeIds: [s.yoga.id] });
    expect(names(byType)).toEqual(new Set(["Morning Yoga"]));
    expect(byType).toHaveLength(7);
    // Types and templates: a session of either fits.
    const all = await list({});
    const spin = all.find((o) => o.name === "Spin Blast")!;
    expect(names(await list({ trainingTypeIds: [s.yoga.id], templateIds: [spin.templateId] }))).toEqual(
      new Set(["Morning Yoga", "Spin Blast"]),
    );
    expect(await list({ trainerIds: ["no-such-trainer"] })).toEqual([]);
    // Start instants: exactly the sessions starting at one of them; an empty list selects none.
    const two = [all[0]!.startsAt, all[3]!.startsAt];
    expect((await list({ startsAtIn: two })).map((o) => o.id)).toEqual(
      all.filter((o) => two.some((d) => d.getTime() === o.startsAt.getTime())).map((o) => o.id),
    );
    expect(await list({ startsAtIn: [] })).toEqual([]);
  });

  it("schedules expand in the organization's timezone across a DST change (09:00 local stays 09:00)", async () => {
    const s = await buildStudio(getDb());
    const tpl = await uc.createTemplate(s.deps, s.admin, {
      name: "Sunday Flow",
      trainingTypeId: s.yoga.id,
      durationMinutes: 60,
      capacity: 8,
    });
    const { schedule } = await uc.createSchedule(s.deps, s.admin, {
      templateId: tpl.id,
      weekdays: [7],
      startTime: "09:00",
      startDate: "2027-03-21",
      endDate: "2027-04-04",
    });
    const occ = await s.occurrencesOf(schedule.id);
    expect(occ.map((o) => o.startsAt.toISOString())).toEqual([
      "2027-03-21T08:00:00.000Z",
      "2027-03-28T07:00:00.000Z",
      "2027-04-04T07:00:00.000Z",
    ]);
  });

  it("the detail view adds description, duration, capacity, bookings, deadlines and accepted passes, without other members' data", async () => {
    const s = await buildStudio(getDb());
    const [m1, m2] = s.members;
    await s.grant(m1!, s.yogaPass.id);
    await s.grant(m2!, s.comboPass.id);
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    await uc.bookSession(s.deps, m1!, { occurrenceId: tue!.id });
    const d = await uc.sessionDetail(s.deps, m2!, { occurrenceId: tue!.id });
    expect(d.occurrence).toMatchObject({ description: "Gentle flow", durationMinutes: 60, capacity: 3 });
    expect(d.counts).toEqual({ confirmed: 1, waitlisted: 0 });
    expect(d.acceptedPassTypes.map((p) => p.name)).toEqual(["Combo 3", "Yoga 10"]);
    expect(d.bookingClosesAt.toISOString()).toBe("2026-11-24T07:30:00.000Z");
    expect(d.myBooking).toBeNull();
    expect(d.myUsablePasses.map((p) => p.personId)).toEqual([m2!.personId]);
    expect(JSON.stringify(d)).not.toContain(m1!.personId);
  });

  it("the roster is for trainers only", async () => {
    const s = await buildStudio(getDb());
    const [m1] = s.members;
    await s.grant(m1!, s.yogaPass.id);
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    await uc.bookSession(s.deps, m1!, { occurrenceId: tue!.id });
    expect(
      (await uc.roster(s.deps, s.trainer, { occurrenceId: tue!.id })).confirmed.map((e) => e.name),
    ).toEqual(["Member 1"]);
    await expect(uc.roster(s.deps, m1!, { occurrenceId: tue!.id })).rejects.toEqual(
      refusal(ErrorCode.NotAllowed),
    );
  });

  it("catalog changes are for admins, and bad values are refused", async () => {
    const s = await buildStudio(getDb());
    await expect(uc.createTrainingType(s.deps, s.trainer, { name: "Pilates" })).rejects.toEqual(
      refusal(ErrorCode.NotAllowed),
    );
    await expect(uc.createTrainingType(s.deps, s.admin, { name: "yoga" })).rejects.toEqual(
      refusal(ErrorCode.Conflict),
    );
    await expect(uc.createTrainingType(s.deps, s.admin, { name: " " })).rejects.toEqual(
      refusal(ErrorCode.InvalidInput),
    );
    const bad = {
      templateId: s.yogaTpl.id,
      weekdays: [1],
      startTime: "09:00",
      startDate: "2026-11-23",
      endDate: "2026-11-29",
    };
    await expect(uc.createSchedule(s.deps, s.admin, { ...bad, startTime: "25:00" })).rejects.toEqual(
      refusal(ErrorCode.InvalidInput),
    );
    await expect(uc.createSchedule(s.deps, s.admin, { ...bad, endDate: "2026-02-30" })).rejects.toEqual(
      refusal(ErrorCode.InvalidInput),
    );
    await expect(uc.createSchedule(s.deps, s.admin, { ...bad, weekdays: [8] })).rejects.toEqual(
      refusal(ErrorCode.InvalidInput),
    );
    await expect(uc.createSchedule(s.deps, s.admin, { ...bad, endDate: "2030-01-01" })).rejects.toEqual(
      refusal(ErrorCode.InvalidInput),
    );
  });
});

describeOnBothBackends("database backstops", (getDb) => {
  it("the database refuses a second active booking of one member on one occurrence", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    const row = {
      orgId: s.org.id,
      occurrenceId: tue!.id,
      personId: m!.personId,
      status: "waitlisted" as const,
    };
    await s.prisma.booking.create({ data: row });
    await expect(s.prisma.booking.create({ data: row })).rejects.toThrow();
    await s.prisma.booking.create({ data: { ...row, status: "cancelled", active: null } }); // cancelled ones may repeat
    await s.prisma.booking.create({ data: { ...row, status: "cancelled", active: null } });
  });

  it("the database refuses a negative pass balance and a second debit or refund of one booking", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    const { pass } = await s.grant(m!, s.comboPass.id);
    await expect(s.prisma.pass.update({ where: { id: pass.id }, data: { remaining: -1 } })).rejects.toThrow();
    const debit = {
      passId: pass.id,
      kind: "deduct" as const,
      amount: 1,
      chargeBookingId: "b1",
      cause: "test",
    };
    await s.prisma.passLedger.create({ data: debit });
    await expect(s.prisma.passLedger.create({ data: debit })).rejects.toThrow();
    const refund = {
      passId: pass.id,
      kind: "refund" as const,
      amount: 1,
      refundBookingId: "b1",
      cause: "test",
    };
    await s.prisma.passLedger.create({ data: refund });
    await expect(s.prisma.passLedger.create({ data: refund })).rejects.toThrow();
    await expect(
      s.prisma.passLedger.create({ data: { ...refund, refundBookingId: "b2", kind: "deduct" } }),
    ).rejects.toThrow();
  });
});
