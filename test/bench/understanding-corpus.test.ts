import { expect, it } from "vitest";
import { readCorpus, runCorpus } from "../../bench/understanding.ts";
import { createTestPgDatabase, createTestPgliteDatabase, pgAvailable } from "../support/test-db.ts";

/**
 * The understanding corpus's "nothing booked wrongly" check (bench/understanding.ts) in `npm test`:
 * every utterance goes through the real chat core on the corpus studio; none may be graded wrong
 * (a booking or cancellation that was not asked for, or the wrong one) and the core logs no error.
 * How many are understood (the bench's RESULT) is the bench's number, not asserted here.
 * The bench runs on embedded PGlite; here the same corpus runs on PostgreSQL when there is one (about
 * a third less CPU: PGlite's WebAssembly is slower), since what is graded is the chat core's reading.
 */
it("no utterance of the understanding corpus books, cancels or answers wrongly", async () => {
  const lines = readCorpus();
  expect(lines.length).toBeGreaterThan(400);
  const db = pgAvailable() ? await createTestPgDatabase(4) : await createTestPgliteDatabase();
  try {
    const { results, errors } = await runCorpus(lines, db);
    expect(results.length).toBe(lines.length);
    const wrong = results
      .filter((r) => r.grade === "wrong")
      .map((r) => `line ${r.line} [${r.lang}] ${r.utterance} → expected ${r.label}; ${r.why}`);
    expect(wrong).toEqual([]);
    expect(errors).toEqual([]);
    // The grading can tell right from wrong: most of the corpus is understood.
    expect(results.filter((r) => r.grade === "correct").length).toBeGreaterThan(lines.length / 2);
  } finally {
    await db.drop();
  }
}, 600_000);
