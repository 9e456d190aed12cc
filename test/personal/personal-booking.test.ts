import { expect, it } from "vitest";
import { type DomainError, ErrorCode, isDomainError } from "../../src/domain/errors.ts";
import type { Actor } from "../../src/domain/model.ts";
import * as uc from "../../src/use-cases/index.ts";
import * as pu from "../../src/use-cases/personal/index.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { berlin, buildPersonalStudio } from "./personal-studio.ts";

async function refusal(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    if (isDomainError(e)) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

describeOnBothBackends("personal sessions", (getDb) => {
  it("members are told personal sessions are off until an admin enables them; only admins change settings", async () => {
    const s = await buildPersonalStudio(getDb());
    await pu.updatePersonalSettings(s.pdeps, s.admin, { enabled: false });
    expect((await refusal(pu.listSessionTypes(s.pdeps, s.member))).code).toBe(ErrorCode.PersonalNotEnabled);
    expect((await refusal(pu.updatePersonalSettings(s.pdeps, s.trainer, { enabled: true }))).code).toBe(
      ErrorCode.NotAllowed,
    );
    const bad = await refusal(pu.updatePersonalSettings(s.pdeps, s.admin, { accessLevel: "friends" }));
    expect(bad.context).toMatchObject({ field: "accessLevel", allowed: "public, members, private" });
    const pay = await refusal(pu.updatePersonalSettings(s.pdeps, s.admin, { paymentMethods: ["cash"] }));
    expect(pay.context).toMatchObject({ field: "paymentMethods" });
    expect(String(pay.context.allowed)).toContain("at_session, check, online");
    const on = await pu.updatePersonalSettings(s.pdeps, s.admin, {
      enabled: true,
      showOnMemberList: false,
      paymentMethods: ["online", "check"],
    });
    expect(on).toMatchObject({ enabled: true, showOnMemberList: false, paymentMethods: ["check", "online"] });
    expect((await pu.listSessionTypes(s.pdeps, s.member)).types.map((t) => t.name)).toEqual([
      "Private lesson",
      "Small group",
    ]);
  });

  it("only Active types that the access level admits are visible to members", async () => {
    const s = await buildPersonalStudio(getDb());
    await pu.editSessionType(s.pdeps, s.admin, s.group.id, { status: "paused" });
    await pu.editSessionType(s.pdeps, s.admin, s.lesson.id, { accessLevel: "members" });
    expect((await pu.listSessionTypes(s.pdeps, s.member)).types).toEqual([]);
    await s.grant(s.member, s.yogaPass.id);
    expect((await pu.listSessionTypes(s.pdeps, s.member)).types.map((t) => t.name)).toEqual([
      "Private lesson",
    ]);
    await pu.editSessionType(s.pdeps, s.admin, s.lesson.id, { accessLevel: "private" });
    expect((await pu.listSessionTypes(s.pdeps, s.member)).types).toEqual([]);
    expect((await pu.listSessionTypes(s.pdeps, s.trainer)).types).toHaveLength(2);
    const hidden = await refusal(
      pu.findFreeSlots(s.pdeps, s.member, {
        sessionTypeId: s.lesson.id,
        from: berlin("2026-11-24T00:00"),
        to: berlin("2026-11-25T00:00"),
      }),
    );
    expect(hidden.code).toBe(ErrorCode.NotFound);
  });

  const badFields: Array<[string, Record<string, unknown>, string]> = [
    ["name", { name: " " }, "1 to 80 characters"],
    ["durationMinutes", { durationMinutes: "50" }, "15, 30, 45, 60, 75, 90, 105, 120"],
    ["durationMinutes", { durationMinutes: "135" }, "15, 30, 45, 60, 75, 90, 105, 120"],
    ["capacity", { capacity: "0" }, "from 1 (private)"],
    ["priceCents", { priceCents: "-5" }, "an amount from 0"],
    ["nonMemberPriceCents", { nonMemberPriceCents: "lots" }, "or blank for one flat price"],
    ["currency", { currency: "euro" }, "three-letter"],
    ["status", { status: "live" }, "draft, active, paused, archived"],
    ["location", { location: "x".repeat(121) }, "up to 120"],
    ["accessLevel", { accessLevel: "vip" }, "public, members, private"],
    ["bufferMinutes", { bufferMinutes: "20" }, "none, 5, 10, 15, 30, 45, 60"],
    ["minLeadHours", { minLeadHours: "1.5" }, "0 to 720"],
    ["maxLeadDays", { maxLeadDays: "0" }, "1 to 365"],
    ["maxPerDay", { maxPerDay: "many" }, "1 to 50"],
    ["coverImageUrl", { coverImageUrl: "javascript:alert(1)" }, "https://"],
    ["description", { description: "y".repeat(1001) }, "up to 1000"],
  ];
  it.each(badFields)(
    "an invalid %s is refused with its allowed values, and nothing is created",
    async (field, patch, allowed) => {
      const s = await buildPersonalStudio(getDb());
      const e = await refusal(
        pu.createSessionType(s.pdeps, s.admin, {
          name: "Massage",
          durationMinutes: "30",
          trainerIds: [s.trainer.personId],
          ...patch,
        }),
      );
      expect(e.code).toBe(ErrorCode.InvalidInput);
      expect(e.context.field).toBe(field);
      expect(String(e.context.allowed)).toContain(allowed);
      expect(await s.prisma.personalSessionType.count({ where: { orgId: s.org.id, name: "Massage" } })).toBe(
        0,
      );
    },
  );

  it("a type needs a trainer before it is active, and trainers must be staff of the studio", async () => {
    const s = await buildPersonalStudio(getDb());
    const none = await refusal(
      pu.createSessionType(s.pdeps, s.admin, { name: "Solo", durationMinutes: 30, status: "active" }),
    );
    expect(none.context).toMatchObject({ field: "trainers" });
    const notStaff = await refusal(
      pu.createSessionType(s.pdeps, s.admin, {
        name: "Solo",
        durationMinutes: 30,
        trainerIds: [s.member.personId],
      }),
    );
    expect(notStaff.context).toMatchObject({ field: "trainers" });
    const draft = await pu.createSessionType(s.pdeps, s.admin, { name: "Solo", durationMinutes: 30 });
    expect(draft).toMatchObject({
      status: "draft",
      capacity: 1,
      priceCents: 0,
      bufferMinutes: 0,
      trainerIds: [],
    });
    const dup = await refusal(pu.createSessionType(s.pdeps, s.admin, { name: "solo", durationMinutes: 30 }));
    expect(dup.code).toBe(ErrorCode.Conflict);
  });

  it("free slots leave the trainer's group session (with the buffer) out and show the member price", async () => {
    const s = await buildPersonalStudio(getDb());
    await s.grant(s.member, s.yogaPass.id);
    const r = await pu.findFreeSlots(s.pdeps, s.member, {
      sessionTypeId: s.lesson.id,
      from: berlin("2026-11-24T00:00"),
      to: berlin("2026-11-25T00:00"),
    });
    const starts = r.slots.map((x) => x.startsAt.toISOString());
    expect(starts[0]).toBe(berlin("2026-11-24T10:15").toISOString());
    expect(starts).not.toContain(berlin("2026-11-24T08:00").toISOString());
    expect(r.price).toEqual({ amountCents: 4000, memberPrice: true, currency: "EUR" });
    const other = await pu.findFreeSlots(s.pdeps, s.members[1] as Actor, {
      sessionTypeId: s.lesson.id,
      from: berlin("2026-11-24T00:00"),
      to: berlin("2026-11-25T00:00"),
    });
    expect(other.price).toEqual({ amountCents: 5500, memberPrice: false, currency: "EUR" });
  });

  it("booking records the payment method and price; a taken slot, a clash and a wrong method are refused", async () => {
    const s = await buildPersonalStudio(getDb());
    const at = berlin("2026-11-24T11:00");
    const choose = await refusal(
      pu.bookPersonalSession(s.pdeps, s.member, {
        sessionTypeId: s.lesson.id,
        trainerId: s.trainer.personId,
        startsAt: at,
      }),
    );
    expect(choose.code).toBe(ErrorCode.PaymentMethodNotAccepted);
    expect(choose.context.reason).toBe("choose");
    await pu.updatePersonalSettings(s.pdeps, s.admin, { paymentMethods: ["at_session", "check"] });
    const card = await refusal(
      pu.bookPersonalSession(s.pdeps, s.member, {
        sessionTypeId: s.lesson.id,
        trainerId: s.trainer.personId,
        startsAt: at,
        paymentMethod: "online",
      }),
    );
    expect(card.code).toBe(ErrorCode.PaymentMethodNotAccepted);
    const b = await pu.bookPersonalSession(s.pdeps, s.member, {
      sessionTypeId: s.lesson.id,
      trainerId: s.trainer.personId,
      startsAt: at,
      paymentMethod: "check",
    });
    expect(b).toMatchObject({
      status: "confirmed",
      paymentMethod: "check",
      amountCents: 5500,
      memberPrice: false,
      trainerName: "Tom Trainer",
    });
    expect(b.endsAt.toISOString()).toBe(berlin("2026-11-24T12:00").toISOString());
    const other = s.members[1] as Actor;
    for (const start of ["2026-11-24T11:00", "2026-11-24T12:00", "2026-11-24T10:15"]) {
      const e = await refusal(
        pu.bookPersonalSession(s.pdeps, other, {
          sessionTypeId: s.lesson.id,
          trainerId: s.trainer.personId,
          startsAt: berlin(start),
          paymentMethod: "check",
        }),
      );
      expect(e.code).toBe(ErrorCode.SlotUnavailable);
    }
    const yoga = await refusal(
      pu.bookPersonalSession(s.pdeps, other, {
        sessionTypeId: s.lesson.id,
        trainerId: s.trainer.personId,
        startsAt: berlin("2026-11-24T09:00"),
        paymentMethod: "check",
      }),
    );
    expect(yoga.code).toBe(ErrorCode.SlotUnavailable);
    const outbox = await s.prisma.outboxEvent.findMany({
      where: { orgId: s.org.id, kind: { startsWith: "personal." } },
    });
    expect(outbox.map((o) => o.kind)).toEqual(["personal.booked"]);
    expect(outbox[0]?.payload).toMatchObject({
      bookingId: b.id,
      trainerId: s.trainer.personId,
      paymentMethod: "check",
      amountCents: 5500,
      typeName: "Private lesson",
    });
  });

  it("lead times: too soon and too far ahead are refused", async () => {
    const s = await buildPersonalStudio(getDb());
    await pu.editSessionType(s.pdeps, s.admin, s.lesson.id, { minLeadHours: "24", maxLeadDays: "3" });
    const soon = await refusal(
      pu.bookPersonalSession(s.pdeps, s.member, {
        sessionTypeId: s.lesson.id,
        trainerId: s.trainer.personId,
        startsAt: berlin("2026-11-23T15:00"),
        paymentMethod: "check",
      }),
    );
    expect(soon.code).toBe(ErrorCode.OutsideLeadTime);
    const far = await refusal(
      pu.bookPersonalSession(s.pdeps, s.member, {
        sessionTypeId: s.lesson.id,
        trainerId: s.trainer.personId,
        startsAt: berlin("2026-11-27T15:00"),
        paymentMethod: "check",
      }),
    );
    expect(far.code).toBe(ErrorCode.OutsideLeadTime);
    await pu.bookPersonalSession(s.pdeps, s.member, {
      sessionTypeId: s.lesson.id,
      trainerId: s.trainer.personId,
      startsAt: berlin("2026-11-25T15:00"),
      paymentMethod: "check",
    });
  });

  it("a group type fills to its capacity, and the daily maximum stops new slots", async () => {
    const s = await buildPersonalStudio(getDb(), { groupCapacity: 2 });
    const at = berlin("2026-11-25T14:00");
    const book = (m: Actor, start = at) =>
      pu.bookPersonalSession(s.pdeps, m, {
        sessionTypeId: s.group.id,
        trainerId: s.trainer.personId,
        startsAt: start,
        paymentMethod: "at_session",
      });
    await book(s.members[0] as Actor);
    const slots = await pu.findFreeSlots(s.pdeps, s.members[1] as Actor, {
      sessionTypeId: s.group.id,
      from: at,
      to: new Date(at.getTime() + 60_000),
    });
    expect(slots.slots.map((x) => x.spotsLeft)).toEqual([1]);
    await book(s.members[1] as Actor);
    expect((await refusal(book(s.members[2] as Actor))).code).toBe(ErrorCode.SlotFull);
    expect((await refusal(book(s.members[0] as Actor))).code).toBe(ErrorCode.AlreadyBooked);
    await pu.editSessionType(s.pdeps, s.admin, s.group.id, { maxPerDay: "1" });
    expect((await refusal(book(s.members[2] as Actor, berlin("2026-11-25T17:00")))).code).toBe(
      ErrorCode.SlotUnavailable,
    );
    await book(s.members[2] as Actor, berlin("2026-11-26T17:00"));
  });

  it("the database itself refuses an overlapping personal booking, a group session over a personal one, and the daily maximum", async () => {
    const s = await buildPersonalStudio(getDb());
    const b = await pu.bookPersonalSession(s.pdeps, s.member, {
      sessionTypeId: s.lesson.id,
      trainerId: s.trainer.personId,
      startsAt: berlin("2026-11-24T14:00"),
      paymentMethod: "check",
    });
    const row = {
      orgId: s.org.id,
      sessionTypeId: s.lesson.id,
      trainerId: s.trainer.personId,
      personId: (s.members[1] as Actor).personId,
      paymentMethod: "check",
      amountCents: 0,
    };
    await expect(
      s.prisma.personalBooking.create({
        data: {
          ...row,
          startsAt: berlin("2026-11-24T15:10"),
          endsAt: berlin("2026-11-24T16:10"),
          bufferMinutes: 0,
        },
      }),
    ).rejects.toThrow(/personal_guard:slot_taken/);
    await expect(
      s.prisma.personalBooking.create({
        data: { ...row, startsAt: berlin("2026-11-24T09:30"), endsAt: berlin("2026-11-24T10:00") },
      }),
    ).rejects.toThrow(/personal_guard:group_session/);
    const yoga = (await s.occurrencesOf(s.yogaSchedule.id))[1];
    await expect(
      s.prisma.occurrence.update({ where: { id: yoga?.id }, data: { startsAt: berlin("2026-11-24T14:30") } }),
    ).rejects.toThrow(/personal_guard:personal_session/);
    // Through the group use case the same refusal is a domain error, and nothing changes.
    const moved = await refusal(
      uc.overrideOccurrence(s.deps, s.trainer, {
        occurrenceId: yoga?.id ?? "",
        startsAt: berlin("2026-11-24T13:30"),
      }),
    );
    expect(moved.code).toBe(ErrorCode.TrainerBusy);
    expect((await s.prisma.occurrence.findUnique({ where: { id: yoga?.id } }))?.startsAt.toISOString()).toBe(
      yoga?.startsAt.toISOString(),
    );
    await s.prisma.personalSessionType.update({ where: { id: s.lesson.id }, data: { maxPerDay: 1 } });
    await expect(
      s.prisma.personalBooking.create({
        data: { ...row, startsAt: berlin("2026-11-24T18:00"), endsAt: berlin("2026-11-24T19:00") },
      }),
    ).rejects.toThrow(/personal_guard:daily_max/);
    // Cancelling frees the time for the group session.
    await pu.cancelPersonalBooking(s.pdeps, s.member, { bookingId: b.id });
    await s.prisma.occurrence.update({
      where: { id: yoga?.id },
      data: { startsAt: berlin("2026-11-24T14:30") },
    });
  });

  it("cancel follows the type's deadline for members; trainers may cancel later; strangers see nothing", async () => {
    const s = await buildPersonalStudio(getDb());
    await pu.editSessionType(s.pdeps, s.admin, s.lesson.id, { minLeadHours: "4" });
    const b = await pu.bookPersonalSession(s.pdeps, s.member, {
      sessionTypeId: s.lesson.id,
      trainerId: s.trainer.personId,
      startsAt: berlin("2026-11-23T13:00"),
      paymentMethod: "check",
    });
    expect(
      (await refusal(pu.cancelPersonalBooking(s.pdeps, s.members[1] as Actor, { bookingId: b.id }))).code,
    ).toBe(ErrorCode.NotFound);
    s.clock.set(berlin("2026-11-23T10:00"));
    expect((await refusal(pu.cancelPersonalBooking(s.pdeps, s.member, { bookingId: b.id }))).code).toBe(
      ErrorCode.CancellationDeadlinePassed,
    );
    expect(
      (
        await refusal(
          pu.reschedulePersonalBooking(s.pdeps, s.member, {
            bookingId: b.id,
            startsAt: berlin("2026-11-24T13:00"),
          }),
        )
      ).code,
    ).toBe(ErrorCode.CancellationDeadlinePassed);
    const c = await pu.cancelPersonalBooking(s.pdeps, s.trainer, { bookingId: b.id, reason: "ill" });
    expect(c.status).toBe("cancelled");
    expect((await refusal(pu.cancelPersonalBooking(s.pdeps, s.trainer, { bookingId: b.id }))).code).toBe(
      ErrorCode.NotBooked,
    );
    const ev = await s.prisma.outboxEvent.findFirst({
      where: { orgId: s.org.id, kind: "personal.cancelled" },
    });
    expect(ev?.payload).toMatchObject({ bookingId: b.id, by: s.trainer.personId, reason: "ill" });
  });

  it("reschedule moves to a free slot in one step, and a taken target changes nothing", async () => {
    const s = await buildPersonalStudio(getDb());
    const book = (m: Actor, at: string) =>
      pu.bookPersonalSession(s.pdeps, m, {
        sessionTypeId: s.lesson.id,
        trainerId: s.trainer.personId,
        startsAt: berlin(at),
        paymentMethod: "check",
      });
    const mine = await book(s.member, "2026-11-24T11:00");
    await book(s.members[1] as Actor, "2026-11-24T15:00");
    // Overlapping its own old time is fine: the old booking is cancelled first, in the same transaction.
    const r = await pu.reschedulePersonalBooking(s.pdeps, s.member, {
      bookingId: mine.id,
      startsAt: berlin("2026-11-24T11:30"),
    });
    expect(r.booking.startsAt.toISOString()).toBe(berlin("2026-11-24T11:30").toISOString());
    expect(
      (
        await refusal(
          pu.reschedulePersonalBooking(s.pdeps, s.member, {
            bookingId: r.booking.id,
            startsAt: berlin("2026-11-24T15:30"),
          }),
        )
      ).code,
    ).toBe(ErrorCode.SlotUnavailable);
    const live = await s.prisma.personalBooking.findMany({
      where: { orgId: s.org.id, personId: s.member.personId, active: true },
    });
    expect(live.map((x) => x.id)).toEqual([r.booking.id]);
    const ev = await s.prisma.outboxEvent.findFirst({
      where: { orgId: s.org.id, kind: "personal.rescheduled" },
    });
    expect(ev?.payload).toMatchObject({
      bookingId: r.booking.id,
      previousBookingId: mine.id,
      previousStartsAt: mine.startsAt.toISOString(),
    });
  });

  it("availability windows and dates off are validated and shape the slots", async () => {
    const s = await buildPersonalStudio(getDb());
    const e = await refusal(
      pu.setAvailability(s.pdeps, s.trainer, {
        windows: [{ weekday: 2, startTime: "12:00", endTime: "11:00" }],
      }),
    );
    expect(e.context).toMatchObject({ field: "availability" });
    expect((await refusal(pu.setAvailability(s.pdeps, s.member, { windows: [] }))).code).toBe(
      ErrorCode.NotAllowed,
    );
    await pu.setAvailability(s.pdeps, s.trainer, {
      windows: [
        { weekday: 2, startTime: "12:00", endTime: "13:00" },
        { weekday: 2, startTime: "16:00", endTime: "17:00" },
      ],
    });
    await pu.setDateOff(s.pdeps, s.trainer, { date: "2026-12-01", off: true });
    const slots = await pu.findFreeSlots(s.pdeps, s.member, {
      sessionTypeId: s.lesson.id,
      from: berlin("2026-11-24T00:00"),
      to: berlin("2026-12-02T00:00"),
    });
    expect(slots.slots.map((x) => x.startsAt.toISOString())).toEqual([
      berlin("2026-11-24T12:00").toISOString(),
      berlin("2026-11-24T16:00").toISOString(),
    ]);
    expect((await pu.getAvailability(s.pdeps, s.trainer)).datesOff).toEqual(["2026-12-01"]);
  });
});
