import { afterAll, beforeAll, expect, it } from "vitest";
import { isDomainError } from "../../src/domain/errors.ts";
import * as uc from "../../src/use-cases/index.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { buildStudio, ledgerMismatches } from "./studio.ts";

const RACERS = 200;
const CAPACITY = 10;

describePg("booking races on real PostgreSQL", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestPgDatabase(20);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it(`${RACERS} bookings raced at once for ${CAPACITY} spots, with cancels and cross-session debits interleaved, end with exactly ${CAPACITY} confirmed and a FIFO waitlist`, async () => {
    const s = await buildStudio(db, { yogaCapacity: CAPACITY, members: RACERS });
    const occ = await s.occurrencesOf(s.yogaSchedule.id);
    const target = occ[1]!;
    const other = occ[2]!;
    // Each member holds two passes; every fifth member has a one-session pass only, which a second
    // booking on another session races for at the same moment.
    const choice = new Map<string, string>();
    for (const [i, m] of s.members.entries()) {
      if (i % 5 === 4) {
        const single = await uc.createPassType(s.deps, s.admin, {
          name: `Single ${i}`,
          sessions: 1,
          validityDays: 30,
          trainingTypeIds: [s.yoga.id],
        });
        choice.set(m.personId, (await s.grant(m, single.id)).pass.id);
      } else {
        const a = (await s.grant(m, s.yogaPass.id)).pass;
        const b = (await s.grant(m, s.comboPass.id)).pass;
        choice.set(m.personId, i % 2 === 0 ? a.id : b.id);
      }
    }

    const cancels: Array<Promise<unknown>> = [];
    const outcomes = await Promise.all(
      s.members.flatMap((m, i) => {
        const passId = choice.get(m.personId)!;
        const book = uc.bookSession(s.deps, m, { occurrenceId: target.id, passId }).then(
          (r) => {
            // Every seventh confirmed member changes their mind at once: cancels race the bookings.
            if (r.status === "confirmed" && i % 7 === 0)
              cancels.push(uc.cancelBooking(s.deps, m, { bookingId: r.booking.id }));
            return r.status;
          },
          (e: unknown) => (isDomainError(e) ? e.code : Promise.reject(e)),
        );
        const racer =
          i % 5 === 4
            ? [
                uc.bookSession(s.deps, m, { occurrenceId: other.id, passId }).then(
                  (r) => r.status,
                  (e: unknown) => (isDomainError(e) ? e.code : Promise.reject(e)),
                ),
              ]
            : [];
        return [book, ...racer];
      }),
    );
    await Promise.all(cancels);
    expect(
      outcomes.every((o) => ["confirmed", "waitlisted", "no_usable_pass", "pass_not_usable"].includes(o)),
    ).toBe(true);

    const bookings = await s.prisma.booking.findMany({
      where: { occurrenceId: target.id },
      orderBy: { seq: "asc" },
    });
    const confirmed = bookings.filter((b) => b.status === "confirmed");
    const waitlisted = bookings.filter((b) => b.status === "waitlisted");
    expect(confirmed).toHaveLength(CAPACITY);
    expect(cancels.length).toBeGreaterThan(0);

    // FIFO: everyone promoted joined before everyone still waiting.
    const promotedIds = new Set(
      (await s.prisma.outboxEvent.findMany({ where: { orgId: s.org.id, kind: "waitlist.promoted" } })).map(
        (e) => (e.payload as { bookingId: string }).bookingId,
      ),
    );
    const promoted = bookings.filter((b) => promotedIds.has(b.id));
    expect(promoted.length).toBeGreaterThan(0);
    let maxPromotedSeq = 0n; // bigint: Math.max does not take it
    for (const b of promoted) if (b.seq > maxPromotedSeq) maxPromotedSeq = b.seq;
    expect(waitlisted.every((b) => b.seq > maxPromotedSeq)).toBe(true);

    // No pass charged twice; ledger equals balances; single-session passes spent at most once.
    const deducts = await s.prisma.passLedger.findMany({
      where: { kind: "deduct", pass: { orgId: s.org.id } },
    });
    const perBooking = new Map<string, number>();
    for (const d of deducts)
      perBooking.set(d.chargeBookingId!, (perBooking.get(d.chargeBookingId!) ?? 0) + 1);
    expect([...perBooking.values()].every((n) => n === 1)).toBe(true);
    const charged = bookings.filter((b) => b.status === "confirmed" || b.cancelReason === "member_cancelled");
    expect(charged.every((b) => perBooking.get(b.id) === 1)).toBe(true);
    expect(waitlisted.every((b) => !perBooking.has(b.id))).toBe(true);
    expect(await ledgerMismatches(s)).toEqual([]);
    expect(await s.prisma.pass.count({ where: { orgId: s.org.id, remaining: { lt: 0 } } })).toBe(0);
  });
});
