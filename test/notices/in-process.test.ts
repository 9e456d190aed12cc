import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { addOutbox, SESSION_START, type Studio, seedStudio } from "../../fakes/notice-studio.ts";
import { PLATFORMS } from "../../src/app/adapters.ts";
import { pacingFrom } from "../../src/app/start-adapters.ts";
import { type NoticesHandle, startNotices } from "../../src/app/start-notices.ts";
import type { OutboxEventInput } from "../../src/domain/events.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import { silentLogger } from "../../src/ports/logger.ts";
import { createTestPgliteDatabase, type TestDatabase } from "../support/test-db.ts";
import { createRecordingSender } from "./recording-sender.ts";

// The embedded default: PGlite and no REDIS_URL. The same processors run in-process.
let db: TestDatabase;
let studio: Studio;
let handle: NoticesHandle;
const clock = createFixedClock(new Date("2026-11-21T12:00:00Z"));
const consoleSender = createRecordingSender("console");
const tick = async () => {
  // A pass is one relay + scans + sends; kick() starts one and the next call waits for it.
  handle.kick();
  await new Promise((r) => setTimeout(r, 20));
  handle.kick();
  await new Promise((r) => setTimeout(r, 20));
  await waitIdle();
};
const waitIdle = async () => {
  for (let i = 0; i < 100; i++) {
    const s = await handle.status();
    if (s.outbox.unrelayed === 0 && (s.deliveries.pending ?? 0) === 0 && (s.deliveries.attempting ?? 0) === 0)
      return;
    await new Promise((r) => setTimeout(r, 20));
  }
};

beforeAll(async () => {
  db = await createTestPgliteDatabase();
  studio = await seedStudio(db.prisma, { members: 3, reminderMinutesBefore: 60 });
  const people = [studio.trainerId, studio.adminId, ...studio.members.map((m) => m.personId)];
  await db.prisma.platformIdentity.createMany({
    data: people.map((personId, i) => ({
      platform: "console" as const,
      platformUserId: `console-${i}`,
      personId,
    })),
  });
  await db.prisma.channelLink.create({
    data: {
      orgId: studio.orgId,
      platform: "console",
      channelId: "console-group",
      trainingTypeId: studio.trainingTypeId,
    },
  });
  handle = await startNotices({
    pacing: pacingFrom(PLATFORMS),
    prisma: db.prisma,
    senders: [consoleSender],
    log: silentLogger,
    clock,
    relayPollMs: 60_000,
  });
});
afterAll(async () => {
  await handle?.stop();
  await db?.drop();
});
beforeEach(() => {
  consoleSender.sent.length = 0;
});

it("shows every outbox notice kind on the console, once", async () => {
  const [a, b] = studio.members;
  if (!a || !b) throw new Error("seed");
  const occ = studio.occurrenceId;
  const events: OutboxEventInput[] = [
    {
      kind: "waitlist.promoted",
      payload: { occurrenceId: occ, bookingId: a.bookingId, personId: a.personId, passId: a.passId },
    },
    {
      kind: "waitlist.skipped",
      payload: { occurrenceId: occ, bookingId: b.bookingId, personId: b.personId, reason: "no_usable_pass" },
    },
    {
      kind: "occurrence.updated",
      payload: {
        occurrenceId: occ,
        changes: ["trainer"],
        notify: [a.personId],
        bookingsCancelled: false,
        refunds: [],
      },
    },
    {
      kind: "occurrence.rescheduled",
      payload: {
        occurrenceId: occ,
        previousStartsAt: "2026-11-28T06:00:00.000Z",
        changes: ["time"],
        notify: [a.personId],
        bookingsCancelled: false,
        refunds: [],
      },
    },
    {
      kind: "occurrence.overbooked",
      payload: { occurrenceId: occ, trainerId: studio.trainerId, confirmed: 3, capacity: 2 },
    },
    {
      kind: "occurrence.cancelled",
      payload: {
        occurrenceId: occ,
        reason: "Flooded studio",
        refunds: [{ bookingId: b.bookingId, personId: b.personId, passId: b.passId }],
      },
    },
    {
      kind: "booking.added_by_trainer",
      payload: {
        occurrenceId: occ,
        bookingId: a.bookingId,
        personId: a.personId,
        passId: a.passId,
        trainerId: studio.trainerId,
      },
    },
    {
      kind: "pass.granted",
      payload: { passId: b.passId, personId: b.personId, enrolledBookingIds: [b.bookingId] },
    },
    { kind: "schedule.no_pass_linked", payload: { scheduleId: studio.closedScheduleId } },
  ];
  for (const e of events) await addOutbox(db.prisma, studio.orgId, e);
  await tick();
  await tick();
  const got = consoleSender.sent.map(
    (s) => `${s.reply.title} -> ${s.target.kind === "direct" ? s.target.platformUserId : s.target.channelId}`,
  );
  // The daily "No pass linked" scan ran in the same pass (12:00 in London is past 09:00) but found
  // today's event-driven warning: once a day is enough.
  expect(got.sort()).toEqual(
    [
      "You're in: a spot opened up -> console-2",
      "Waitlist: spot passed on -> console-3",
      "Training updated -> console-2",
      "Training updated -> console-group",
      "Training rescheduled -> console-2",
      "Training rescheduled -> console-group",
      "Session over capacity -> console-0",
      "Training cancelled -> console-3",
      "Training cancelled -> console-group",
      "Booked by your trainer -> console-2",
      "New pass: you're enrolled -> console-3",
      "No pass linked -> console-0",
      "No pass linked -> console-1",
    ].sort(),
  );
  const cancelled = consoleSender.sent.find(
    (s) => s.reply.title === "Training cancelled" && s.target.kind === "direct",
  );
  expect(cancelled?.reply.lines.slice(1)).toEqual([
    "Reason: Flooded studio",
    "1 session refunded to 10-class pass (9 sessions left).",
    "The rest of the schedule is unchanged.",
  ]);
});

it("sends the reminder at the org's lead time, once", async () => {
  // The session above was cancelled; give these members a fresh one a week later.
  const next = new Date(SESSION_START.getTime() + 7 * 86_400_000);
  const occ = await db.prisma.occurrence.create({
    data: {
      orgId: studio.orgId,
      templateId: (await db.prisma.occurrence.findUniqueOrThrow({ where: { id: studio.occurrenceId } }))
        .templateId,
      slotStartsAt: next,
      startsAt: next,
      durationMinutes: 60,
      capacity: 10,
    },
  });
  const m = studio.members[2];
  if (!m) throw new Error("seed");
  await db.prisma.booking.create({
    data: {
      orgId: studio.orgId,
      occurrenceId: occ.id,
      personId: m.personId,
      passId: m.passId,
      status: "confirmed",
    },
  });
  clock.set(new Date(next.getTime() - 61 * 60_000));
  await tick();
  expect(consoleSender.sent.filter((s) => s.reply.title === "Reminder")).toEqual([]);
  clock.set(new Date(next.getTime() - 59 * 60_000));
  await tick();
  clock.advance(5 * 60_000);
  await tick();
  const reminders = consoleSender.sent.filter((s) => s.reply.title === "Reminder");
  expect(reminders.map((r) => r.key)).toEqual([
    `r-${(await db.prisma.booking.findFirstOrThrow({ where: { occurrenceId: occ.id } })).id}-${next.getTime()}`,
  ]);
});

it("repeats the No pass linked warning daily from 09:00 local, not more", async () => {
  const sentNoPass = () => consoleSender.sent.filter((s) => s.reply.title === "No pass linked").length;
  clock.set(new Date("2026-12-10T08:30:00Z")); // 08:30 in London (GMT)
  await tick();
  expect(sentNoPass()).toBe(0);
  clock.set(new Date("2026-12-10T09:30:00Z"));
  await tick();
  expect(sentNoPass()).toBe(2); // trainer and admin
  clock.set(new Date("2026-12-10T15:30:00Z"));
  await tick();
  clock.set(new Date("2026-12-10T23:59:00Z"));
  await tick();
  expect(sentNoPass()).toBe(2);
  clock.set(new Date("2026-12-11T09:05:00Z"));
  await tick();
  expect(sentNoPass()).toBe(4);
  expect(consoleSender.sent.at(-1)?.reply.lines[1]).toBe("Daily reminder: create a pass for it to fix this.");
});
