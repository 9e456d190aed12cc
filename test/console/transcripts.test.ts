import { afterEach, beforeEach, expect, it } from "vitest";
import { dropDatabase } from "../chat/harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { replyAt, runTranscript } from "./transcript-harness.ts";

// The demo studio at Mon 23 Nov 2026, 09:00 Berlin: Spin daily (Mon-Sat) 18:00 with 2 spots,
// Morning Flow Mon/Wed/Fri 07:00, PT with Sam Wed 10:00 (individual), Beginners Yoga Course Sat 10:00
// (closed, no pass linked). Maria holds Spin 10 and Unlimited Month; Leo and Kim Spin 10; Noor
// Yoga & Pilates 10 and PT 5.

describePg("console transcripts (script mode)", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgDatabase();
  });
  afterEach(async () => dropDatabase(db));

  it("book, waitlist, cancel and promotion", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Maria: book spin tomorrow 6pm
Maria: 1
Leo: book spin tomorrow at 6
Kim: book spin tomorrow 18:00
Kim: my bookings
Maria: cancel my spin tomorrow
Maria: 1
Kim: my bookings
Kim: passes
Sam: /roster spin tomorrow 18:00
`,
    );
    expect(replyAt(t, 1)).toContain("Which pass for Spin, Tue 24 Nov 2026, 18:00 with Sam in Spin Room?");
    expect(replyAt(t, 1)).toMatch(
      /\[1\] ★ Unlimited Month \(30 left, until Wed 23 Dec 2026\)\s+\[2\] Spin 10/,
    );
    expect(replyAt(t, 2)).toContain(
      "Booked: Spin, Tue 24 Nov 2026, 18:00 with Sam in Spin Room\nUnlimited Month: 29 sessions left.",
    );
    expect(replyAt(t, 3)).toContain("Booked: Spin, Tue 24 Nov 2026, 18:00");
    expect(replyAt(t, 4)).toContain("Waitlisted (place 1): Spin, Tue 24 Nov 2026, 18:00");
    expect(replyAt(t, 4)).toContain("Nothing charged yet");
    expect(replyAt(t, 5)).toContain("Waitlisted: Spin, Tue 24 Nov 2026, 18:00");
    expect(replyAt(t, 6)).toContain(
      "Cancel Spin, Tue 24 Nov 2026, 18:00 with Sam in Spin Room?\n[1] Yes, cancel  [2] Keep it",
    );
    expect(replyAt(t, 7)).toContain("Cancelled: Spin, Tue 24 Nov 2026, 18:00");
    expect(replyAt(t, 7)).toContain("The session went back to your pass.");
    expect(replyAt(t, 8)).toContain("Confirmed: Spin, Tue 24 Nov 2026, 18:00");
    expect(replyAt(t, 9)).toContain("Spin 10: 9 sessions left");
    expect(replyAt(t, 10)).toMatch(/2 of 2 booked, 0 waiting\.\n-- Booked\n\s+1\. Leo\n\s+2\. Kim/);
  });

  it("trainer override of one occurrence: capacity, space, time; the rest of the schedule unchanged", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Leo: book spin tomorrow 18:00
Kim: book spin tomorrow 18:00
Maria: book spin tomorrow 18:00
Maria: 2
Sam: /override spin tomorrow 18:00 capacity 3 space Studio A
Sam: 1
Maria: my bookings
Sam: /override spin tomorrow 18:00 | to 19:30
Sam: 1
Leo: my bookings
Leo: sessions wednesday
Sam: /override spin tomorrow 19:30 capacity 1
Sam: 1
Maria: /override spin wednesday 18:00 capacity 10
`,
    );
    expect(replyAt(t, 4)).toContain("Waitlisted (place 1)");
    // Issue 25: a change that reaches booked or waitlisted members is previewed; "1" confirms.
    expect(replyAt(t, 5)).toContain(
      "Will be told: Leo, Kim, Maria (2 booked members and 1 waitlisted member).",
    );
    expect(replyAt(t, 6)).toContain("Updated: Spin, Tue 24 Nov 2026, 18:00 with Sam in Studio A");
    expect(replyAt(t, 6)).toContain(
      "Changed: capacity, space. Only this session; the schedule is unchanged.",
    );
    expect(replyAt(t, 6)).toContain("1 member moved up from the waitlist.");
    expect(replyAt(t, 6)).toContain("2 booked members and 1 waitlisted member will be notified.");
    expect(replyAt(t, 7)).toContain("Confirmed: Spin, Tue 24 Nov 2026, 18:00 with Sam in Studio A");
    expect(replyAt(t, 8)).toContain("Time: Tue 24 Nov 2026, 18:00 → Tue 24 Nov 2026, 19:30");
    expect(replyAt(t, 9)).toContain("Rescheduled: Spin, Tue 24 Nov 2026, 19:30");
    expect(replyAt(t, 10)).toContain("Confirmed: Spin, Tue 24 Nov 2026, 19:30 with Sam in Studio A");
    expect(replyAt(t, 11)).toContain("Spin, Wed 25 Nov 2026, 18:00 with Sam in Spin Room · 2 spots left");
    // Issue 11: capacity below the confirmed count is previewed first; "1" presses Confirm.
    expect(replyAt(t, 12)).toContain("2 confirmed bookings above the new capacity; nobody is removed.");
    expect(replyAt(t, 12)).toContain("Will be told: Sam (trainer).");
    expect(replyAt(t, 13)).toContain(
      "Note: 2 confirmed bookings more than the new capacity. Nobody was removed",
    );
    expect(replyAt(t, 14)).toContain("Only trainers and admins can do that.");
  });

  it("trainer cancels one occurrence with a reason; bookings are refunded", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Leo: book spin thursday 18:00
Tara: /cancelsession spin thursday 18:00 reason: power cut in the spin room
Tara: 1
Leo: my bookings
Leo: passes
Leo: sessions thursday
Leo: book spin friday 18:00
`,
    );
    // First the preview: who is told and the refunds; nothing is cancelled before Confirm.
    expect(replyAt(t, 2)).toContain("This cancels Spin, Thu 26 Nov 2026, 18:00");
    expect(replyAt(t, 2)).toContain("Will be told: Leo (1 booked member).");
    expect(replyAt(t, 2)).toContain("[1] Confirm change");
    expect(replyAt(t, 3)).toContain("Cancelled: Spin, Thu 26 Nov 2026, 18:00");
    expect(replyAt(t, 3)).toContain(
      "1 booking cancelled and refunded; reason given: power cut in the spin room",
    );
    expect(replyAt(t, 4)).toContain(
      "Cancelled: Spin, Thu 26 Nov 2026, 18:00 with Sam in Spin Room (session cancelled: power cut in the spin room)",
    );
    expect(replyAt(t, 4)).not.toContain("[1] Cancel");
    expect(replyAt(t, 5)).toContain("Spin 10: 10 sessions left");
    expect(replyAt(t, 6)).not.toContain("Spin, Thu 26 Nov 2026, 18:00");
    expect(replyAt(t, 7)).toContain("Booked: Spin, Fri 27 Nov 2026, 18:00");
  });

  it("closed schedule: members cannot book it; 'No pass linked' one-step fix; a granted pass enrols", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Maria: book beginners yoga course saturday
Sam: help
Ada: help
Ada: 1
Ada: /grant Noor beginners yoga course pass
Noor: my bookings
Ada: help
`,
    );
    expect(replyAt(t, 1)).toContain("closed (pass-only) course");
    expect(replyAt(t, 2)).toContain(
      "== No pass linked ==\nBeginners Yoga Course (closed course) has no pass, so nobody can be enrolled.",
    );
    // Issue 10: trainers get the one-step fix as well (the demo lets trainers grant, so it creates).
    expect(replyAt(t, 2)).toContain("[1] Create pass for Beginners Yoga Course");
    expect(replyAt(t, 2)).not.toContain("Ask a studio admin to create one.");
    expect(replyAt(t, 3)).toContain("[1] Create pass for Beginners Yoga Course");
    expect(replyAt(t, 4)).toContain(
      "Pass type created and linked: Beginners Yoga Course pass (10 sessions, valid 90 days).",
    );
    expect(replyAt(t, 5)).toContain("Gave Noor Beginners Yoga Course pass");
    expect(replyAt(t, 5)).toContain("Enrolled in 2 upcoming sessions of the linked course.");
    expect(replyAt(t, 6)).toContain("Confirmed: Beginners Yoga Course, Sat 28 Nov 2026, 10:00");
    expect(replyAt(t, 6)).toContain("Confirmed: Beginners Yoga Course, Sat 5 Dec 2026, 10:00");
    expect(replyAt(t, 7)).not.toContain("No pass linked");
  });

  it("individual training: hidden from members, added by the trainer, seen by the member", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Noor: sessions wednesday
Noor: book pt with sam wednesday 10
Sam: sessions wednesday
Sam: /add noor to pt with sam wednesday 10
Noor: my bookings
Noor: passes
Maria: sessions wednesday
Sam: /add maria to pt with sam wednesday 10
`,
    );
    expect(replyAt(t, 1)).not.toContain("PT with Sam");
    // Issue 11: the refusal names its rule (an individual training) instead of "not found".
    expect(replyAt(t, 2)).toContain("PT with Sam is an individual training: your trainer adds you to it.");
    expect(replyAt(t, 3)).toContain(
      "PT with Sam, Wed 25 Nov 2026, 10:00 with Sam in Small Room · 1 spot left · individual",
    );
    expect(replyAt(t, 4)).toContain("Added Noor to PT with Sam, Wed 25 Nov 2026, 10:00");
    expect(replyAt(t, 4)).toContain("Charged PT 5: 4 sessions left.");
    expect(replyAt(t, 5)).toContain("Confirmed: PT with Sam, Wed 25 Nov 2026, 10:00");
    expect(replyAt(t, 6)).toContain("PT 5: 4 sessions left");
    expect(replyAt(t, 7)).not.toContain("PT with Sam");
    expect(replyAt(t, 8)).toContain("That session is full.");
  });

  it("/as switches who is talking; unknown input gets short help", async () => {
    const t = await runTranscript(db.prisma, "Maria: /as Sam\n/roster spin tomorrow 18:00\nSam: blorp\n");
    expect(replyAt(t, 1)).toBe("(now talking as Sam)");
    expect(t).toContain("> Sam: /roster spin tomorrow 18:00");
    expect(replyAt(t, 2)).toContain("0 of 2 booked");
    expect(replyAt(t, 3)).toContain("Sorry, I did not understand that.");
    // The help's examples are the demo's own: tomorrow's first open session (Morning Flow at 07:00).
    expect(replyAt(t, 3)).toContain("book morning flow tomorrow 07:00");
  });
});
