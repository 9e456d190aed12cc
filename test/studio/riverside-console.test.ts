import { afterEach, beforeEach, expect, it } from "vitest";
import { createChatCore } from "../../src/chat/core.ts";
import { createConsoleChat } from "../../src/console/console-chat.ts";
import { createPrismaBookingStore } from "../../src/infra/prisma/booking-store.ts";
import { createPrismaChatState } from "../../src/infra/prisma/chat-state.ts";
import { createPrismaDirectory } from "../../src/infra/prisma/directory-store.ts";
import { createPrismaIdentityStore } from "../../src/infra/prisma/identity-store.ts";
import { createPrismaPersonalStore } from "../../src/infra/prisma/personal-store.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import { issueSetupCode } from "../../src/use-cases/issue-setup-code.ts";
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
    const core = createChatCore({
      store,
      clock,
      identities: createPrismaIdentityStore(db.prisma),
      state: createPrismaChatState(db.prisma),
      directory: createPrismaDirectory(db.prisma),
      personal: createPrismaPersonalStore(db.prisma),
      log: memoryLog(),
    });
    expect(await db.prisma.organization.count()).toBe(0);
    const { code } = await issueSetupCode({ store, clock });
    const chat = createConsoleChat(core, { workspaceId: "riverside-group" });
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

    for (const s of ["Studio A", "Studio B", "Garden"])
      expect(await say("Olivia", `/space add ${s}`)).toBe(`Space created: ${s}.`);
    for (const t of ["Yoga", "Spin", "Pilates"])
      expect(await say("Olivia", `/type add ${t}`)).toBe(`Training type created: ${t}.`);

    expect(
      await say(
        "Olivia",
        "/template add Morning Flow | type Yga | duration 60 | capacity 12 | trainer Sam | space Studio A | booking 30m | cancel 2h | description Gentle vinyasa to start the day",
      ),
    ).toMatch(/There is no training type called Yga\. Create a new training type 'Yga'\?[\s\S]*Use Yoga/);
    expect(await say("Olivia", "2")).toMatch(
      /Template created: Morning Flow \(Yoga, 60 min, capacity 12, open class\)/,
    );
    expect(
      await say(
        "Olivia",
        "/template add Spin Express | type Spin | duration 45 | capacity 2 | trainer Tom | space Studio B | booking 15m | cancel 1h | description High-energy ride",
      ),
    ).toMatch(/Template created: Spin Express \(Spin, 45 min, capacity 2, open class\)/);
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
    expect(await say("Olivia", "/schedule add Spin Express | tue, thu | 18:30 | weeks 4")).toMatch(
      /8 sessions/,
    );
    expect(await say("Olivia", "/schedule add Pilates Course | sat | 10:00 | weeks 6")).toMatch(
      /closed course: link a pass/,
    );
    expect(await say("Olivia", "/schedule add PT with Tom | wed | 12:00 | weeks 4")).toMatch(/4 sessions/);

    expect(
      await say("Olivia", "/passtype add Yoga 10 | sessions 10 | days 90 | price 90 EUR | types Yoga"),
    ).toMatch(/Pass type created: Yoga 10, 10 sessions, valid 90 days, €90\.00/);
    expect(
      await say("Olivia", "/passtype add Spin 5 | sessions 5 | days 30 | price €45 | types Spin"),
    ).toMatch(/€45\.00/);
    expect(
      await say(
        "Olivia",
        "/passtype add Pilates Course pass | sessions 6 | days 60 | price 120 EUR | types Pilates | schedules Pilates Course",
      ),
    ).toMatch(/€120\.00/);
    expect(await say("Olivia", "/catalog passes")).toMatch(
      /Spin 5: 5 sessions, 30 days, €45\.00, covers Spin/,
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
