import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { IncomingInput } from "../../src/ports/chat.ts";
import { lineText } from "../../src/ports/chat.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { buildDemo, dropDatabase, textOf } from "./harness.ts";

/** Words that steer text into the parser's deeper paths (verbs, names, dates). */
const WORDS = [
  "book",
  "cancel",
  "spin",
  "yoga",
  "tomorrow",
  "at",
  "7",
  "friday",
  "/override",
  "/add",
  "with",
  "sam",
  "next week",
  "|",
  "capacity",
  "25.11.",
  "3/12",
];

const controlText = fc
  .array(fc.integer({ min: 0, max: 0x1f }), { maxLength: 50 })
  .map((cs) => String.fromCharCode(...cs));
const textArb = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
  controlText,
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((ws) => ws.join(" ")),
  fc
    .tuple(fc.constantFrom(...WORDS), fc.string({ unit: "binary", maxLength: 40 }))
    .map(([w, s]) => `${w} ${s}`),
);
const inputArb: fc.Arbitrary<IncomingInput> = fc.oneof(
  textArb.map((text) => ({ kind: "text" as const, text })),
  fc
    .tuple(fc.string({ maxLength: 30 }), textArb)
    .map(([name, args]) => ({ kind: "command" as const, name, args })),
  fc
    .tuple(fc.constantFrom("trainer", "book", "sessions", "cancel", "link", "connect", "start"), textArb)
    .map(([name, args]) => ({ kind: "command" as const, name, args })),
  fc.string({ unit: "binary", maxLength: 120 }).map((data) => ({ kind: "button" as const, data })),
  fc.string({ maxLength: 60 }).map((s) => ({ kind: "button" as const, data: `1${s}` })),
);

describePg("fuzz: arbitrary input through ChatCore.handle", () => {
  let db: TestDatabase;
  let demo: Awaited<ReturnType<typeof buildDemo>>;
  beforeAll(async () => {
    db = await createTestPgDatabase();
    demo = await buildDemo(db.prisma);
  });
  afterAll(async () => dropDatabase(db));

  it("never throws, always replies, never leaks internals", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("Maria", "Sam", "Ada", "Stranger"), inputArb, async (who, input) => {
        const replies = await demo.core.handle({
          platform: "console",
          eventId: `fuzz-${++n}`,
          user: { platformUserId: who.toLowerCase(), displayName: who },
          conversation: { workspaceId: "demo-studio", channelId: "c", isDirect: false },
          input,
        });
        expect(replies.length).toBeGreaterThan(0);
        const text = textOf(replies);
        expect(replies.every((r) => r.lines.length > 0)).toBe(true);
        expect(text).not.toMatch(
          /\bat .+\.ts:\d+|Prisma|SELECT |INSERT |relation "|TypeError|ZodError|undefined|NaN|\[object Object\]/,
        );
        for (const r of replies)
          for (const b of (r.buttons ?? []).flat()) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
        for (const r of replies) for (const l of r.lines) expect(lineText(l).length).toBeLessThan(2_000);
      }),
      { numRuns: 250 },
    );
    // Nothing unexpected reached the catch boundary either.
    expect(demo.log.entries.filter((e) => e.level === "error")).toEqual([]);
  });
});
