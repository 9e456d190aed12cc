import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestPgliteDatabase, type TestDatabase } from "../support/test-db.ts";
import { replyAt, runTranscript } from "./transcript-harness.ts";

// The demo studio (Berlin, Monday 23 Nov 2026 09:00): spans of days, negated requests, German words
// and personal sessions read as exactly as group bookings, through the real chat core.
describe("console transcript: exact understanding", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgliteDatabase();
  });
  afterEach(async () => db?.drop());

  it("spans, negations and personal-session requests are read exactly", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Maria: sessions 14.12. to 16.12.
Maria: sessions friday to sunday
Maria: was läuft am Freitag?
Maria: don't book spin tomorrow
Maria: should I book spin tomorrow?
Maria: private lesson with Sam at 25:00 thursday
Maria: private lesson with bob thursday
Maria: private lesson with sam thursday 07:30
Maria: private lesson with sam today 09:30
`,
    );
    const span = replyAt(t, 1);
    expect(span).not.toContain("16:12");
    expect(span).toContain("14 Dec");
    expect(span).toContain("16 Dec");
    expect(span).not.toContain("17 Dec");
    const weekend = replyAt(t, 2);
    expect(weekend).toContain("Fri 27 Nov");
    expect(weekend).not.toContain("Thu 26 Nov");
    expect(weekend).not.toContain("Mon 30 Nov");
    expect(replyAt(t, 3)).not.toContain("lauft");
    expect(replyAt(t, 3)).toContain("Fri 27 Nov");
    expect(replyAt(t, 4)).toContain("I have not booked or cancelled anything");
    expect(replyAt(t, 5)).toContain("sounds like a question");
    expect(replyAt(t, 6)).toContain("25:00 is not a time of day");
    expect(replyAt(t, 7)).toContain('There is no trainer called "bob" here.');
    expect(replyAt(t, 7)).toContain("Sam");
    expect(replyAt(t, 8)).not.toContain("19:30");
    // The demo's private lesson needs 2 hours' notice: 09:30 at 09:00 is too soon, and why.
    expect(replyAt(t, 9)).toContain("09:30 is too soon: Private lesson is booked at least 2 hours ahead.");
    expect(replyAt(t, 9)).toMatch(/The first time you can book is (1[1-9]|2\d):\d\d/);
    expect(replyAt(t, 9)).not.toMatch(/Mon 23 Nov, (0\d|10):/);
    // Neither the negated nor the hypothetical request booked tomorrow's Spin.
    const spinTomorrow = await db.prisma.booking.count({
      where: {
        status: { not: "cancelled" },
        person: { displayName: "Maria" },
        occurrence: {
          template: { name: "Spin" },
          startsAt: { gte: new Date("2026-11-23T23:00:00Z"), lt: new Date("2026-11-24T23:00:00Z") },
        },
      },
    });
    expect(spinTomorrow).toBe(0);
  });
});
