import { expect, it } from "vitest";
import { ErrorCode } from "../../src/domain/errors.ts";
import type { BookingStore } from "../../src/ports/booking-store.ts";
import * as uc from "../../src/use-cases/index.ts";
import { buildStudio, describeOnBothBackends, HOUR, ledgerMismatches } from "./studio.ts";

const refusal = (code: string) => expect.objectContaining({ name: "DomainError", code });

/**
 * Each branch of the booking fast path (src/use-cases/booking/book-session.ts), reached on purpose:
 * a stale read read again, a due promotion handed to the transaction, and re-reads exhausted.
 */
describeOnBothBackends("booking fast path branches", (getDb) => {
  it("stale: a read from before an override is read again; the booking follows the session's new time", async () => {
    const s = await buildStudio(getDb());
    const [m1] = s.members;
    await s.grant(m1!, s.yogaPass.id);
    const tue = (await s.occurrencesOf(s.yogaSchedule.id))[1]!;
    const read = await s.deps.store.loadForBooking(s.org.id, tue.id, m1!.personId);
    const moved = new Date(tue.startsAt.getTime() + 2 * HOUR);
    await uc.overrideOccurrence(s.deps, s.trainer, { occurrenceId: tue.id, startsAt: moved });
    const r = await uc.bookSession(s.deps, m1!, { occurrenceId: tue.id, read: read! });
    expect(r.status).toBe("confirmed");
    // The reply's session is the fresh read, not the stale one.
    expect(r.occurrence.startsAt.toISOString()).toBe(moved.toISOString());
    expect(await ledgerMismatches(s)).toEqual([]);
  });

  it("stale: a read from before the session was cancelled ends in the cancelled refusal, nothing charged", async () => {
    const s = await buildStudio(getDb());
    const [m1] = s.members;
    const pass = (await s.grant(m1!, s.yogaPass.id)).pass;
    const wed = (await s.occurrencesOf(s.yogaSchedule.id))[2]!;
    const read = await s.deps.store.loadForBooking(s.org.id, wed.id, m1!.personId);
    await uc.cancelOccurrence(s.deps, s.trainer, { occurrenceId: wed.id });
    await expect(uc.bookSession(s.deps, m1!, { occurrenceId: wed.id, read: read! })).rejects.toEqual(
      refusal(ErrorCode.SessionCancelled),
    );
    expect((await s.prisma.pass.findUniqueOrThrow({ where: { id: pass.id } })).remaining).toBe(10);
    expect(await s.prisma.booking.count({ where: { occurrenceId: wed.id } })).toBe(0);
  });

  it("needs_promotion: with free spots and people waiting, the first in line is promoted before the newcomer", async () => {
    const s = await buildStudio(getDb(), { yogaCapacity: 2 });
    const [m1, m2, m3, m4] = s.members;
    for (const m of [m1!, m2!, m3!, m4!]) await s.grant(m, s.yogaPass.id);
    const thu = (await s.occurrencesOf(s.yogaSchedule.id))[3]!;
    await uc.bookSession(s.deps, m1!, { occurrenceId: thu.id });
    await uc.bookSession(s.deps, m2!, { occurrenceId: thu.id });
    const waiting = await uc.bookSession(s.deps, m3!, { occurrenceId: thu.id });
    expect(waiting.status).toBe("waitlisted");
    // A spot freed without a promotion (written past the use cases): the next booking must promote.
    await s.prisma.occurrence.update({ where: { id: thu.id }, data: { capacity: 3 } });
    const r = await uc.bookSession(s.deps, m4!, { occurrenceId: thu.id });
    expect(r.status).toBe("waitlisted");
    const m3Booking = await s.prisma.booking.findUniqueOrThrow({ where: { id: waiting.booking.id } });
    expect(m3Booking.status).toBe("confirmed");
    const promoted = await s.prisma.outboxEvent.findMany({
      where: { orgId: s.org.id, kind: "waitlist.promoted" },
    });
    expect(promoted.length).toBe(1);
    expect(await ledgerMismatches(s)).toEqual([]);
  });

  it("re-reads exhausted: a session that keeps changing under the fast path is booked by the transaction", async () => {
    const s = await buildStudio(getDb());
    const [m1] = s.members;
    await s.grant(m1!, s.yogaPass.id);
    const fri = (await s.occurrencesOf(s.yogaSchedule.id))[4]!;
    let oneStepCalls = 0;
    const alwaysStale: BookingStore = {
      ...s.deps.store,
      transaction: (fn) => s.deps.store.transaction(fn),
      singleRead: (fn) => s.deps.store.singleRead(fn),
      loadForBooking: (...a) => s.deps.store.loadForBooking(...a),
      bookInOneStep: async () => {
        oneStepCalls++;
        return { outcome: "stale" };
      },
    };
    const r = await uc.bookSession({ ...s.deps, store: alwaysStale }, m1!, { occurrenceId: fri.id });
    expect(oneStepCalls).toBe(3);
    expect(r.status).toBe("confirmed");
    expect(r.pass.remaining).toBe(9);
    const rows = await s.prisma.booking.findMany({ where: { occurrenceId: fri.id } });
    expect(rows.map((b) => [b.personId, b.status])).toEqual([[m1!.personId, "confirmed"]]);
    expect(await ledgerMismatches(s)).toEqual([]);
  });
});
