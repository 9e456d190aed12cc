import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestPgliteDatabase, type TestDatabase } from "../support/test-db.ts";
import { replyAt, runTranscript } from "./transcript-harness.ts";

// The demo studio (Berlin, Monday 23 Nov 2026 09:00) gets a group training called PT; Sam also
// gives personal sessions ("pt" is one of their words).
describe("console transcript: 'cancel my pt' is routed by what was typed", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgliteDatabase();
  });
  afterEach(async () => db?.drop());

  it("the class called PT the member is booked in wins; without such a booking, personal sessions", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Ada: /type add PT
Ada: /template add PT | type PT | duration 45 | capacity 6 | trainer Tara | space Studio A
Ada: /schedule add PT | wed | 06:00 | weeks 4
Ada: /passtype add PT card | sessions 5 | days 60 | price 50 EUR | types PT
Ada: /grant Maria PT card
Maria: book pt wednesday 6am
Maria: cancel my pt
Leo: cancel my pt
`,
    );
    expect(replyAt(t, 6)).toContain("PT");
    expect(replyAt(t, 6)).toMatch(/Booked|Confirmed/);
    expect(replyAt(t, 7)).toContain("Cancel PT");
    expect(replyAt(t, 7)).toContain("Wed 25 Nov");
    expect(replyAt(t, 7)).not.toContain("personal");
    // Leo holds no PT booking: his personal sessions are what he meant.
    expect(replyAt(t, 8)).toMatch(/personal/i);
  });
});
