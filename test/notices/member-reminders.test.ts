import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaNoticeLoader } from "../../src/infra/prisma/notice-loader.ts";
import { parseRemindersCommand, readRemindersText } from "../../src/intents/booking/parse-reminders.ts";
import { buildDemo, dropDatabase, textOf } from "../chat/harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

/** Issue 25, item 7: a member's own reminders, on or off and their lead time, over the studio's. */
describe("reading a member's reminder wish", () => {
  it.each([
    ["/reminders", { change: "show" }],
    ["/reminders off", { change: "off" }],
    ["/reminders on", { change: "on" }],
    ["/reminders default", { change: "default" }],
    ["/reminders 2h", { change: "lead", minutes: 120 }],
    ["/reminders 30m", { change: "lead", minutes: 30 }],
    ["/reminders 1d", { change: "lead", minutes: 1440 }],
    ["/reminders soonish", { change: "bad", typed: "soonish" }],
  ])("%s", (typed, want) => {
    expect(parseRemindersCommand(typed.replace(/^\/reminders\s*/, ""))).toEqual({
      kind: "my_reminders",
      ...want,
    });
  });

  it.each([
    ["remind me 1 hour before", { change: "lead", minutes: 60 }],
    ["Remind me an hour before each class", { change: "lead", minutes: 60 }],
    ["remind me 30 minutes before", { change: "lead", minutes: 30 }],
    ["please remind me 2h before", { change: "lead", minutes: 120 }],
    ["remind me half an hour before", { change: "lead", minutes: 30 }],
    ["remind me a day before", { change: "lead", minutes: 1440 }],
    ["no reminders please", { change: "off" }],
    ["turn reminders off", { change: "off" }],
    ["turn off my reminders", { change: "off" }],
    ["turn reminders on", { change: "on" }],
    ["my reminders", { change: "show" }],
    ["remind me whenever", { change: "bad", typed: "whenever" }],
  ])("%s", (typed, want) => {
    expect(readRemindersText(typed)).toEqual({ kind: "my_reminders", ...want });
  });

  it.each(["book spin tomorrow 6pm", "what's on tomorrow", "thanks!", "reminder for spin?"])(
    "%s is about something else",
    (typed) => expect(readRemindersText(typed)).toBeNull(),
  );
});

describePg("the reminder scan honours each member's own setting over the studio's", () => {
  let db: TestDatabase | undefined;
  let demo: Awaited<ReturnType<typeof buildDemo>>;
  const say = async (who: string, text: string) => textOf(await demo.chat.say(who, text));
  beforeAll(async () => {
    db = await createTestPgDatabase(4);
    demo = await buildDemo(db.prisma, new Date("2026-12-08T08:00:00Z"));
  });
  afterAll(() => dropDatabase(db));

  /** A confirmed booking of someone's for Wednesday's Morning Flow (booked through the chat). */
  async function bookingOf(name: string) {
    const reply = await say(name, "book yoga wednesday 7am");
    expect(reply).toMatch(/Booked: Morning Flow|already booked/);
    const b = await db!.prisma.booking.findFirst({
      where: {
        status: "confirmed",
        person: { displayName: name },
        occurrence: { startsAt: new Date("2026-12-09T06:00:00Z") },
      },
      include: { occurrence: true },
    });
    if (!b) throw new Error(`no booking of ${name}`);
    return { id: b.id, startsAt: b.occurrence.startsAt };
  }

  /** The lead times (among those tried) at which the scan finds this booking due. */
  async function dueAt(b: { id: string; startsAt: Date }): Promise<number[]> {
    const loader = createPrismaNoticeLoader(db!.prisma);
    const found: number[] = [];
    for (const lead of [30, 60, 120, 1440]) {
      const at = new Date(b.startsAt.getTime() - lead * 60_000);
      const due = await loader.listDueReminders(new Date(at.getTime() - 1000), at);
      if (due.some((r) => r.bookingId === b.id)) found.push(lead);
    }
    return found;
  }

  it("default, own lead time, off, on again, back to the studio's; the studio off and one's own on", async () => {
    expect(await say("Ada", "/settings reminders 1h")).toMatch(/Reminders: 1 h before/);
    const maria = await bookingOf("Maria");
    const noor = await bookingOf("Noor");
    expect(await dueAt(maria)).toEqual([60]);

    expect(await say("Maria", "remind me 2 hours before")).toContain(
      "I remind you 2 h before each session you booked (your own setting; the studio's is 1 h)",
    );
    expect(await dueAt(maria)).toEqual([120]);
    expect(await dueAt(noor)).toEqual([60]);

    expect(await say("Maria", "/reminders off")).toContain("Your reminders are off");
    expect(await dueAt(maria)).toEqual([]);
    expect(await dueAt(noor)).toEqual([60]);

    expect(await say("Maria", "/reminders on")).toContain("I remind you 2 h before");
    expect(await dueAt(maria)).toEqual([120]);

    expect(await say("Maria", "/reminders default")).toContain(
      "I remind you 1 h before each session you booked (the studio's setting)",
    );
    expect(await dueAt(maria)).toEqual([60]);

    // A bad lead time changes nothing.
    expect(await say("Maria", "/reminders 9d")).toMatch(/from 5 to 10080/);
    expect(await dueAt(maria)).toEqual([60]);

    // The studio sends none by default; a member's own lead time still reminds them.
    await say("Ada", "/settings reminders off");
    expect(await dueAt(maria)).toEqual([]);
    expect(await say("Maria", "/reminders 30m")).toContain("I remind you 30 min before");
    expect(await dueAt(maria)).toEqual([30]);
    expect(await dueAt(noor)).toEqual([]);
  });
});
