import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { buildDemo, button, DEMO_NOW, textOf } from "./harness.ts";

/**
 * Issue 25 through the chat core on the demo (Monday 23 Nov 2026, 09:00 Berlin): Pilates Core is
 * Tue/Thu 12:00-12:50 with Tara in Studio A; Spin every day 18:00-18:45 with Sam in the Spin Room.
 */
describePg("overrides through chat: clashes, book anyway, previews that tell the truth", () => {
  let db: TestDatabase;
  let demo: Awaited<ReturnType<typeof buildDemo>>;
  beforeAll(async () => {
    db = await createTestPgDatabase();
    demo = await buildDemo(db.prisma);
  });
  afterAll(async () => {
    await db?.drop();
  });
  beforeEach(() => demo.clock.set(DEMO_NOW));

  const spinAt = (iso: string) =>
    db.prisma.occurrence.findFirst({
      where: { orgId: demo.orgId, template: { name: "Spin" }, startsAt: new Date(iso) },
    });

  it("a trainer's move onto Tara's Pilates Core names the clash and changes nothing; a trainer cannot book anyway", async () => {
    const r = await demo.chat.say(
      "Sam",
      "/override spin tue 18:00 | to 12:00 | trainer Tara | space Studio A",
    );
    const t = textOf(r);
    expect(t).toContain("Clash: Tara teaches Pilates Core in Studio A 12:00-12:50 on Tue 24 Nov.");
    expect(t).toContain("ask a studio admin to book anyway");
    expect(t).not.toContain("[Book anyway]");
    expect(t).not.toContain("Rescheduled");
    expect(await spinAt("2026-11-24T17:00:00Z")).not.toBeNull();
  });

  it("an admin sees the clash with Book anyway; pressing it makes the change and records who allowed which clash", async () => {
    const r = await demo.chat.say(
      "Ada",
      "/override spin tue 18:00 | to 12:00 | trainer Tara | space Studio A",
    );
    expect(textOf(r)).toContain("Clash: Tara teaches Pilates Core in Studio A 12:00-12:50 on Tue 24 Nov.");
    expect(await spinAt("2026-11-24T11:00:00Z")).toBeNull();
    const done = await demo.chat.press("Ada", button(r, "Book anyway"));
    expect(textOf(done)).toContain("Rescheduled: Spin, Tue 24 Nov 2026, 12:00 with Tara in Studio A");
    const moved = await spinAt("2026-11-24T11:00:00Z");
    expect(moved).not.toBeNull();
    const ada = await db.prisma.person.findFirstOrThrow({ where: { displayName: "Ada" } });
    const recorded = await db.prisma.calendarClashException.findMany({ where: { occurrenceId: moved!.id } });
    expect(recorded.map((e) => [e.resource, e.allowedById]).sort()).toEqual([
      ["space", ada.id],
      ["trainer", ada.id],
    ]);
  });

  it("a typed '| book anyway' from an admin goes ahead; from a trainer it is refused", async () => {
    const refused = await demo.chat.say(
      "Sam",
      "/override spin thu 18:00 | to 12:10 | space Studio A | book anyway",
    );
    expect(textOf(refused)).not.toContain("Rescheduled");
    expect(await spinAt("2026-11-26T17:00:00Z")).not.toBeNull();
    const done = await demo.chat.say(
      "Ada",
      "/override spin thu 18:00 | to 12:10 | space Studio A | book anyway",
    );
    expect(textOf(done)).toContain("Rescheduled: Spin, Thu 26 Nov 2026, 12:10");
  });

  it("every change that reaches booked or waitlisted members is previewed, counting them apart", async () => {
    await demo.chat.say("Leo", "book spin wednesday 18:00");
    await demo.chat.say("Kim", "book spin wednesday 18:00");
    // Capacity 2: Maria (two passes: she chooses one) is waitlisted.
    const asked = await demo.chat.say("Maria", "book spin wednesday 18:00");
    const waiting = await demo.chat.press("Maria", button(asked, "Spin 10"));
    expect(textOf(waiting)).toMatch(/waitlist/i);
    const preview = await demo.chat.say("Sam", "/override spin wed 18:00 | to 19:00");
    const t = textOf(preview);
    expect(t).toContain("Time: Wed 25 Nov 2026, 18:00 → Wed 25 Nov 2026, 19:00");
    expect(t).toContain("Will be told: Leo, Kim, Maria (2 booked members and 1 waitlisted member).");
    expect(await spinAt("2026-11-25T17:00:00Z")).not.toBeNull();
    const done = await demo.chat.press("Sam", button(preview, "Confirm change"));
    expect(textOf(done)).toContain("2 booked members and 1 waitlisted member will be notified.");
    // A capacity raise moves the waitlist: previewed too.
    const raise = await demo.chat.say("Sam", "/override spin wed 19:00 capacity 3");
    expect(textOf(raise)).toContain("Capacity: 2 → 3");
    expect(textOf(raise)).toContain("[Confirm change]");
  });

  it("a reset of a closed course is refused before any preview, in staff words; its form does not offer it", async () => {
    const r = await demo.chat.say("Sam", "/override beginners yoga course sat 10:00 reset");
    const t = textOf(r);
    expect(t).toContain("closed course");
    expect(t).not.toContain("Existing bookings: cancelled and refunded");
    expect(t).not.toContain("you are enrolled");
    expect(t).not.toContain("[Confirm change]");
  });

  it("run on a Saturday, 'fri 18:00 | to sat 10:00' moves next Friday's session to the Saturday after it, not to today", async () => {
    demo.clock.set(new Date("2026-11-28T08:00:00Z")); // Sat 28 Nov, 09:00
    const r = await demo.chat.say("Sam", "/override spin fri 18:00 | to sat 10:00");
    expect(textOf(r)).toContain("Rescheduled: Spin, Sat 5 Dec 2026, 10:00");
    expect(await spinAt("2026-12-04T17:00:00Z")).toBeNull();
  });

  it("a schedule that would clash is refused with every clashing date named, and nothing is made", async () => {
    const before = await db.prisma.schedule.count({ where: { orgId: demo.orgId } });
    const r = await demo.chat.say(
      "Ada",
      "/schedule add Pilates Core | mon, fri | 07:30 | from 2026-11-27 | weeks 1",
    );
    const t = textOf(r);
    expect(t).toContain("two places at once");
    expect(t).toContain("Clash: Tara teaches Morning Flow in Studio A 07:00-08:00 on Mon 30 Nov.");
    expect(t).toContain("Clash: Tara teaches Morning Flow in Studio A 07:00-08:00 on Fri 27 Nov.");
    expect(await db.prisma.schedule.count({ where: { orgId: demo.orgId } })).toBe(before);
  });

  it("a clashing schedule offers an admin 'Book anyway'; pressing it makes the sessions and records the exception", async () => {
    const r = await demo.chat.say(
      "Ada",
      "/schedule add Pilates Core | mon, fri | 07:30 | from 2026-11-27 | weeks 1",
    );
    expect(textOf(r)).toContain("Clash: Tara teaches Morning Flow in Studio A 07:00-08:00 on Mon 30 Nov.");
    const before = await db.prisma.schedule.count({ where: { orgId: demo.orgId } });
    const done = await demo.chat.press("Ada", button(r, "Book anyway"));
    expect(textOf(done)).not.toContain("two places at once");
    expect(await db.prisma.schedule.count({ where: { orgId: demo.orgId } })).toBe(before + 1);
    const made = await db.prisma.occurrence.findMany({
      where: {
        orgId: demo.orgId,
        template: { name: "Pilates Core" },
        startsAt: new Date("2026-11-30T06:30:00Z"),
      },
    });
    expect(made).toHaveLength(1);
    const ada = await db.prisma.person.findFirstOrThrow({ where: { displayName: "Ada" } });
    const recorded = await db.prisma.calendarClashException.findMany({
      where: { occurrenceId: made[0]!.id },
    });
    expect(recorded.map((e) => e.allowedById)).toContain(ada.id);
  });

  it("the older '/schedule <template> | days | time' form offers 'Book anyway' too; pressing it makes the sessions", async () => {
    const r = await demo.chat.say("Ada", "/schedule Pilates Core | wed | 07:15 | 1");
    const t = textOf(r);
    expect(t).toContain("Clash: Tara teaches Morning Flow in Studio A 07:00-08:00 on Wed 25 Nov.");
    expect(t).toContain("[Book anyway]");
    const at = new Date("2026-11-25T06:15:00Z");
    const where = { orgId: demo.orgId, template: { name: "Pilates Core" }, startsAt: at };
    expect(await db.prisma.occurrence.count({ where })).toBe(0);
    const done = await demo.chat.press("Ada", button(r, "Book anyway"));
    expect(textOf(done)).not.toContain("two places at once");
    const made = await db.prisma.occurrence.findMany({ where });
    expect(made).toHaveLength(1);
    const recorded = await db.prisma.calendarClashException.count({ where: { occurrenceId: made[0]!.id } });
    expect(recorded).toBeGreaterThan(0);
  });

  it("a template edit the clash guard refuses lists every clash, with 'Book anyway'", async () => {
    // Morning Flow (07:00, Tara, Studio A) for 330 minutes runs into Pilates Core at 12:00 on Tue and Thu.
    const r = await demo.chat.say("Ada", "/template edit Morning Flow | duration 330");
    const t = textOf(r);
    expect(t).toContain("two places at once");
    expect(t).toContain("Clash: Tara teaches Pilates Core in Studio A 12:00-12:50 on Tue 24 Nov.");
    expect(t).toContain("Clash: Tara teaches Pilates Core in Studio A 12:00-12:50 on Thu 26 Nov.");
    expect(t).toContain("[Book anyway]");
    const flow = await db.prisma.trainingTemplate.findFirstOrThrow({ where: { name: "Morning Flow" } });
    expect(flow.durationMinutes).toBe(60);
  });

  it("/cancelsession with members on it previews who is told (booked and waitlisted apart) and refunds; Confirm cancels", async () => {
    await demo.chat.say("Sam", "/override spin sun 18:00 capacity 1");
    await demo.chat.say("Leo", "book spin sunday 18:00");
    await demo.chat.say("Kim", "book spin sunday 18:00");
    const preview = await demo.chat.say("Sam", "/cancelsession spin sunday 18:00 reason: Sam is ill");
    const t = textOf(preview);
    expect(t).toContain("This cancels Spin, Sun 29 Nov 2026, 18:00");
    expect(t).toContain("Booked: Leo. Waitlisted: Kim.");
    expect(t).toContain("Their bookings will be cancelled and refunded.");
    expect(t).toContain("Reason given: Sam is ill");
    expect(t).toContain("Will be told: Leo, Kim (1 booked member and 1 waitlisted member).");
    expect(t).not.toContain("Cancelled: Spin");
    const occ = await spinAt("2026-11-29T17:00:00Z");
    expect(occ?.status).toBe("scheduled");
    const done = await demo.chat.press("Sam", button(preview, "Confirm change"));
    expect(textOf(done)).toContain("Cancelled: Spin, Sun 29 Nov 2026, 18:00");
    expect((await spinAt("2026-11-29T17:00:00Z"))?.status).toBe("cancelled");
    // A session nobody is on is cancelled at once: there is nobody to tell.
    const quiet = await demo.chat.say("Sam", "/cancelsession spin 30.11. 18:00");
    expect(textOf(quiet)).toContain("Cancelled: Spin, Mon 30 Nov 2026, 18:00");
  });

  it("a change that reaches nobody runs at once and does not claim that nobody was booked", async () => {
    await demo.chat.say("Leo", "book spin saturday 18:00");
    await demo.chat.say("Kim", "book spin saturday 18:00");
    const r = await demo.chat.say("Sam", "/override spin sat 18:00 capacity 3");
    const t = textOf(r);
    expect(t).toContain("Updated: Spin, Sat 28 Nov 2026, 18:00");
    expect(t).not.toContain("Nobody was booked");
    expect(t).toContain("Nothing changes for the members booked, so nobody is notified.");
  });
});
