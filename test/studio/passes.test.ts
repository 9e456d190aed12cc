import { expect, it } from "vitest";
import { ErrorCode } from "../../src/domain/errors.ts";
import * as uc from "../../src/use-cases/index.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { openStudio } from "./open-studio.ts";

const refusal = (code: string) => expect.objectContaining({ name: "DomainError", code });

async function passStudio(getDb: () => Parameters<typeof openStudio>[0]) {
  const s = await openStudio(getDb());
  const yoga = await uc.createTrainingType(s.deps, s.admin, { name: "Yoga" });
  const tom = await s.join("Tom", "trainer");
  const mia = await s.join("Mia");
  const pass = await uc.createPassType(s.deps, s.admin, {
    name: "Yoga 10",
    sessions: 10,
    validityDays: 60,
    trainingTypeIds: [yoga.id],
    priceCents: 9900,
    currency: "EUR",
  });
  return { ...s, yoga, tom, mia, pass };
}

describeOnBothBackends("granting passes", (getDb) => {
  it("granting follows the studio setting, to oneself too, and records who granted", async () => {
    const s = await passStudio(getDb);
    const self = await uc.grantPass(s.deps, s.tom, { personId: s.tom.personId, passTypeId: s.pass.id });
    expect((await s.db.prisma.pass.findUnique({ where: { id: self.pass.id } }))?.grantedById).toBe(
      s.tom.personId,
    );

    await uc.updateSettings(s.deps, s.admin, { passGrantPolicy: "admins" });
    const before = await s.db.prisma.pass.count({ where: { orgId: s.orgId } });
    await expect(
      uc.grantPass(s.deps, s.tom, { personId: s.tom.personId, passTypeId: s.pass.id }),
    ).rejects.toEqual(refusal(ErrorCode.NotAllowed));
    await expect(
      uc.grantPass(s.deps, s.tom, { personId: s.mia.personId, passTypeId: s.pass.id }),
    ).rejects.toEqual(refusal(ErrorCode.NotAllowed));
    await expect(
      uc.grantPass(s.deps, s.mia, { personId: s.mia.personId, passTypeId: s.pass.id }),
    ).rejects.toEqual(refusal(ErrorCode.NotAllowed));
    expect(await s.db.prisma.pass.count({ where: { orgId: s.orgId } })).toBe(before);
    const byAdmin = await uc.grantPass(s.deps, s.admin, { personId: s.mia.personId, passTypeId: s.pass.id });
    expect((await s.db.prisma.pass.findUnique({ where: { id: byAdmin.pass.id } }))?.grantedById).toBe(
      s.admin.personId,
    );
  });

  it("staff see a member's passes and ledger; members cannot look at someone else's", async () => {
    const s = await passStudio(getDb);
    await uc.grantPass(s.deps, s.admin, { personId: s.mia.personId, passTypeId: s.pass.id });
    const view = await uc.memberPasses(s.deps, s.tom, { personId: s.mia.personId });
    expect(view.passes.map((p) => [p.name, p.remaining])).toEqual([["Yoga 10", 10]]);
    expect(view.ledger.map((l) => [l.kind, l.amount, l.cause])).toEqual([
      ["grant", 10, `granted_by:${s.admin.personId}`],
    ]);
    const other = await s.join("Leo");
    await expect(uc.memberPasses(s.deps, other, { personId: s.mia.personId })).rejects.toEqual(
      refusal(ErrorCode.NotAllowed),
    );
  });

  it("'No pass linked': a trainer's tap becomes a request when only admins may grant; one admin tap approves it once", async () => {
    const s = await passStudio(getDb);
    const tpl = await uc.createTemplate(s.deps, s.admin, {
      name: "Beginners",
      trainingTypeId: s.yoga.id,
      durationMinutes: 60,
      capacity: 6,
      closed: true,
    });
    const { schedule } = await uc.createSchedule(s.deps, s.admin, {
      templateId: tpl.id,
      weekdays: [3],
      startTime: "19:00",
      startDate: "2026-11-23",
      weeks: 4,
    });
    await uc.updateSettings(s.deps, s.admin, { passGrantPolicy: "admins" });
    const r = await uc.passForSchedule(s.deps, s.tom, { scheduleId: schedule.id });
    expect(r).toMatchObject({ kind: "requested", scheduleName: "Beginners" });
    if (r.kind !== "requested") return;
    expect(await s.db.prisma.passType.count({ where: { orgId: s.orgId } })).toBe(1);
    const event = await s.db.prisma.outboxEvent.findFirst({
      where: { orgId: s.orgId, kind: "admin.request" },
    });
    expect(event?.payload).toMatchObject({ requestId: r.requestId, scheduleId: schedule.id });

    await expect(
      uc.decideAdminRequest(s.deps, s.tom, { requestId: r.requestId, approve: true }),
    ).rejects.toEqual(refusal(ErrorCode.NotAllowed));
    const [a, b] = await Promise.all([
      uc.decideAdminRequest(s.deps, s.admin, { requestId: r.requestId, approve: true }),
      uc.decideAdminRequest(s.deps, s.admin, { requestId: r.requestId, approve: true }),
    ]);
    expect([a.kind, b.kind].sort()).toEqual(["already_decided", "approved"]);
    const linked = await s.db.prisma.passType.findMany({
      where: { orgId: s.orgId, schedules: { some: { scheduleId: schedule.id } } },
    });
    expect(linked.map((p) => p.name)).toEqual(["Beginners pass"]);

    // With trainers allowed to grant, the trainer's tap fixes it at once.
    await uc.updateSettings(s.deps, s.admin, { passGrantPolicy: "staff" });
    const tpl2 = await uc.createTemplate(s.deps, s.admin, {
      name: "Advanced",
      trainingTypeId: s.yoga.id,
      durationMinutes: 60,
      capacity: 6,
      closed: true,
    });
    const two = await uc.createSchedule(s.deps, s.admin, {
      templateId: tpl2.id,
      weekdays: [4],
      startTime: "19:00",
      startDate: "2026-11-23",
      weeks: 4,
    });
    expect(await uc.passForSchedule(s.deps, s.tom, { scheduleId: two.schedule.id })).toMatchObject({
      kind: "created",
      passType: { name: "Advanced pass" },
    });
    await expect(uc.passForSchedule(s.deps, s.mia, { scheduleId: two.schedule.id })).rejects.toEqual(
      refusal(ErrorCode.NotAllowed),
    );
  });
});
