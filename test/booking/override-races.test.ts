import { afterAll, beforeAll, expect, it } from "vitest";
import { ErrorCode, isDomainError } from "../../src/domain/errors.ts";
import * as uc from "../../src/use-cases/index.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { buildStudio, HOUR, ledgerMismatches, type Studio } from "./studio.ts";

const MEMBERS = 30;

const outcome = <T>(p: Promise<T>) =>
  p.then(
    (r) => r,
    (e: unknown) => (isDomainError(e) ? e.code : Promise.reject(e)),
  );

/** Deducts per booking of the session: a pass is charged at most once for one booking. */
async function chargesPerBooking(s: Studio, occurrenceId: string): Promise<number[]> {
  const bookings = await s.prisma.booking.findMany({ where: { occurrenceId }, orderBy: { seq: "asc" } });
  const ledger = await s.prisma.passLedger.findMany({
    where: { chargeBookingId: { in: bookings.map((b) => b.id) } },
  });
  return bookings.map((b) => ledger.filter((l) => l.chargeBookingId === b.id).length);
}

/** Issue 25: overrides and session cancellations race bookings, not only bookings and cancels. */
describePg("overrides and session cancellations racing bookings (real PostgreSQL)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestPgDatabase(16);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it(`${MEMBERS} bookings race capacity raises, a move and a new trainer: capacity holds, each pass charged once, each change tells each booked member once`, async () => {
    const s = await buildStudio(db, { yogaCapacity: 3, members: MEMBERS });
    for (const m of s.members) await s.grant(m, s.yogaPass.id);
    const tue = (await s.occurrencesOf(s.yogaSchedule.id))[1]!;
    // Three members are booked before anything races: every change must tell them, once each.
    const early = s.members.slice(0, 3);
    for (const m of early) await uc.bookSession(s.deps, m, { occurrenceId: tue.id });
    // The two capacity raises are one trainer's two steps, in order (3 -> 5 -> 8): run side by side,
    // the later "5" could land last and the session would end at 5, which no rule forbids.
    const overrides = [
      async () => {
        await uc.overrideOccurrence(s.deps, s.trainer, { occurrenceId: tue.id, capacity: 5 });
        return uc.overrideOccurrence(s.deps, s.trainer, { occurrenceId: tue.id, capacity: 8 });
      },
      () => uc.overrideOccurrence(s.deps, s.admin, { occurrenceId: tue.id, trainerId: s.trainer2.personId }),
      () =>
        uc.overrideOccurrence(s.deps, s.trainer, {
          occurrenceId: tue.id,
          startsAt: new Date(tue.startsAt.getTime() + 2 * HOUR),
        }),
    ];
    const racers = s.members.slice(3);
    const results = await Promise.all([
      ...racers.map((m) => outcome(uc.bookSession(s.deps, m, { occurrenceId: tue.id }))),
      ...overrides.map((o) => outcome(o())),
    ]);
    // Capacity only went up (3, 5, 8): whatever the order, at most 8 are confirmed, the rest wait.
    const refused = results.filter((r) => typeof r === "string");
    expect(refused).toEqual([]);
    const rows = await s.prisma.booking.findMany({
      where: { occurrenceId: tue.id },
      orderBy: { seq: "asc" },
    });
    const confirmed = rows.filter((b) => b.status === "confirmed");
    expect(rows.length).toBe(MEMBERS);
    expect(confirmed.length).toBe(8);
    expect(rows.filter((b) => b.status === "waitlisted").length).toBe(MEMBERS - 8);
    // Nobody jumped the queue: the confirmed are the first 8 to arrive.
    expect(confirmed.map((b) => b.id)).toEqual(rows.slice(0, 8).map((b) => b.id));
    expect(await chargesPerBooking(s, tue.id)).toEqual(rows.map((b) => (b.status === "confirmed" ? 1 : 0)));
    expect(await ledgerMismatches(s)).toEqual([]);
    // Each member-facing change (trainer, time) is one outbox row naming each booked member once,
    // every member booked before the race among them.
    const events = await s.prisma.outboxEvent.findMany({
      where: { orgId: s.org.id, kind: { in: ["occurrence.updated", "occurrence.rescheduled"] } },
    });
    const told = events
      .map((e) => e.payload as { notify: string[]; changes: string[] })
      .filter((p) => p.changes.some((c) => c !== "capacity"));
    expect(told.length).toBe(2);
    for (const p of told) {
      expect(new Set(p.notify).size).toBe(p.notify.length);
      for (const m of early) expect(p.notify).toContain(m.personId);
      const active = new Set(rows.map((b) => b.personId));
      for (const id of p.notify) expect(active.has(id)).toBe(true);
    }
  });

  it(`${MEMBERS} bookings race the session's cancellation: nobody stays booked, every charge is refunded once, every booking is in the notice once`, async () => {
    const s = await buildStudio(db, { yogaCapacity: 10, members: MEMBERS });
    for (const m of s.members) await s.grant(m, s.yogaPass.id);
    const wed = (await s.occurrencesOf(s.yogaSchedule.id))[2]!;
    const half = MEMBERS / 2;
    const results = await Promise.all([
      ...s.members.slice(0, half).map((m) => outcome(uc.bookSession(s.deps, m, { occurrenceId: wed.id }))),
      outcome(uc.cancelOccurrence(s.deps, s.trainer, { occurrenceId: wed.id, reason: "flood" })),
      ...s.members.slice(half).map((m) => outcome(uc.bookSession(s.deps, m, { occurrenceId: wed.id }))),
    ]);
    // Bookings after the cancellation are refused as cancelled; none fails otherwise.
    for (const r of results)
      if (typeof r === "string")
        expect([ErrorCode.SessionCancelled, ErrorCode.BookingDeadlinePassed]).toContain(r);
    const rows = await s.prisma.booking.findMany({ where: { occurrenceId: wed.id } });
    expect(rows.filter((b) => b.status !== "cancelled")).toEqual([]);
    const booked = results.filter((r) => typeof r !== "string" && "booking" in r).length;
    expect(rows.length).toBe(booked);
    // Every pass is whole again: charged at most once, refunded once.
    for (const p of await s.prisma.pass.findMany({ where: { orgId: s.org.id } }))
      expect(p.remaining).toBe(10);
    const refunds = await s.prisma.passLedger.count({
      where: { refundBookingId: { in: rows.map((b) => b.id) } },
    });
    expect(refunds).toBe(rows.filter((b) => b.passId !== null && b.confirmedAt !== null).length);
    expect(await ledgerMismatches(s)).toEqual([]);
    const cancelled = await s.prisma.outboxEvent.findMany({
      where: { orgId: s.org.id, kind: "occurrence.cancelled" },
    });
    expect(cancelled.length).toBe(1);
    const listed = (cancelled[0]!.payload as { refunds: Array<{ bookingId: string; personId: string }> })
      .refunds;
    expect(listed.map((r) => r.bookingId).sort()).toEqual(rows.map((b) => b.id).sort());
    expect(new Set(listed.map((r) => r.personId)).size).toBe(listed.length);
  });
});
