import fc from "fast-check";
import { expect, it } from "vitest";
import { isDomainError } from "../../src/domain/errors.ts";
import * as uc from "../../src/use-cases/index.ts";
import { buildStudio, describeOnBothBackends, HOUR, ledgerMismatches, type Studio } from "./studio.ts";

/** One random step of studio life. Indices pick members, sessions and pass types from small pools. */
const command = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({ op: fc.constant("book" as const), m: fc.nat(7), o: fc.nat(1), pick: fc.nat(3) }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("cancel" as const), m: fc.nat(7), o: fc.nat(1) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("override" as const),
      o: fc.nat(2),
      capacity: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      shiftHours: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      swapTrainer: fc.boolean(),
      reset: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("cancelOccurrence" as const), o: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("grant" as const), m: fc.nat(7), t: fc.nat(2) }) },
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

interface State {
  bookings: Map<string, { status: string; seq: bigint; occurrenceId: string; cancelReason: string | null }>;
  occurrences: Map<string, { capacity: number; status: string; overriddenAt: number | null }>;
  outbox: Array<{ kind: string; payload: Record<string, unknown> }>;
  passes: number;
}

async function readState(s: Studio, outboxAfter: bigint): Promise<State> {
  const where = { orgId: s.org.id };
  const [bookings, occurrences, outbox, passes] = await Promise.all([
    s.prisma.booking.findMany({ where }),
    s.prisma.occurrence.findMany({ where }),
    s.prisma.outboxEvent.findMany({ where: { ...where, id: { gt: outboxAfter } }, orderBy: { id: "asc" } }),
    s.prisma.pass.count({ where }),
  ]);
  return {
    bookings: new Map(
      bookings.map((b) => [
        b.id,
        { status: b.status, seq: b.seq, occurrenceId: b.occurrenceId, cancelReason: b.cancelReason },
      ]),
    ),
    occurrences: new Map(
      occurrences.map((o) => [
        o.id,
        { capacity: o.capacity, status: o.status, overriddenAt: o.overriddenAt?.getTime() ?? null },
      ]),
    ),
    outbox: outbox.map((e) => ({ kind: e.kind, payload: e.payload as Record<string, unknown> })),
    passes,
  };
}

/** Bookings tried and made: a booking path that refuses everything must fail the property. */
const tally = { tried: 0, made: 0 };

async function run(s: Studio, sessions: string[], passTypes: string[], c: Command): Promise<void> {
  const member = s.members[("m" in c ? c.m : 0) % s.members.length]!;
  const occurrenceId = sessions[("o" in c ? c.o : 0) % sessions.length]!;
  const swallow = (e: unknown): false => {
    if (!isDomainError(e)) throw e; // only typed refusals are acceptable outcomes
    return false;
  };
  switch (c.op) {
    case "book": {
      const passes = await uc.myPasses(s.deps, member);
      const passId = c.pick === 0 ? undefined : passes[c.pick % Math.max(1, passes.length)]?.id;
      tally.tried++;
      const made = await uc
        .bookSession(s.deps, member, { occurrenceId, passId, useDefaultPass: true })
        .then(() => true, swallow);
      if (made) tally.made++;
      return;
    }
    case "cancel": {
      const mine = await uc.myBookings(s.deps, member);
      const b = mine.upcoming.find((x) => x.occurrenceId === occurrenceId && x.status !== "cancelled");
      if (b) await uc.cancelBooking(s.deps, member, { bookingId: b.id }).catch(swallow);
      return;
    }
    case "override": {
      const current = await s.prisma.occurrence.findUniqueOrThrow({ where: { id: occurrenceId } });
      await uc
        .overrideOccurrence(s.deps, s.trainer, {
          occurrenceId,
          capacity: c.capacity,
          startsAt: c.shiftHours ? new Date(current.startsAt.getTime() + c.shiftHours * HOUR) : undefined,
          trainerId: c.swapTrainer
            ? current.trainerId === s.trainer.personId
              ? s.trainer2.personId
              : s.trainer.personId
            : undefined,
          cancelExistingBookings: c.reset,
        })
        .catch(swallow);
      return;
    }
    case "cancelOccurrence":
      await uc.cancelOccurrence(s.deps, s.trainer, { occurrenceId, reason: "property test" }).catch(swallow);
      return;
    case "grant":
      await s.grant(member, passTypes[c.t % passTypes.length]!).catch(swallow);
      return;
  }
}

/** The invariants that must hold after every step, given the state before and after it. */
async function checkStep(s: Studio, before: State, after: State): Promise<void> {
  // Capacity: a step may never confirm anyone into a session that is at or over its capacity.
  for (const [id, occ] of after.occurrences) {
    const confirmedAfter = [...after.bookings.values()].filter(
      (b) => b.occurrenceId === id && b.status === "confirmed",
    ).length;
    const confirmedBefore = [...before.bookings.values()].filter(
      (b) => b.occurrenceId === id && b.status === "confirmed",
    ).length;
    if (confirmedAfter > occ.capacity) expect(confirmedAfter).toBeLessThanOrEqual(confirmedBefore);
  }
  // Balance: remaining = granted - deducted + refunded >= 0 for every pass.
  expect(await ledgerMismatches(s)).toEqual([]);
  // FIFO: whoever was promoted in this step joined before everyone still waiting on that session.
  const promotedNow = [...after.bookings].filter(
    ([id, b]) => b.status === "confirmed" && before.bookings.get(id)?.status === "waitlisted",
  );
  for (const [, p] of promotedNow) {
    const stillWaiting = [...after.bookings.values()].filter(
      (b) => b.occurrenceId === p.occurrenceId && b.status === "waitlisted",
    );
    expect(stillWaiting.every((w) => w.seq > p.seq)).toBe(true);
  }
  // Exactly one outbox row per change.
  const count = (kind: string) => after.outbox.filter((e) => e.kind === kind).length;
  expect(count("waitlist.promoted")).toBe(promotedNow.length);
  const skippedNow = [...after.bookings].filter(
    ([id, b]) => b.cancelReason === "no_usable_pass" && before.bookings.get(id)?.status === "waitlisted",
  );
  expect(count("waitlist.skipped")).toBe(skippedNow.length);
  const newlyCancelled = [...after.occurrences].filter(
    ([id, o]) => o.status === "cancelled" && before.occurrences.get(id)?.status !== "cancelled",
  );
  expect(count("occurrence.cancelled")).toBe(newlyCancelled.length);
  const overridden = [...after.occurrences].filter(
    ([id, o]) => o.status === "scheduled" && o.overriddenAt !== before.occurrences.get(id)?.overriddenAt,
  );
  expect(count("occurrence.updated") + count("occurrence.rescheduled")).toBe(overridden.length);
  expect(count("pass.granted")).toBe(after.passes - before.passes);
}

/** Runs per backend: all of them run (2-3 s each on PGlite). PROPERTY_RUNS asks for more. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 8);

describeOnBothBackends("booking invariants under random operations", (getDb) => {
  it("after every step: confirmed <= capacity, balances match the ledger, promotions are FIFO, one outbox row per change", async () => {
    tally.tried = 0;
    tally.made = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 10, maxLength: 30 }), async (commands) => {
        runs++;
        const s = await buildStudio(getDb(), { yogaCapacity: 2, members: 8 });
        const occ = await s.occurrencesOf(s.yogaSchedule.id);
        const sessions = occ.slice(1, 3).map((o) => o.id);
        // Everyone starts with a pass (half with two), so waitlists form and promotions happen often.
        for (const [i, m] of s.members.entries()) {
          await s.grant(m, i % 3 === 2 ? s.comboPass.id : s.yogaPass.id);
          if (i % 2 === 0) await s.grant(m, s.comboPass.id);
        }
        const passTypes = [s.yogaPass.id, s.comboPass.id, s.spinPass.id];
        let lastOutbox =
          (await s.prisma.outboxEvent.findFirst({ where: { orgId: s.org.id }, orderBy: { id: "desc" } }))
            ?.id ?? 0n;
        let before = await readState(s, lastOutbox);
        // A booking that must succeed: free spots, a usable pass, booking open.
        await run(s, sessions, passTypes, { op: "book", m: 0, o: 0, pick: 0 });
        const first = await readState(s, lastOutbox);
        expect([...first.bookings.values()].filter((b) => b.status === "confirmed").length).toBe(1);
        before = { ...first, outbox: [] };
        for (const c of commands) {
          s.clock.advance(60_000); // each step happens at its own moment, so overrides are told apart
          await run(s, sessions, passTypes, c);
          const after = await readState(s, lastOutbox);
          await checkStep(s, before, after);
          lastOutbox =
            (await s.prisma.outboxEvent.findFirst({ where: { orgId: s.org.id }, orderBy: { id: "desc" } }))
              ?.id ?? 0n;
          before = { ...after, outbox: [] };
        }
      }),
      // Every run is run: no time limit cuts the property short (a short pass would hide a failure).
      { numRuns: RUNS },
    );
    // Each run starts with its first member booking a session with free spots and a usable pass;
    // commands book at random. A booking path that refused everything would make none.
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    expect(tally.made).toBeGreaterThanOrEqual(RUNS);
    expect(tally.made / tally.tried).toBeGreaterThan(0.2);
  }, 180_000);
});
