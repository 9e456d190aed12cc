import { expect, it } from "vitest";
import { ErrorCode } from "../../src/domain/errors.ts";
import * as uc from "../../src/use-cases/index.ts";
import { buildStudio, describeOnBothBackends, ledgerMismatches, snapshot } from "./studio.ts";

const refusal = (code: string) => expect.objectContaining({ name: "DomainError", code });

describeOnBothBackends("cancellation and waitlist", (getDb) => {
  it("cancelling a confirmed booking refunds its session and promotes the first on the waitlist, charging them", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const [m1, m2, m3, m4] = s.members;
    const passes: Array<{ id: string }> = [];
    for (const m of [m1!, m2!, m3!, m4!]) passes.push((await s.grant(m, s.yogaPass.id)).pass);
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    const b1 = await uc.bookSession(s.deps, m1!, { occurrenceId: tue!.id });
    await uc.bookSession(s.deps, m2!, { occurrenceId: tue!.id });
    const w3 = await uc.bookSession(s.deps, m3!, { occurrenceId: tue!.id });
    await uc.bookSession(s.deps, m4!, { occurrenceId: tue!.id });
    const r = await uc.cancelBooking(s.deps, m1!, { bookingId: b1.booking.id });
    expect(r.refunded).toBe(true);
    expect(r.promotion.promoted).toEqual([
      { bookingId: w3.booking.id, personId: m3!.personId, passId: passes[2]!.id },
    ]);
    const rem = async (i: number) =>
      (await s.prisma.pass.findUniqueOrThrow({ where: { id: passes[i]!.id } })).remaining;
    expect([await rem(0), await rem(1), await rem(2), await rem(3)]).toEqual([10, 9, 9, 10]);
    const outbox = await s.prisma.outboxEvent.findMany({
      where: { orgId: s.org.id, kind: "waitlist.promoted" },
    });
    // The facts of the moment travel with the event (issue 11): the session and the balance after the charge.
    expect(outbox.map((o) => o.payload)).toMatchObject([
      {
        occurrenceId: tue!.id,
        bookingId: w3.booking.id,
        personId: m3!.personId,
        passId: passes[2]!.id,
        pass: { passId: passes[2]!.id, remaining: 9 },
      },
    ]);
    expect(await ledgerMismatches(s)).toEqual([]);
  });

  it("a member cannot cancel a confirmed booking after the cancellation deadline", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    await s.grant(m!, s.yogaPass.id);
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    const b = await uc.bookSession(s.deps, m!, { occurrenceId: tue!.id });
    s.clock.set(new Date(tue!.startsAt.getTime() - 119 * 60_000)); // deadline: 120 minutes before
    const before = await snapshot(s);
    await expect(uc.cancelBooking(s.deps, m!, { bookingId: b.booking.id })).rejects.toEqual(
      refusal(ErrorCode.CancellationDeadlinePassed),
    );
    expect(await snapshot(s)).toEqual(before);
  });

  it("leaving the waitlist is allowed after the cancellation deadline and refunds nothing (nothing was charged)", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const [m1, m2, m3] = s.members;
    for (const m of [m1!, m2!, m3!]) await s.grant(m, s.yogaPass.id);
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    await uc.bookSession(s.deps, m1!, { occurrenceId: tue!.id });
    await uc.bookSession(s.deps, m2!, { occurrenceId: tue!.id });
    const w = await uc.bookSession(s.deps, m3!, { occurrenceId: tue!.id });
    s.clock.set(new Date(tue!.startsAt.getTime() - 10 * 60_000));
    const r = await uc.cancelBooking(s.deps, m3!, { bookingId: w.booking.id });
    expect(r.refunded).toBe(false);
    expect(await s.prisma.passLedger.count({ where: { refundBookingId: w.booking.id } })).toBe(0);
  });

  it("a member cannot cancel someone else's booking (it is not found) and a cancelled booking cannot be cancelled again", async () => {
    const s = await buildStudio(getDb());
    const [m1, m2] = s.members;
    await s.grant(m1!, s.yogaPass.id);
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    const b = await uc.bookSession(s.deps, m1!, { occurrenceId: tue!.id });
    await expect(uc.cancelBooking(s.deps, m2!, { bookingId: b.booking.id })).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
    await uc.cancelBooking(s.deps, m1!, { bookingId: b.booking.id });
    const before = await snapshot(s);
    await expect(uc.cancelBooking(s.deps, m1!, { bookingId: b.booking.id })).rejects.toEqual(
      refusal(ErrorCode.NotBooked),
    );
    expect(await snapshot(s)).toEqual(before);
  });

  it("promotion skips a waitlisted member with no usable pass, records why, and promotes the next one", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const [m1, m2, m3, m4] = s.members;
    await s.grant(m1!, s.yogaPass.id);
    await s.grant(m2!, s.yogaPass.id);
    const combo = (await s.grant(m3!, s.comboPass.id)).pass; // 3 sessions, m3 will spend them elsewhere
    await s.grant(m4!, s.yogaPass.id);
    const occ = await s.occurrencesOf(s.yogaSchedule.id);
    const tue = occ[1]!;
    const b1 = await uc.bookSession(s.deps, m1!, { occurrenceId: tue.id });
    await uc.bookSession(s.deps, m2!, { occurrenceId: tue.id });
    const w3 = await uc.bookSession(s.deps, m3!, { occurrenceId: tue.id });
    const w4 = await uc.bookSession(s.deps, m4!, { occurrenceId: tue.id });
    for (const o of occ.slice(2, 5)) await uc.bookSession(s.deps, m3!, { occurrenceId: o.id }); // empties the combo pass
    expect((await s.prisma.pass.findUniqueOrThrow({ where: { id: combo.id } })).remaining).toBe(0);

    const r = await uc.cancelBooking(s.deps, m1!, { bookingId: b1.booking.id });
    expect(r.promotion.skipped).toEqual([
      { bookingId: w3.booking.id, personId: m3!.personId, reason: "no_usable_pass" },
    ]);
    expect(r.promotion.promoted.map((p) => p.bookingId)).toEqual([w4.booking.id]);
    const skipped = await s.prisma.booking.findUniqueOrThrow({ where: { id: w3.booking.id } });
    expect(skipped).toMatchObject({ status: "cancelled", cancelReason: "no_usable_pass" });
    const kinds = await s.prisma.outboxEvent.findMany({
      where: { orgId: s.org.id, kind: { startsWith: "waitlist." } },
      orderBy: { id: "asc" },
    });
    expect(kinds.map((k) => k.kind)).toEqual(["waitlist.skipped", "waitlist.promoted"]);
    expect(await ledgerMismatches(s)).toEqual([]);
  });

  it("a promoted member is charged the pass they chose when joining, if it is still usable", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const [m1, m2, m3] = s.members;
    await s.grant(m1!, s.yogaPass.id);
    await s.grant(m2!, s.yogaPass.id);
    const chosen = (await s.grant(m3!, s.yogaPass.id)).pass;
    await s.grant(m3!, s.comboPass.id); // expires first, but not chosen
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    const b1 = await uc.bookSession(s.deps, m1!, { occurrenceId: tue!.id });
    await uc.bookSession(s.deps, m2!, { occurrenceId: tue!.id });
    await uc.bookSession(s.deps, m3!, { occurrenceId: tue!.id, passId: chosen.id });
    const r = await uc.cancelBooking(s.deps, m1!, { bookingId: b1.booking.id });
    expect(r.promotion.promoted[0]?.passId).toBe(chosen.id);
  });
});
