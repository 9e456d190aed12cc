import { expect, it } from "vitest";
import { ErrorCode } from "../../src/domain/errors.ts";
import { domainErrorReply } from "../../src/replies/error-reply.ts";
import * as uc from "../../src/use-cases/index.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { openStudio } from "./open-studio.ts";

const refusal = (code: string) => expect.objectContaining({ name: "DomainError", code });

async function refusalText(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return domainErrorReply(e as never)
      .lines.map((l) => (typeof l === "string" ? l : ""))
      .join(" ");
  }
  throw new Error("expected a refusal");
}

async function catalogStudio(getDb: () => Parameters<typeof openStudio>[0]) {
  const s = await openStudio(getDb());
  await uc.updateSettings(s.deps, s.admin, { timezone: "Europe/Lisbon" });
  const yoga = await uc.createTrainingType(s.deps, s.admin, { name: "Yoga" });
  const hall = await uc.createSpace(s.deps, s.admin, { name: "Hall" });
  const tom = await s.join("Tom", "trainer");
  const tpl = await uc.createTemplate(s.deps, s.admin, {
    name: "Morning Flow",
    description: "Gentle",
    trainingTypeId: yoga.id,
    durationMinutes: 60,
    capacity: 10,
    defaultTrainerId: tom.personId,
    defaultSpaceId: hall.id,
    bookingDeadlineMinutes: 30,
    cancellationDeadlineMinutes: 120,
  });
  return { ...s, yoga, hall, tom, tpl };
}

describeOnBothBackends("catalogue", (getDb) => {
  it("every template field is checked and the refusal names the field and its allowed values; nothing is clamped", async () => {
    const s = await catalogStudio(getDb);
    const base = { name: "X", trainingTypeId: s.yoga.id, durationMinutes: 60, capacity: 5 };
    expect(await refusalText(uc.createTemplate(s.deps, s.admin, { ...base, capacity: 0 }))).toBe(
      "Capacity must be a whole number from 1 to 1000.",
    );
    expect(await refusalText(uc.createTemplate(s.deps, s.admin, { ...base, capacity: 1001 }))).toBe(
      "Capacity must be a whole number from 1 to 1000.",
    );
    expect(await refusalText(uc.createTemplate(s.deps, s.admin, { ...base, durationMinutes: 2.5 }))).toBe(
      "Duration (minutes) must be a whole number from 5 to 1440.",
    );
    expect(
      await refusalText(uc.createTemplate(s.deps, s.admin, { ...base, bookingDeadlineMinutes: -5 })),
    ).toBe("Booking deadline (minutes before start) must be a whole number from 0 to 43200.");
    expect(await refusalText(uc.createTemplate(s.deps, s.admin, { ...base, name: " " }))).toBe(
      "Name must be 1 to 80 characters.",
    );
    expect(await refusalText(uc.createTemplate(s.deps, s.admin, { ...base, name: "morning flow" }))).toBe(
      "A template named Morning Flow already exists. Choose another name.",
    );
    expect(await refusalText(uc.createTrainingType(s.deps, s.admin, { name: "YOGA" }))).toMatch(
      /training type named Yoga already exists/,
    );
    const pt = await uc.createTemplate(s.deps, s.admin, {
      ...base,
      name: "PT",
      capacity: undefined,
      individual: true,
    });
    expect(pt.capacity).toBe(1);
    expect((await uc.listCatalog(s.deps, s.admin)).templates.map((t) => t.name)).toEqual([
      "Morning Flow",
      "PT",
    ]);
  });

  it("a schedule created today starts with the first session that has not begun; N weeks is an end date", async () => {
    // Monday 23 Nov 2026, 10:30 in Lisbon: the 09:00 session of today has begun, 18:00 has not.
    const s = await catalogStudio(getDb);
    s.clock.set(new Date("2026-11-23T10:30:00Z"));
    const morning = await uc.createSchedule(s.deps, s.admin, {
      templateId: s.tpl.id,
      weekdays: [1],
      startTime: "09:00",
      startDate: "2026-11-23",
      weeks: 2,
    });
    expect(morning.schedule.endDate).toBe("2026-12-06");
    expect(morning.occurrences).toBe(1);
    expect(morning.firstStartsAt?.toISOString()).toBe("2026-11-30T09:00:00.000Z");
    const evening = await uc.createSchedule(s.deps, s.admin, {
      templateId: s.tpl.id,
      weekdays: [1],
      startTime: "18:00",
      startDate: "2026-11-23",
      weeks: 2,
    });
    expect(evening.firstStartsAt?.toISOString()).toBe("2026-11-23T18:00:00.000Z");
    expect(
      await refusalText(
        uc.createSchedule(s.deps, s.admin, {
          templateId: s.tpl.id,
          weekdays: [8],
          startTime: "09:00",
          startDate: "2026-11-23",
          weeks: 1,
        }),
      ),
    ).toBe("Weekdays must be one or more of Mon, Tue, Wed, Thu, Fri, Sat, Sun.");
    expect(
      await refusalText(
        uc.createSchedule(s.deps, s.admin, {
          templateId: s.tpl.id,
          weekdays: [1],
          startTime: "25:00",
          startDate: "2026-11-23",
          weeks: 1,
        }),
      ),
    ).toBe("Start time must be a 24-hour time as HH:MM, e.g. 18:30.");
    expect(
      await refusalText(
        uc.createSchedule(s.deps, s.admin, {
          templateId: s.tpl.id,
          weekdays: [1],
          startTime: "09:00",
          startDate: "2026-11-23",
          weeks: 0,
        }),
      ),
    ).toBe("Number of weeks must be a whole number from 1 to 57.");
  });

  it("editing a schedule changes only future unbooked sessions and tells booked members theirs stands", async () => {
    const s = await catalogStudio(getDb);
    const { schedule } = await uc.createSchedule(s.deps, s.admin, {
      templateId: s.tpl.id,
      weekdays: [2, 4],
      startTime: "09:00",
      startDate: "2026-11-23",
      weeks: 2,
    });
    const pass = await uc.createPassType(s.deps, s.admin, {
      name: "Yoga 10",
      sessions: 10,
      validityDays: 60,
      trainingTypeIds: [s.yoga.id],
      priceCents: 9000,
      currency: "eur",
    });
    expect(pass).toMatchObject({ priceCents: 9000, currency: "EUR" });
    const mia = await s.join("Mia");
    await uc.grantPass(s.deps, s.admin, { personId: mia.personId, passTypeId: pass.id });
    const occs = await s.db.prisma.occurrence.findMany({
      where: { scheduleId: schedule.id },
      orderBy: { startsAt: "asc" },
    });
    expect(occs).toHaveLength(4);
    const thursday = occs[1];
    await uc.bookSession(s.deps, mia, { occurrenceId: thursday!.id });
    const outboxBefore = await s.db.prisma.outboxEvent.count({ where: { orgId: s.orgId } });

    const r = await uc.editSchedule(s.deps, s.admin, {
      scheduleId: schedule.id,
      weekdays: [2],
      startTime: "18:00",
    });
    expect(r.keptBooked.map((k) => k.occurrenceId)).toEqual([thursday!.id]);
    expect(r.removed).toBe(3);
    expect(r.added).toBe(2);
    const after = await s.db.prisma.occurrence.findMany({
      where: { scheduleId: schedule.id, status: "scheduled" },
      orderBy: { startsAt: "asc" },
    });
    expect(after.map((o) => o.startsAt.toISOString())).toEqual([
      "2026-11-24T18:00:00.000Z",
      thursday!.startsAt.toISOString(),
      "2026-12-01T18:00:00.000Z",
    ]);
    const events = await s.db.prisma.outboxEvent.findMany({
      where: { orgId: s.orgId },
      orderBy: { id: "asc" },
      skip: outboxBefore,
    });
    expect(events.map((e) => [e.kind, (e.payload as { notify: string[] }).notify])).toEqual([
      ["schedule.changed", [mia.personId]],
    ]);

    const ended = await uc.endSchedule(s.deps, s.admin, { scheduleId: schedule.id, lastDate: "2026-11-23" });
    expect(ended.removed).toBe(2);
    expect(ended.keptBooked.map((k) => k.occurrenceId)).toEqual([thursday!.id]);
    expect(
      await s.db.prisma.booking.count({ where: { occurrenceId: thursday!.id, status: "confirmed" } }),
    ).toBe(1);
  });

  it("editing a template reaches unbooked future sessions only; archiving hides it and blocks new schedules", async () => {
    const s = await catalogStudio(getDb);
    const { schedule } = await uc.createSchedule(s.deps, s.admin, {
      templateId: s.tpl.id,
      weekdays: [2],
      startTime: "09:00",
      startDate: "2026-11-23",
      weeks: 2,
    });
    const pass = await uc.createPassType(s.deps, s.admin, {
      name: "Yoga 5",
      sessions: 5,
      validityDays: 60,
      trainingTypeIds: [s.yoga.id],
    });
    const mia = await s.join("Mia");
    await uc.grantPass(s.deps, s.admin, { personId: mia.personId, passTypeId: pass.id });
    const [first, second] = await s.db.prisma.occurrence.findMany({
      where: { scheduleId: schedule.id },
      orderBy: { startsAt: "asc" },
    });
    await uc.bookSession(s.deps, mia, { occurrenceId: first!.id });
    const r = await uc.editTemplate(s.deps, s.admin, {
      templateId: s.tpl.id,
      fields: { capacity: 12, description: "Slow flow" },
    });
    expect(r.sessionsUpdated).toBe(1);
    expect((await s.db.prisma.occurrence.findUnique({ where: { id: first!.id } }))?.capacity).toBe(10);
    expect((await s.db.prisma.occurrence.findUnique({ where: { id: second!.id } }))?.capacity).toBe(12);
    expect(
      await refusalText(
        uc.editTemplate(s.deps, s.admin, {
          templateId: s.tpl.id,
          fields: { cancellationDeadlineMinutes: 99999 },
        }),
      ),
    ).toBe("Cancellation deadline (minutes before start) must be a whole number from 0 to 43200.");
    await uc.archiveCatalogEntry(s.deps, s.admin, { kind: "template", id: s.tpl.id });
    expect((await uc.listCatalog(s.deps, s.admin)).templates).toHaveLength(0);
    await expect(
      uc.createSchedule(s.deps, s.admin, {
        templateId: s.tpl.id,
        weekdays: [2],
        startTime: "09:00",
        startDate: "2026-11-23",
        weeks: 1,
      }),
    ).rejects.toEqual(refusal(ErrorCode.NotFound));
    await uc.archiveCatalogEntry(s.deps, s.admin, { kind: "template", id: s.tpl.id, restore: true });
    expect((await uc.listCatalog(s.deps, s.admin)).templates).toHaveLength(1);
  });

  it("pass types: price and currency checked, covered types and closed schedules only", async () => {
    const s = await catalogStudio(getDb);
    const base = { name: "P", sessions: 5, validityDays: 30, trainingTypeIds: [s.yoga.id] };
    expect(await refusalText(uc.createPassType(s.deps, s.admin, { ...base, currency: "EURO" }))).toBe(
      "Currency must be a three-letter currency code, like EUR, GBP or USD.",
    );
    expect(await refusalText(uc.createPassType(s.deps, s.admin, { ...base, priceCents: -1 }))).toMatch(
      /^Price must be an amount from 0 to 1,000,000/,
    );
    expect(await refusalText(uc.createPassType(s.deps, s.admin, { ...base, sessions: 0 }))).toBe(
      "Sessions must be a whole number from 1 to 1000.",
    );
    const { schedule } = await uc.createSchedule(s.deps, s.admin, {
      templateId: s.tpl.id,
      weekdays: [2],
      startTime: "09:00",
      startDate: "2026-11-23",
      weeks: 1,
    });
    expect(
      await refusalText(uc.createPassType(s.deps, s.admin, { ...base, scheduleIds: [schedule.id] })),
    ).toMatch(/Only closed/);
    const p = await uc.createPassType(s.deps, s.admin, { ...base, priceCents: 4500, currency: "GBP" });
    const edited = await uc.editPassType(s.deps, s.admin, {
      passTypeId: p.id,
      fields: { priceCents: 5000, name: "P five" },
    });
    expect(edited).toMatchObject({ name: "P five", priceCents: 5000, currency: "GBP" });
    const row = await s.db.prisma.passType.findUnique({ where: { id: p.id } });
    expect(row).toMatchObject({ name: "P five", priceCents: 5000, currency: "GBP" });
  });

  it("every catalogue action is refused to trainers and members and changes nothing", async () => {
    const s = await catalogStudio(getDb);
    const mia = await s.join("Mia");
    const { schedule } = await uc.createSchedule(s.deps, s.admin, {
      templateId: s.tpl.id,
      weekdays: [2],
      startTime: "09:00",
      startDate: "2026-11-23",
      weeks: 1,
    });
    const pass = await uc.createPassType(s.deps, s.admin, {
      name: "Y",
      sessions: 5,
      validityDays: 30,
      trainingTypeIds: [s.yoga.id],
    });
    const snap = async () => ({
      catalog: await uc.listCatalog(s.deps, s.admin, { includeArchived: true }),
      occ: await s.db.prisma.occurrence.count({ where: { orgId: s.orgId } }),
    });
    const before = await snap();
    for (const who of [s.tom, mia]) {
      const attempts: Array<Promise<unknown>> = [
        uc.createTrainingType(s.deps, who, { name: "Spin" }),
        uc.createSpace(s.deps, who, { name: "Roof" }),
        uc.createTemplate(s.deps, who, {
          name: "T",
          trainingTypeId: s.yoga.id,
          durationMinutes: 30,
          capacity: 3,
        }),
        uc.editTemplate(s.deps, who, { templateId: s.tpl.id, fields: { capacity: 3 } }),
        uc.createSchedule(s.deps, who, {
          templateId: s.tpl.id,
          weekdays: [3],
          startTime: "09:00",
          startDate: "2026-11-23",
          weeks: 1,
        }),
        uc.editSchedule(s.deps, who, { scheduleId: schedule.id, startTime: "10:00" }),
        uc.endSchedule(s.deps, who, { scheduleId: schedule.id }),
        uc.createPassType(s.deps, who, {
          name: "Z",
          sessions: 1,
          validityDays: 1,
          trainingTypeIds: [s.yoga.id],
        }),
        uc.editPassType(s.deps, who, { passTypeId: pass.id, fields: { priceCents: 1 } }),
        uc.renameCatalogEntry(s.deps, who, { kind: "space", id: s.hall.id, name: "Big hall" }),
        uc.archiveCatalogEntry(s.deps, who, { kind: "training_type", id: s.yoga.id }),
        uc.listCatalog(s.deps, who),
      ];
      for (const a of attempts) await expect(a).rejects.toEqual(refusal(ErrorCode.NotAllowed));
    }
    expect(await snap()).toEqual(before);
  });
});
