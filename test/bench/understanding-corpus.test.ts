import { expect, it } from "vitest";
import { readCorpus, runCorpus } from "../../bench/understanding.ts";

/**
 * The understanding corpus's "nothing booked wrongly" check (bench/understanding.ts) in `npm test`:
 * every utterance goes through the real chat core on the corpus studio; none may be graded wrong
 * (a booking or cancellation that was not asked for, or the wrong one) and the core logs no error.
 * How many are understood (the bench's RESULT) is the bench's number, not asserted here.
 */
it("no utterance of the understanding corpus books, cancels or answers wrongly", async () => {
  const lines = readCorpus();
  expect(lines.length).toBeGreaterThan(400);
  const { results, errors } = await runCorpus(lines);
  expect(results.length).toBe(lines.length);
  const wrong = results
    .filter((r) => r.grade === "wrong")
    .map((r) => `line ${r.line} [${r.lang}] ${r.utterance} → expected ${r.label}; ${r.why}`);
  expect(wrong).toEqual([]);
  expect(errors).toEqual([]);
  // The grading can tell right from wrong: most of the corpus is understood.
  expect(results.filter((r) => r.grade === "correct").length).toBeGreaterThan(lines.length / 2);
}, 600_000);
