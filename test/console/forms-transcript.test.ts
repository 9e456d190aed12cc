import { afterEach, beforeEach, expect, it } from "vitest";
import { dropDatabase } from "../chat/harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { replyAt, runTranscript } from "./transcript-harness.ts";

describePg("console transcript: trainer forms", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgDatabase();
  });
  afterEach(async () => dropDatabase(db));

  it("a trainer changes and then cancels one session through the roster's forms", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Leo: book spin tomorrow 6pm
Sam: /roster spin tomorrow 18:00
Sam: 1
Sam: capacity=5; when=wed 19:00
Sam: 1
Sam: /roster spin wednesday 19:00
Sam: 2
Sam: reason=Heating broken
Sam: 1
Leo: my bookings
Sam: /roster spin thursday 18:00
Sam: 1
Sam: -
`,
    );
    expect(replyAt(t, 2)).toContain("[1] Change this session…  [2] Cancel this session…");
    expect(replyAt(t, 3)).toContain("-- form: Change this session\n   capacity: Capacity (spots) (now: 2)");
    // Issue 11: a move by more than a day is previewed first; "1" presses Confirm.
    expect(replyAt(t, 4)).toContain("Time: Tue 24 Nov 2026, 18:00 → Wed 25 Nov 2026, 19:00");
    expect(replyAt(t, 4)).toContain("Will be told: Leo (1 booked member).");
    expect(replyAt(t, 5)).toContain("Rescheduled: Spin, Wed 25 Nov 2026, 19:00 with Sam in Spin Room");
    expect(replyAt(t, 6)).toContain("1 of 5 booked");
    // The cancel form is previewed like a change: who is told and the refunds; "1" presses Confirm.
    expect(replyAt(t, 8)).toContain("Will be told: Leo (1 booked member).");
    expect(replyAt(t, 8)).toContain("Reason given: Heating broken");
    expect(replyAt(t, 9)).toContain("1 booking cancelled and refunded; reason given: Heating broken");
    expect(replyAt(t, 10)).toContain("Cancelled: Spin, Wed 25 Nov 2026, 19:00");
    expect(replyAt(t, 13)).toBe("(form dropped)");
    const moved = await db.prisma.occurrence.findFirstOrThrow({ where: { cancelReason: "Heating broken" } });
    expect(moved).toMatchObject({ capacity: 5, status: "cancelled" });
  });
});
