import { afterAll, beforeAll, expect, it } from "vitest";
import { buildDemo, dropDatabase, textOf } from "../chat/harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

/** Issue 25, item 6: the catalogue and staff replies read as staff words, and /schedule end ends. */
describePg("catalogue and staff wording on the demo", () => {
  let db: TestDatabase | undefined;
  let demo: Awaited<ReturnType<typeof buildDemo>>;
  const say = async (who: string, text: string) => textOf(await demo.chat.say(who, text));
  beforeAll(async () => {
    db = await createTestPgDatabase(4);
    demo = await buildDemo(db.prisma, new Date("2026-12-08T08:00:00Z"));
  });
  afterAll(() => dropDatabase(db));

  it("a template names its archived space and type, and deadlines of none read as open until the start", async () => {
    await say("Ada", "/space archive Studio A");
    await say("Ada", "/type archive Pilates");
    const t = await say("Ada", "/catalog templates");
    expect(t).toMatch(
      /Pilates Core: Pilates \(archived\), 50 min, capacity 8, trainer Tara, in Studio A \(archived\)/,
    );
    expect(t).toContain("booking open until the start, cancel until the start");
    expect(t).toContain("cancel until 2 h before");
    expect(t).not.toMatch(/\?|none before|, space,/);
    await say("Ada", "/space restore Studio A");
    await say("Ada", "/type restore Pilates");
  });

  it("/catalog's edit buttons say what they edit: a template and a schedule of one name differ", async () => {
    const replies = await demo.chat.say("Ada", "/catalog");
    const labels = replies.flatMap((r) => (r.buttons ?? []).flat().map((b) => b.label));
    expect(labels).toContain("Edit template Morning Flow");
    expect(new Set(labels).size).toBe(labels.length);
    const schedules = (await demo.chat.say("Ada", "/catalog schedules")).flatMap((r) =>
      (r.buttons ?? []).flat().map((b) => b.label),
    );
    expect(schedules).toContain("Edit schedule Morning Flow");
  });

  it("/schedule end never lengthens a schedule; an earlier day ends it", async () => {
    const catalog = await say("Ada", "/catalog schedules");
    const before = catalog.match(/Morning Flow: .* to (.*)$/m)?.[1];
    const later = await say("Ada", "/schedule end Morning Flow | 2027-01-31");
    expect(later).toMatch(/already ends on .*before Sun 31 Jan 2027/);
    expect(later).toContain("/schedule edit <name> | until 2027-01-31");
    expect(later).not.toMatch(/added/);
    expect((await say("Ada", "/catalog schedules")).match(/Morning Flow: .* to (.*)$/m)?.[1]).toBe(before);
    const earlier = await say("Ada", "/schedule end Morning Flow | 2026-12-15");
    expect(earlier).toMatch(
      /Schedule Morning Flow ends on Tue 15 Dec 2026: \d+ unbooked sessions removed, 0 added/,
    );
    expect(await say("Ada", "/catalog schedules")).toMatch(/Morning Flow: .* to Tue 15 Dec 2026/);
  });

  it("a name that is not in the catalogue is refused in staff words, naming what was typed", async () => {
    const schedule = await say(
      "Ada",
      "/passtype add Beginners pass | sessions 8 | days 60 | schedules Beginners",
    );
    expect(schedule).toBe(
      "There is no schedule called Beginners. Did you mean Beginners Yoga Course? /catalog schedules lists them.",
    );
    const space = await say(
      "Ada",
      "/template add Dusk Flow | type Yoga | duration 60 | capacity 12 | space Hall",
    );
    expect(space).toContain("There is no space called Hall.");
    expect(space).toContain("/space add Hall");
    const trainer = await say(
      "Ada",
      "/template add Dusk Flow | type Yoga | duration 60 | capacity 12 | trainer Bob",
    );
    expect(trainer).toContain("Bob is not a trainer here yet");
    expect(trainer).toContain("/staff add @Bob trainer");
    for (const t of [schedule, space, trainer]) expect(t).not.toMatch(/my bookings|Try "sessions"/);
    expect(await say("Ada", "/catalog templates")).not.toContain("Dusk Flow");
  });

  it("an individual template with a capacity says why, not that the number is not whole", async () => {
    const t = await say(
      "Ada",
      "/template add Solo | type Yoga | duration 60 | capacity 12 | closed | individual",
    );
    expect(t).toBe("An individual training has capacity 1; leave capacity out or set it to 1.");
  });

  it("thanks gets a short polite answer, not the help", async () => {
    for (const [who, text] of [
      ["Maria", "thanks!"],
      ["Ada", "Thank you so much"],
      ["Noor", "danke schön"],
    ] as const) {
      const t = await say(who, text);
      expect(t).toBe("You're welcome! Type help whenever you need me.");
    }
    expect(await say("Maria", "flibbertigibbet")).toMatch(/did not understand/);
  });
});
