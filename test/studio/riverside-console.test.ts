import { afterEach, beforeEach, expect, it } from "vitest";
import { createConsoleChat } from "../../adapters/console/console-chat.ts";
import { consoleThroughInbox } from "../../adapters/console/console-intake.ts";
import { buildCore } from "../../src/app/build-core.ts";
import { createPrismaBookingStore } from "../../src/infra/prisma/booking-store.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import { issueSetupCode } from "../../src/use-cases/identity/issue-setup-code.ts";
import { createDbInbox } from "../adapters/support/db-inbox.ts";
import { memoryLog } from "../chat/harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

/** Monday 23 Nov 2026, 09:00 in Lisbon (UTC+0 in winter). */
const NOW = new Date("2026-11-23T09:00:00Z");

describePg("opening Riverside Gym from an empty database, in the console", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgDatabase();
  });
  afterEach(async () => db.drop());

  it("an operator's code, then an owner sets up the whole studio; a member books and a trainer overrides", async () => {
    const clock = createFixedClock(NOW);
    const store = createPrismaBookingStore(db.prisma);
    const core = buildCore({
      clock,
      prisma: db.prisma,
      log: memoryLog(),
    }).core;
    expect(await db.prisma.organization.count()).toBe(0);
    const { code } = await issueSetupCode({ store, clock });
    const chat = createConsoleChat(consoleThroughInbox(core, createDbInbox(db.prisma)), {
      workspaceId: "riverside-group",
    });
    const transcript: string[] = [];
    const say = async (who: string, line: string) => {
      const out = await chat.say(who, line);
      transcript.push(`> ${who}: ${line}\n${out}`);
      return out;
    };

    expect(await say("Maria", "hello")).toMatch(/not connected to a studio/);
    expect(await say("Olivia", `/setup ${code.toLowerCase()}`)).toMatch(
      /Your studio is open and you are its admin/,
    );
    expect(await say("Olivia", "Riverside Gym")).toMatch(/Which timezone is the studio in\?/);
    expect(await say("Olivia", "2")).toMatch(
      /Timezone changed from UTC to Europe\/Lisbon[\s\S]*Which language/,
    );
    expect(await say("Olivia", "1")).toMatch(/Language: en-GB/);
    expect(await say("Olivia", `/setup ${code}`)).toMatch(/already belongs to a studio/);

    // Staff: one trainer who has talked to the bot, one who has not yet.
    await say("Tom", "hi");
    expect(await say("Olivia", "/staff add Tom trainer")).toBe("Tom is now a trainer.");
    expect(await say("Olivia", "/staff add @Sam trainer")).toBe(
      "Sam will be a trainer as soon as they first talk to me here.",
    );
    await say("Sam", "hi");
    expect(await say("Olivia", "/staff")).toMatch(/Olivia: admin\nSam: trainer\nTom: trainer/);

    // A space by guided question (no name given), the others in one line each.
    expect(await say("Olivia", "/space add")).toMatch(
      /New space, question 1 of 1: Name\n1 to 80 characters\.\n"cancel" stops without saving\./,
    );
    expect(await say("Olivia", "Studio A")).toBe("Space created: Studio A.");
    for (const s of ["Studio B", "Garden"])
      expect(await say("Olivia", `/space add ${s}`)).toBe(`Space created: ${s}.`);
    for (const t of ["Yoga", "Spin", "Pilates"])
      expect(await say("Olivia", `/type add ${t}`)).toBe(`Training type created: ${t}.`);
    // A clashing name is refused with the reason and asked again; "cancel" stops.
    await say("Olivia", "/type add");
    expect(await say("Olivia", "yoga")).toMatch(/already[\s\S]*New training type, question 1 of 1: Name/);
    expect(await say("Olivia", "cancel")).toBe("Stopped: New training type was not saved.");
    expect(await say("Olivia", "Zumba")).not.toMatch(/created/);

    // Settings by guided questions: skip keeps a value, a bad answer is asked again.
    expect(await say("Olivia", "/settings")).toMatch(/\[1\] Edit settings/);
    expect(await say("Olivia", "1")).toMatch(
      /Your studio, question 1 of 5: Studio name[\s\S]*Now: Riverside Gym/,
    );
    expect(await say("Olivia", "skip")).toMatch(/question 2 of 5: Timezone/);
    expect(await say("Olivia", "Lisbon")).toMatch(
      /Timezone must be an IANA timezone name[\s\S]*question 2 of 5: Timezone/,
    );
    expect(await say("Olivia", "skip")).toMatch(/question 3 of 5: Language/);
    expect(await say("Olivia", "skip")).toMatch(/question 4 of 5: Reminders/);
    expect(await say("Olivia", "2h")).toMatch(/question 5 of 5: Who grants passes/);
    expect(await say("Olivia", "skip")).toMatch(/Saved\.[\s\S]*Reminders: 2 h before/);

    expect(
      await say(
        "Olivia",
        "/template add Morning Flow | type Yga | duration 60 | capacity 12 | trainer Sam | space Studio A | booking 30m | cancel 2h | description Gentle vinyasa to start the day",
      ),
    ).toMatch(/There is no training type called Yga\. Create a new training type 'Yga'\?[\s\S]*Use Yoga/);
    expect(await say("Olivia", "2")).toMatch(
      /Template created: Morning Flow \(Yoga, 60 min, capacity 12, open class\)/,
    );
    // Spin Express by guided questions: the basics, then its trainer, space, deadlines and kind.
    expect(await say("Olivia", "/template add")).toMatch(/New template, question 1 of 5: Name/);
    expect(await say("Olivia", "Spin Express")).toMatch(
      /question 2 of 5: Training type\n.*\n[\s\S]*\[1\] Pilates {2}\[2\] Spin {2}\[3\] Yoga/,
    );
    expect(await say("Olivia", "2")).toMatch(/question 3 of 5: Duration in minutes/);
    expect(await say("Olivia", "45")).toMatch(/question 4 of 5: Capacity/);
    expect(await say("Olivia", "0")).toMatch(
      /^Capacity must be a whole number from 1 to 1000\.\nNew template, question 4 of 5: Capacity/,
    );
    expect(await say("Olivia", "2")).toMatch(
      /question 5 of 5: Description[\s\S]*Optional: "skip" leaves it out/,
    );
    expect(await say("Olivia", "High-energy ride")).toMatch(
      /Template created: Spin Express \(Spin, 45 min, capacity 2, open class\)[\s\S]*Rules of Spin Express, question 1 of 5: Default trainer/,
    );
    expect(await say("Olivia", "Tom")).toMatch(/question 2 of 5: Default space/);
    expect(await say("Olivia", "Studio B")).toMatch(/question 3 of 5: Booking closes/);
    expect(await say("Olivia", "15m")).toMatch(/question 4 of 5: Members can cancel/);
    expect(await say("Olivia", "1h")).toMatch(/question 5 of 5: Kind[\s\S]*Now: open/);
    expect(await say("Olivia", "skip")).toMatch(/Spin Express saved\./);
    expect(
      await say(
        "Olivia",
        "/template add Pilates Course | type Pilates | duration 50 | capacity 8 | trainer Sam | space Garden | closed | booking 1h | cancel 1d | description Six-week beginners course",
      ),
    ).toMatch(/capacity 8, closed \(pass-only\) course/);
    expect(
      await say(
        "Olivia",
        "/template add PT with Tom | type Pilates | duration 60 | individual | trainer Tom | space Garden | booking 2h | cancel 1d | description One to one",
      ),
    ).toMatch(/capacity 1, individual training/);
    expect(await say("Olivia", "/template add Broken | type Yoga | duration 60 | capacity 0")).toBe(
      "Capacity must be a whole number from 1 to 1000.",
    );

    expect(await say("Olivia", "/schedule add Morning Flow | mon, wed, fri | 07:00 | weeks 4")).toMatch(
      /Schedule created: Morning Flow, Mon, Wed, Fri at 07:00, Mon 23 Nov 2026 to Sun 20 Dec 2026: 11 sessions/,
    );
    // A schedule by guided questions, days by their button.
    expect(await say("Olivia", "/schedule add")).toMatch(/New schedule, question 1 of 5: Template/);
    await say("Olivia", "Spin Express");
    expect(await say("Olivia", "someday")).toMatch(/Weekdays must be one or more of Mon/);
    expect(await say("Olivia", "9")).toMatch(/question 3 of 5: Start time/);
    expect(await say("Olivia", "6:30pm")).toMatch(/question 4 of 5: First day/);
    expect(await say("Olivia", "skip")).toMatch(/question 5 of 5: Last day/);
    expect(await say("Olivia", "4")).toMatch(
      /Schedule created: Spin Express, Tue, Thu at 18:30, .*: 8 sessions/,
    );
    expect(await say("Olivia", "/schedule add Pilates Course | sat | 10:00 | weeks 6")).toMatch(
      /closed course: link a pass/,
    );
    expect(await say("Olivia", "/schedule add PT with Tom | wed | 12:00 | weeks 4")).toMatch(/4 sessions/);

    expect(
      await say("Olivia", "/passtype add Yoga 10 | sessions 10 | days 90 | price 90 EUR | types Yoga"),
    ).toMatch(/Pass type created: Yoga 10, 10 sessions, valid 90 days, €90(?!\.\d)/);
    // A pass type by guided questions: a price that cannot be read is asked again.
    expect(await say("Olivia", "/passtype add")).toMatch(/New pass type, question 1 of 5: Name/);
    expect(await say("Olivia", "Spin 5")).toMatch(/question 2 of 5: Sessions/);
    expect(await say("Olivia", "5")).toMatch(/question 3 of 5: Valid for days/);
    expect(await say("Olivia", "30")).toMatch(/question 4 of 5: Price/);
    expect(await say("Olivia", "forty-five")).toMatch(/^Price must be an amount/);
    expect(await say("Olivia", "€45")).toMatch(/question 5 of 5: Training types/);
    expect(await say("Olivia", "Spin")).toMatch(
      /Pass type created: Spin 5, 5 sessions, valid 30 days, €45(?!\.\d)/,
    );
    expect(
      await say(
        "Olivia",
        "/passtype add Pilates Course pass | sessions 6 | days 60 | price 120 EUR | types Pilates | schedules Pilates Course",
      ),
    ).toMatch(/€120(?!\.\d)/);
    expect(await say("Olivia", "/catalog passes")).toMatch(
      /Spin 5: 5 sessions, 30 days, €45(?!\.\d), covers Spin/,
    );

    await say("Maria", "hi");
    await say("Leo", "hi");
    expect(await say("Olivia", "/grant Maria Spin 5")).toMatch(/Spin 5/);
    expect(await say("Olivia", "/grant Leo Pilates Course pass")).toMatch(/Pilates Course/);
    expect(await say("Olivia", "/linkchannel spin")).toMatch(/^Linked this channel to every Spin session/);

    expect(await say("Maria", "book spin tomorrow 18:30")).toMatch(
      /Booked: Spin Express, Tue 24 Nov 2026, 18:30/,
    );
    expect(await say("Tom", "/override spin tomorrow 18:30 capacity 3")).toMatch(
      /Updated: Spin Express, Tue 24 Nov 2026, 18:30[\s\S]*Changed: capacity/,
    );
    expect(await say("Tom", "/passes Maria")).toMatch(/Spin 5: 4 left[\s\S]*granted by Olivia/);
    expect(await say("Maria", "/staff add Maria admin")).toBe(
      "Only studio admins can do that. Type help to see what you can do.",
    );

    if (process.env.PRINT_TRANSCRIPT) process.stdout.write(`${transcript.join("\n")}\n`);
    const org = await db.prisma.organization.findFirstOrThrow();
    expect(org).toMatchObject({ name: "Riverside Gym", timezone: "Europe/Lisbon", locale: "en-GB" });
    expect(await db.prisma.trainingTemplate.count()).toBe(4);
    expect(await db.prisma.passType.count()).toBe(3);
  });
});
