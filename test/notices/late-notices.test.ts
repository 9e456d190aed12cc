import { afterAll, beforeAll, expect, it } from "vitest";
import type { Actor } from "../../src/domain/model.ts";
import { createPrismaNoticeLoader } from "../../src/infra/prisma/notice-loader.ts";
import { composeNotice } from "../../src/notices/compose.ts";
import { createOutboxEventCache } from "../../src/notices/event-cache.ts";
import type { DeliveryRecord } from "../../src/ports/notice-deliveries.ts";
import { addMemberToIndividual } from "../../src/use-cases/booking/add-member-to-individual.ts";
import { bookSession } from "../../src/use-cases/booking/book-session.ts";
import { cancelBooking } from "../../src/use-cases/booking/cancel-booking.ts";
import { cancelOccurrence } from "../../src/use-cases/booking/cancel-occurrence.ts";
import { grantPass } from "../../src/use-cases/booking/grant-pass.ts";
import { overrideOccurrence } from "../../src/use-cases/booking/override-occurrence.ts";
import { createPassType } from "../../src/use-cases/studio/create-pass-type.ts";
import { buildDemo, dropDatabase } from "../chat/harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

/**
 * Issue 11: a notice delivered late (the relay held back, the state changed in between) reads
 * exactly as one delivered at once, for every notice kind about a change. Each case makes the
 * change through the use cases, composes its notice at once, changes the state again (the session
 * moved or its trainer changed, the pass charged or refunded, the booking cancelled), and composes
 * the same outbox row again.
 */
describePg("late notices read as immediate ones", () => {
  let db: TestDatabase;
  let demo: Awaited<ReturnType<typeof buildDemo>>;
  const ids = new Map<string, string>();
  let admin: Actor;
  const deps = () => ({ store: demo.deps.store, clock: demo.clock });
  const actor = (name: string, role: Actor["role"] = "member"): Actor => ({
    orgId: demo.orgId,
    personId: ids.get(name) ?? "",
    role,
  });

  beforeAll(async () => {
    db = await createTestPgDatabase();
    demo = await buildDemo(db.prisma);
    for (const p of await db.prisma.person.findMany()) ids.set(p.displayName, p.id);
    admin = actor("Ada", "admin");
  });
  afterAll(async () => dropDatabase(db));

  /** The session of a template at a local "yyyy-MM-dd HH:mm" (Berlin, winter: UTC+1). */
  const occurrence = async (template: string, local: string) =>
    (
      await db.prisma.occurrence.findFirstOrThrow({
        where: {
          orgId: demo.orgId,
          template: { name: template },
          startsAt: new Date(`${local.replace(" ", "T")}:00+01:00`),
        },
      })
    ).id;

  /** The newest outbox row of a kind and a delivery of it to one member. */
  const delivery = async (kind: string, to: string | null): Promise<DeliveryRecord> => {
    const row = await db.prisma.outboxEvent.findFirstOrThrow({ where: { kind }, orderBy: { id: "desc" } });
    return {
      key: `test:${row.id}:${to ?? "channel"}`,
      orgId: demo.orgId,
      kind,
      outboxId: row.id,
      subjectId: null,
      personId: to ? (ids.get(to) ?? null) : null,
      platform: "console",
      targetKind: to ? "direct" : "channel",
      targetId: to ?? "channel",
      status: "pending",
      attempts: 0,
      attemptedAt: null,
      sentAt: null,
      messageId: null,
      lastError: null,
      createdAt: new Date(),
    };
  };
  // A fresh loader and event cache each time: the second compose reads the row and the state anew.
  const compose = (d: DeliveryRecord) => {
    const loader = createPrismaNoticeLoader(db.prisma);
    return composeNotice(loader, createOutboxEventCache(loader), d);
  };
  const moveAndRetrain = async (occurrenceId: string, startsAt: string) =>
    overrideOccurrence(deps(), admin, {
      occurrenceId,
      startsAt: new Date(startsAt),
      trainerId: ids.get("Tara") ?? "",
    });

  it("waitlist.promoted: the balance after the charge, even after a cancel and a move", async () => {
    const spin = await occurrence("Spin", "2026-11-24 18:00");
    const maria = await bookSession(deps(), actor("Maria"), { occurrenceId: spin, useDefaultPass: true });
    await bookSession(deps(), actor("Leo"), { occurrenceId: spin });
    await bookSession(deps(), actor("Kim"), { occurrenceId: spin });
    await cancelBooking(deps(), actor("Maria"), { bookingId: maria.booking.id });
    const d = await delivery("waitlist.promoted", "Kim");
    const now = await compose(d);
    expect(JSON.stringify(now)).toContain("(9 sessions left)");
    const kim = await db.prisma.booking.findFirstOrThrow({
      where: { occurrenceId: spin, personId: ids.get("Kim") },
    });
    await cancelBooking(deps(), actor("Kim"), { bookingId: kim.id });
    await moveAndRetrain(spin, "2026-11-24T18:30:00Z");
    expect(await compose(d)).toEqual(now);
  });

  it("waitlist.skipped: each pass and why, as it was", async () => {
    const one = await createPassType(deps(), admin, {
      name: "Spin 1",
      sessions: 1,
      validityDays: 30,
      trainingTypeIds: [(await db.prisma.trainingType.findFirstOrThrow({ where: { name: "Spin" } })).id],
    });
    await grantPass(deps(), admin, { personId: ids.get("Noor") ?? "", passTypeId: one.id });
    const wed = await occurrence("Spin", "2026-11-25 18:00");
    const maria = await bookSession(deps(), actor("Maria"), { occurrenceId: wed, useDefaultPass: true });
    await bookSession(deps(), actor("Leo"), { occurrenceId: wed });
    await bookSession(deps(), actor("Noor"), { occurrenceId: wed }); // waitlisted, not charged
    await bookSession(deps(), actor("Noor"), { occurrenceId: await occurrence("Spin", "2026-11-26 18:00") });
    await cancelBooking(deps(), actor("Maria"), { bookingId: maria.booking.id }); // Noor's pass is empty now
    const d = await delivery("waitlist.skipped", "Noor");
    const now = await compose(d);
    expect(JSON.stringify(now)).toContain("Spin 1 has no sessions left");
    expect(JSON.stringify(now)).not.toContain("none of your passes covers");
    await grantPass(deps(), admin, { personId: ids.get("Noor") ?? "", passTypeId: one.id });
    await moveAndRetrain(wed, "2026-11-25T18:30:00Z");
    expect(await compose(d)).toEqual(now);
  });

  it("occurrence.updated and occurrence.rescheduled: the change as made, not the latest one", async () => {
    const fri = await occurrence("Spin", "2026-11-27 18:00");
    await bookSession(deps(), actor("Leo"), { occurrenceId: fri });
    await overrideOccurrence(deps(), admin, { occurrenceId: fri, trainerId: ids.get("Tara") ?? "" });
    const updated = await delivery("occurrence.updated", "Leo");
    const updatedNow = await compose(updated);
    expect(JSON.stringify(updatedNow)).toContain("Tara");
    await overrideOccurrence(deps(), admin, {
      occurrenceId: fri,
      startsAt: new Date("2026-11-27T18:00:00Z"),
    });
    const moved = await delivery("occurrence.rescheduled", "Leo");
    const movedNow = await compose(moved);
    await overrideOccurrence(deps(), admin, {
      occurrenceId: fri,
      startsAt: new Date("2026-11-28T09:00:00Z"),
      trainerId: ids.get("Sam") ?? "",
    });
    expect(await compose(updated)).toEqual(updatedNow);
    expect(await compose(moved)).toEqual(movedNow);
  });

  it("occurrence.cancelled: the refunded balance as it was after the refund", async () => {
    const sat = await occurrence("Spin", "2026-11-28 18:00");
    await bookSession(deps(), actor("Kim"), { occurrenceId: sat });
    await cancelOccurrence(deps(), actor("Sam", "trainer"), { occurrenceId: sat, reason: "Sam is ill" });
    const d = await delivery("occurrence.cancelled", "Kim");
    const now = await compose(d);
    expect(JSON.stringify(now)).toContain("Sam is ill");
    await bookSession(deps(), actor("Kim"), { occurrenceId: await occurrence("Spin", "2026-11-30 18:00") });
    expect(await compose(d)).toEqual(now);
    const channel = await delivery("occurrence.cancelled", null);
    expect(await compose(channel)).toEqual(await compose(channel));
  });

  it("occurrence.overbooked: capacity and session as they were", async () => {
    const mon = await occurrence("Spin", "2026-12-01 18:00");
    await bookSession(deps(), actor("Leo"), { occurrenceId: mon });
    await bookSession(deps(), actor("Kim"), { occurrenceId: mon });
    await overrideOccurrence(deps(), admin, { occurrenceId: mon, capacity: 1 });
    const d = await delivery("occurrence.overbooked", "Sam");
    const now = await compose(d);
    await moveAndRetrain(mon, "2026-12-01T18:30:00Z");
    expect(await compose(d)).toEqual(now);
  });

  it("booking.added_by_trainer: the pass balance after that charge", async () => {
    const pt = await occurrence("PT with Sam", "2026-11-25 10:00");
    await addMemberToIndividual(deps(), actor("Sam", "trainer"), {
      occurrenceId: pt,
      personId: ids.get("Noor") ?? "",
    });
    const d = await delivery("booking.added_by_trainer", "Noor");
    const now = await compose(d);
    expect(JSON.stringify(now)).toContain("PT 5 (4 sessions left)");
    await addMemberToIndividual(deps(), actor("Sam", "trainer"), {
      occurrenceId: await occurrence("PT with Sam", "2026-12-02 10:00"),
      personId: ids.get("Noor") ?? "",
    });
    await moveAndRetrain(pt, "2026-11-25T10:00:00Z");
    expect(await compose(d)).toEqual(now);
  });

  it("pass.granted: the sessions the pass had when granted, not 0 after use", async () => {
    const spin10 = await db.prisma.passType.findFirstOrThrow({
      where: { orgId: demo.orgId, name: "Spin 10" },
    });
    await grantPass(deps(), admin, { personId: ids.get("Tara") ?? "", passTypeId: spin10.id });
    const d = await delivery("pass.granted", "Tara");
    const now = await compose(d);
    expect(JSON.stringify(now)).toContain("Spin 10: 10 sessions");
    await bookSession(deps(), actor("Tara"), { occurrenceId: await occurrence("Spin", "2026-12-02 18:00") });
    expect(await compose(d)).toEqual(now);
  });
});
