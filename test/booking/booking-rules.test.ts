import { expect, it } from "vitest";
import { ErrorCode } from "../../src/domain/errors.ts";
import * as uc from "../../src/use-cases/index.ts";
import { buildStudio, DAY, describeOnBothBackends, HOUR, ledgerMismatches, snapshot } from "./studio.ts";

const refusal = (code: string) => expect.objectContaining({ name: "DomainError", code });

describeOnBothBackends("booking rules", (getDb) => {
  it("a booking with a free spot is confirmed and deducts exactly one session from the pass", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    const { pass } = await s.grant(m!, s.yogaPass.id);
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    const r = await uc.bookSession(s.deps, m!, { occurrenceId: tue!.id });
    expect(r.status).toBe("confirmed");
    expect(r.pass.id).toBe(pass.id);
    expect((await s.prisma.pass.findUniqueOrThrow({ where: { id: pass.id } })).remaining).toBe(9);
    const ledger = await s.prisma.passLedger.findMany({ where: { passId: pass.id, kind: "deduct" } });
    expect(ledger).toEqual([expect.objectContaining({ amount: 1, chargeBookingId: r.booking.id })]);
    expect(await ledgerMismatches(s)).toEqual([]);
  });

  it("a full session waitlists the member and deducts nothing", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    for (const m of s.members.slice(0, 4)) await s.grant(m, s.yogaPass.id);
    const results = [];
    for (const m of s.members.slice(0, 4))
      results.push(await uc.bookSession(s.deps, m, { occurrenceId: tue!.id }));
    expect(results.map((r) => r.status)).toEqual(["confirmed", "confirmed", "waitlisted", "waitlisted"]);
    expect(results.map((r) => r.waitlistPosition)).toEqual([null, null, 1, 2]);
    const waitlistedPass = await s.prisma.pass.findUniqueOrThrow({ where: { id: results[2]!.pass.id } });
    expect(waitlistedPass.remaining).toBe(10);
  });

  it("booking needs a usable pass: wrong type, expired at the session's start, not yet valid, or empty are refused", async () => {
    const s = await buildStudio(getDb());
    const [m1, m2, m3, m4] = s.members;
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    await s.grant(m1!, s.spinPass.id); // wrong training type
    await s.grant(m2!, s.yogaPass.id, new Date(tue!.startsAt.getTime() - 91 * DAY)); // expired before Tuesday 09:00
    await s.grant(m3!, s.yogaPass.id, new Date(tue!.startsAt.getTime() + HOUR)); // starts after the session
    const before = await snapshot(s);
    for (const m of [m1!, m2!, m3!, m4!]) {
      await expect(uc.bookSession(s.deps, m, { occurrenceId: tue!.id })).rejects.toEqual(
        refusal(ErrorCode.NoUsablePass),
      );
    }
    expect(await snapshot(s)).toEqual(before);
  });

  it("an emptied pass is not usable", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    await s.grant(m!, s.comboPass.id); // 3 sessions
    const occ = await s.occurrencesOf(s.yogaSchedule.id);
    for (const o of occ.slice(1, 4)) await uc.bookSession(s.deps, m!, { occurrenceId: o.id });
    await expect(uc.bookSession(s.deps, m!, { occurrenceId: occ[4]!.id })).rejects.toEqual(
      refusal(ErrorCode.NoUsablePass),
    );
  });

  it("with several usable passes the member is asked to choose, expiring first offered first; the chosen pass is charged", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    const yogaPass = (await s.grant(m!, s.yogaPass.id)).pass;
    const combo = (await s.grant(m!, s.comboPass.id)).pass; // expires first (14 days)
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    const err = await uc.bookSession(s.deps, m!, { occurrenceId: tue!.id }).catch((e: unknown) => e);
    expect(err).toEqual(refusal(ErrorCode.PassChoiceNeeded));
    const offered = (err as { context: { passes: Array<{ id: string }> } }).context.passes.map((p) => p.id);
    expect(offered).toEqual([combo.id, yogaPass.id]);
    const r = await uc.bookSession(s.deps, m!, { occurrenceId: tue!.id, passId: yogaPass.id });
    expect(r.pass.id).toBe(yogaPass.id);
    expect((await s.prisma.pass.findUniqueOrThrow({ where: { id: yogaPass.id } })).remaining).toBe(9);
    expect((await s.prisma.pass.findUniqueOrThrow({ where: { id: combo.id } })).remaining).toBe(3);
  });

  it("the default pass, when the member takes it, is the one expiring first", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    await s.grant(m!, s.yogaPass.id);
    const combo = (await s.grant(m!, s.comboPass.id)).pass;
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    const r = await uc.bookSession(s.deps, m!, { occurrenceId: tue!.id, useDefaultPass: true });
    expect(r.pass.id).toBe(combo.id);
  });

  it("a pass that does not apply cannot be forced by naming it", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    await s.grant(m!, s.yogaPass.id);
    const spin = (await s.grant(m!, s.spinPass.id)).pass;
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    await expect(uc.bookSession(s.deps, m!, { occurrenceId: tue!.id, passId: spin.id })).rejects.toEqual(
      refusal(ErrorCode.PassNotUsable),
    );
  });

  it("a member cannot hold two active bookings on one occurrence (confirmed or waitlisted)", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const [m1, m2, m3] = s.members;
    for (const m of [m1!, m2!, m3!]) await s.grant(m, s.yogaPass.id);
    const [, tue] = await s.occurrencesOf(s.yogaSchedule.id);
    await uc.bookSession(s.deps, m1!, { occurrenceId: tue!.id });
    await uc.bookSession(s.deps, m3!, { occurrenceId: tue!.id });
    expect((await uc.bookSession(s.deps, m2!, { occurrenceId: tue!.id })).status).toBe("waitlisted");
    const before = await snapshot(s);
    await expect(uc.bookSession(s.deps, m1!, { occurrenceId: tue!.id })).rejects.toEqual(
      refusal(ErrorCode.AlreadyBooked),
    );
    await expect(uc.bookSession(s.deps, m2!, { occurrenceId: tue!.id })).rejects.toEqual(
      refusal(ErrorCode.AlreadyBooked),
    );
    expect(await snapshot(s)).toEqual(before);
  });

  it("no booking after the booking deadline, on a started session, or on a cancelled one", async () => {
    const s = await buildStudio(getDb());
    const [m] = s.members;
    await s.grant(m!, s.yogaPass.id);
    const [mon, tue, wed] = await s.occurrencesOf(s.yogaSchedule.id);
    await uc.cancelOccurrence(s.deps, s.trainer, { occurrenceId: wed!.id, reason: "Flood" });
    s.clock.set(new Date(mon!.startsAt.getTime() - 20 * 60_000)); // deadline is 30 minutes before
    const before = await snapshot(s);
    await expect(uc.bookSession(s.deps, m!, { occurrenceId: mon!.id })).rejects.toEqual(
      refusal(ErrorCode.BookingDeadlinePassed),
    );
    s.clock.set(new Date(mon!.startsAt.getTime() + 60_000));
    await expect(uc.bookSession(s.deps, m!, { occurrenceId: mon!.id })).rejects.toEqual(
      refusal(ErrorCode.SessionStarted),
    );
    await expect(uc.bookSession(s.deps, m!, { occurrenceId: wed!.id })).rejects.toEqual(
      refusal(ErrorCode.SessionCancelled),
    );
    expect(await snapshot(s)).toEqual(before);
    s.clock.set(new Date(tue!.startsAt.getTime() - 31 * 60_000)); // just inside Tuesday's deadline
    expect((await uc.bookSession(s.deps, m!, { occurrenceId: tue!.id })).status).toBe("confirmed");
  });

  it("an unknown session id and another organization's session are both not found", async () => {
    const s = await buildStudio(getDb());
    const other = await buildStudio(getDb());
    const [m] = s.members;
    await s.grant(m!, s.yogaPass.id);
    const [, foreignTue] = await other.occurrencesOf(other.yogaSchedule.id);
    await expect(uc.bookSession(s.deps, m!, { occurrenceId: "nope" })).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
    await expect(uc.bookSession(s.deps, m!, { occurrenceId: foreignTue!.id })).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
    await expect(uc.sessionDetail(s.deps, m!, { occurrenceId: foreignTue!.id })).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
    await expect(uc.roster(s.deps, s.trainer, { occurrenceId: foreignTue!.id })).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
  });

  it("my bookings lists only the member's own bookings, upcoming soonest first and past latest first, with status", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const [m1, m2, m3] = s.members;
    for (const m of [m1!, m2!, m3!]) await s.grant(m, s.yogaPass.id);
    const occ = await s.occurrencesOf(s.yogaSchedule.id);
    await uc.bookSession(s.deps, m1!, { occurrenceId: occ[3]!.id });
    await uc.bookSession(s.deps, m1!, { occurrenceId: occ[1]!.id });
    await uc.bookSession(s.deps, m2!, { occurrenceId: occ[2]!.id });
    await uc.bookSession(s.deps, m3!, { occurrenceId: occ[2]!.id });
    await uc.bookSession(s.deps, m1!, { occurrenceId: occ[2]!.id }); // waitlisted behind m2 and m3
    const b5 = await uc.bookSession(s.deps, m1!, { occurrenceId: occ[5]!.id });
    await uc.cancelBooking(s.deps, m1!, { bookingId: b5.booking.id });
    s.clock.set(new Date(occ[2]!.startsAt.getTime() + HOUR)); // Wednesday after class
    const mine = await uc.myBookings(s.deps, m1!);
    expect(mine.upcoming.map((b) => [b.occurrenceId, b.status])).toEqual([
      [occ[3]!.id, "confirmed"],
      [occ[5]!.id, "cancelled"],
    ]);
    const past = await uc.pastBookings(s.deps, m1!, { page: 0, size: 5 });
    expect(past.items.map((b) => [b.occurrenceId, b.status])).toEqual([
      [occ[2]!.id, "waitlisted"],
      [occ[1]!.id, "confirmed"],
    ]);
    expect(past.hasMore).toBe(false);
    // One page at a time, latest first: a page of one has the older one after it.
    const first = await uc.pastBookings(s.deps, m1!, { page: 0, size: 1 });
    const second = await uc.pastBookings(s.deps, m1!, { page: 1, size: 1 });
    expect([first.items.map((b) => b.occurrenceId), first.hasMore]).toEqual([[occ[2]!.id], true]);
    expect([second.items.map((b) => b.occurrenceId), second.hasMore]).toEqual([[occ[1]!.id], false]);
    expect([...mine.upcoming, ...past.items].every((b) => b.personId === m1!.personId)).toBe(true);
  });
});
