import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeButton } from "../../src/intents/button-codec.ts";
import { buildDemo, button, textOf } from "../chat/harness.ts";
import { createTestPgliteDatabase, type TestDatabase } from "../support/test-db.ts";
import { replyAt, runTranscript } from "./transcript-harness.ts";

// The demo studio (Berlin, Monday 23 Nov 2026 09:00): Sam offers a private lesson (60 min, 15 min
// buffer, 2 h minimum lead, 40 EUR members / 55 EUR others).
describe("console transcript: moving a personal session", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgliteDatabase();
  });
  afterEach(async () => db?.drop());

  it("by text and by the buttons of 'my personal sessions'; member and trainer are told", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Maria: private lesson with sam thursday 1pm
Maria: 2
Maria: move my session with Sam to friday 10am
Maria: my personal sessions
Maria: 2
Maria: 1
Leo: move my private lesson to friday 10am
Leo: reschedule my session with sam
Maria: move my session with Sam to saturday 3am
Maria: move my session with Zed to friday 10am
`,
    );
    expect(replyAt(t, 2)).toContain("Private lesson, Thu 26 Nov 2026, 13:00 with Sam");
    expect(replyAt(t, 3)).toContain("== Moved ==");
    expect(replyAt(t, 3)).toContain("Private lesson, Fri 27 Nov 2026, 10:00 with Sam");
    expect(replyAt(t, 3)).toContain("Was: Thu 26 Nov 2026, 13:00. Sam is told.");
    expect(replyAt(t, 4)).toContain(
      "[1] Cancel Private lesson Fri 27 Nov, 10:00  [2] Move Private lesson Fri 27 Nov, 10:00",
    );
    expect(replyAt(t, 5)).toContain("Move Private lesson (Fri 27 Nov, 10:00 with Sam)");
    expect(replyAt(t, 5)).toContain("Free times Mon 23 Nov to Sun 29 Nov; pick one:");
    // The first free time of the week: today from 11:00 (2 h lead time).
    expect(replyAt(t, 5)).toContain("[1] Mon 23 Nov, 11:00");
    expect(replyAt(t, 6)).toContain("Private lesson, Mon 23 Nov 2026, 11:00 with Sam");
    expect(replyAt(t, 6)).toContain("Was: Fri 27 Nov 2026, 10:00");
    expect(replyAt(t, 7)).toBe("You have no upcoming personal session to move.\nBook one with /personal.");
    expect(replyAt(t, 8)).toContain("You have no upcoming personal session to move.");
    expect(replyAt(t, 9)).toContain("Sat 28 Nov 03:00 is not free.");
    expect(replyAt(t, 10)).toContain(
      'There is no trainer called "zed" here. Your upcoming personal sessions:',
    );
    expect(replyAt(t, 10)).toContain("[1] Private lesson Mon 23 Nov, 11:00 · Sam");
    const rows = await db.prisma.personalBooking.findMany({ orderBy: { startsAt: "asc" } });
    expect(rows.filter((r) => r.active).map((r) => r.startsAt.toISOString())).toEqual([
      "2026-11-23T10:00:00.000Z",
    ]);
    expect(rows).toHaveLength(3);
    const kinds = await db.prisma.outboxEvent.findMany({
      where: { kind: { startsWith: "personal." } },
      orderBy: { id: "asc" },
    });
    expect(kinds.map((k) => k.kind)).toEqual([
      "personal.booked",
      "personal.rescheduled",
      "personal.rescheduled",
    ]);
  });
});

describe("moving a personal session: deadlines and other people's bookings", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgliteDatabase();
  });
  afterEach(async () => db?.drop());

  it("a member cannot move inside the type's minimum lead time; nobody moves another's booking", async () => {
    const demo = await buildDemo(db.prisma);
    const booked = await demo.chat.say("Maria", "private lesson with sam tomorrow 10am");
    await demo.chat.press("Maria", button(booked, "Check"));
    const mine = await demo.chat.say("Maria", "/personal my");
    const move = button(mine, "Move Private lesson");
    // Another member pressing Maria's move button learns nothing.
    expect(textOf(await demo.chat.press("Leo", move))).not.toContain("Private lesson");
    // Tuesday 08:30 local: the 10:00 session is inside its 2 h deadline.
    demo.clock.set(new Date("2026-11-24T07:30:00Z"));
    const late = await demo.chat.say("Maria", "move my private lesson to thursday 10am");
    expect(textOf(late)).toBe(
      "It is too late to move this session: it can be moved up to 2 hours before the start. Please tell your trainer.",
    );
    expect(textOf(await demo.chat.press("Maria", move))).toContain("too late to move");
    // A button made earlier (or forged) for a free time is refused by the use case the same way.
    const forged = encodeButton({
      op: "pq",
      bookingId: move.split(".")[1] ?? "",
      startMinute: (Date.UTC(2026, 10, 26, 9) / 60_000).toString(36),
    });
    expect(textOf(await demo.chat.press("Maria", forged))).toContain("too late to move");
    const active = await db.prisma.personalBooking.findMany({ where: { active: true } });
    expect(active.map((b) => b.startsAt.toISOString())).toEqual(["2026-11-24T09:00:00.000Z"]);
  });
});

describe("console transcript: a trainer's busy calendar from a file", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgliteDatabase();
  });
  afterEach(async () => db?.drop());

  it("/busy file <path> loads the .ics; a missing or non-calendar file is said clearly", async () => {
    const ics = path.join(import.meta.dirname, "../data/trainer-busy.ics");
    const t = await runTranscript(
      db.prisma,
      `
Sam: /busy file ${ics}
Sam: /feed
Sam: /busy file ${path.join(import.meta.dirname, "personal-move-transcript.test.ts")}
Sam: /busy file /nonexistent/dir/sam.ics
Maria: /busy file ${ics}
`,
    );
    expect(replyAt(t, 1)).toMatch(/^Busy times from trainer-busy\.ics: \d+ events loaded/);
    expect(replyAt(t, 2)).toContain("file:trainer-busy.ics, loaded");
    expect(replyAt(t, 3)).toContain("personal-move-transcript.test.ts is not a calendar file.");
    expect(replyAt(t, 4)).toBe("I could not download sam.ics. Please send it again in a moment.");
    expect(replyAt(t, 5)).toBe("Only trainers and admins can do that. Type help to see what you can do.");
    expect(await db.prisma.busyBlock.count()).toBeGreaterThan(10);
  });
});
