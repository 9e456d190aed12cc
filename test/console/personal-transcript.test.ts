import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestPgliteDatabase, type TestDatabase } from "../support/test-db.ts";
import { replyAt, runTranscript } from "./transcript-harness.ts";

// The demo studio (Berlin, Monday 23 Nov 2026 09:00): Sam offers a private lesson (60 min, 15 min
// buffer, 2 h minimum lead, 40 EUR members / 55 EUR others) and teaches Spin at 18:00.
describe("console transcript: personal sessions", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgliteDatabase();
  });
  afterEach(async () => db?.drop());

  it("a member finds and books a private lesson by text and buttons; the next one sees the slot gone", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Maria: /personal
Maria: private lesson with Sam thursday afternoon
Maria: 1
Maria: 2
Maria: my personal sessions
Leo: private lesson with sam thursday 1pm
Leo: book a personal session with sam tomorrow 9am
Kim: book spin tomorrow 6pm
`,
    );
    expect(replyAt(t, 1)).toContain("Private lesson: 60 min, private, €40 members, €55 others with Sam");
    expect(replyAt(t, 2)).toContain("== Private lesson: free slots on Thu 26 Nov at that time ==");
    expect(replyAt(t, 2)).toContain("[1] Thu 26 Nov, 13:00");
    expect(replyAt(t, 2)).not.toContain("12:00");
    expect(replyAt(t, 3)).toContain("How will you pay?");
    expect(replyAt(t, 3)).toContain("[1] Pay at the session  [2] Check  [3] Online (card)");
    expect(replyAt(t, 4)).toContain(
      "Booked ==\nPrivate lesson, Thu 26 Nov 2026, 13:00 with Sam at Small Room\nPayment: Check, €40",
    );
    expect(replyAt(t, 5)).toContain("Private lesson, Thu 26 Nov 2026, 13:00 with Sam");
    // 13:00 is Maria's now; with the 15-minute buffer the next start is 14:15.
    expect(replyAt(t, 6)).toContain("13:00 is not free. Other times:");
    expect(replyAt(t, 6)).toContain("Thu 26 Nov, 14:15");
    expect(replyAt(t, 6)).not.toContain("Thu 26 Nov, 13:15");
    // Not a group booking: it asks which personal session, and a group class still books as before.
    expect(replyAt(t, 7)).toContain("Which kind of personal session?");
    expect(replyAt(t, 8)).toContain("Spin");
    expect(replyAt(t, 8)).not.toContain("personal");
    const b = await db.prisma.personalBooking.findMany({ where: { active: true } });
    expect(b.map((x) => [x.paymentMethod, x.amountCents, x.memberPrice])).toEqual([["check", 4000, true]]);
  });

  it("admins set up a type with every refusal naming the allowed values; trainers set availability; cancel and calendar link", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Ada: /personal settings access=friends
Ada: /personal settings payment=at_session,online list=no
Ada: /personal type new name=Sports massage duration=50 price=45
Ada: /personal type new name=Sports massage duration=45 price=45 buffer=20
Ada: /personal type new name=Sports massage duration=45 price=45 nonmember=60 trainers=Sam
Ada: /personal type Sports massage status=active minlead=3 perday=2
Sam: /availability set mon-fri 09:00-12:00 13:00-17:00
Sam: /availability off 2026-11-27
Sam: /calendar link
Maria: sports massage with sam tomorrow 10am
Maria: 2
Sam: /personal my
Maria: cancel my personal session
Maria: 1
Maria: 1
Maria: /personal settings enabled=no
Sam: /calendar revoke
`,
    );
    expect(replyAt(t, 1)).toBe("Access level: use public, members, private.");
    expect(replyAt(t, 2)).toContain("Payment methods: at_session, online");
    expect(replyAt(t, 3)).toBe("Duration: use 15, 30, 45, 60, 75, 90, 105, 120 (minutes).");
    expect(replyAt(t, 4)).toBe("Buffer: use none, 5, 10, 15, 30, 45, 60 (minutes).");
    expect(replyAt(t, 5)).toContain("Created: Sports massage");
    expect(replyAt(t, 5)).toContain("Price: €45 members, €60 others");
    expect(replyAt(t, 6)).toContain("Status: active");
    expect(replyAt(t, 6)).toContain("book from 3 h ahead; at most 2 a day");
    expect(replyAt(t, 7)).toContain("Mon: 09:00-12:00, 13:00-17:00");
    expect(replyAt(t, 8)).toContain("Days off: 2026-11-27");
    expect(replyAt(t, 9)).toMatch(/https:\/\/bookings\.example\.org\/calendar\/[A-Za-z0-9_-]{43}\.ics/);
    expect(replyAt(t, 10)).toContain("[1] Pay at the session  [2] Online (card)");
    expect(replyAt(t, 11)).toContain("Payment: Online (card), €45");
    expect(replyAt(t, 12)).toContain("Sports massage, Tue 24 Nov 2026, 10:00: Maria, Online (card) €45");
    expect(replyAt(t, 14)).toContain("Cancel Sports massage, Tue 24 Nov 2026, 10:00 with Sam?");
    expect(replyAt(t, 15)).toContain("Cancelled: Sports massage, Tue 24 Nov 2026, 10:00. Sam is told.");
    expect(replyAt(t, 16)).toBe("Only studio admins can do that.");
    expect(replyAt(t, 17)).toContain("Your calendar link is revoked");
    const kinds = await db.prisma.outboxEvent.findMany({
      where: { kind: { startsWith: "personal." } },
      orderBy: { id: "asc" },
    });
    expect(kinds.map((k) => k.kind)).toEqual(["personal.booked", "personal.cancelled"]);
  });

  it("the answer to 'which kind' keeps the day and the exact time typed with the request", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Maria: book a personal session with sam friday 10:30
Maria: 1
Leo: book a personal session with sam friday 07:30
Leo: 1
`,
    );
    expect(replyAt(t, 1)).toContain("Which kind of personal session?");
    // Straight to payment for Friday 10:30: neither the time nor the day is asked again.
    expect(replyAt(t, 2)).toContain("How will you pay?");
    expect(replyAt(t, 2)).toContain("Fri 27 Nov 2026, 10:30");
    expect(replyAt(t, 2)).not.toContain("free slots");
    // 07:30 is outside Sam's hours: said back as asked, not replaced by a plain list of slots.
    expect(replyAt(t, 4)).toContain("07:30 is not free. Other times:");
  });

  it("the name of a kind typed as the answer to 'which kind' resumes the request like its button", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Maria: book a personal session with sam friday 10:30
Maria: private lesson
Leo: book a personal session with sam friday 13:00
Leo: The Private Lesson!
Leo: private lesson
`,
    );
    expect(replyAt(t, 1)).toContain("Which kind of personal session?");
    // The typed name answers the question: Friday 10:30 with Sam is kept, straight to payment.
    expect(replyAt(t, 2)).toContain("How will you pay?");
    expect(replyAt(t, 2)).toContain("Fri 27 Nov 2026, 10:30");
    expect(replyAt(t, 4)).toContain("How will you pay?");
    expect(replyAt(t, 4)).toContain("Fri 27 Nov 2026, 13:00");
    // Answered once: the same words again are a new request (a list of slots), not a second answer.
    expect(replyAt(t, 5)).not.toContain("How will you pay?");
  });
});
