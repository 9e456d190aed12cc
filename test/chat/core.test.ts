import { afterAll, beforeAll, expect, it } from "vitest";
import { createChatCore } from "../../src/chat/core.ts";
import type { IncomingEvent, Reply } from "../../src/ports/chat.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import { createDbInbox } from "../adapters/support/db-inbox.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { buildDemo, button, chatter, dropDatabase, textOf } from "./harness.ts";

describePg("chat core on PostgreSQL", () => {
  let db: TestDatabase;
  let demo: Awaited<ReturnType<typeof buildDemo>>;
  beforeAll(async () => {
    db = await createTestPgDatabase();
    demo = await buildDemo(db.prisma);
  });
  afterAll(async () => dropDatabase(db));

  it("acts once per event id, even when delivered twice: the inbox records it once", async () => {
    // The one intake (docs/reliability.md): the same event handed to the inbox twice at once is
    // recorded, handled and answered once; the core itself keeps no dedupe of its own.
    const inbox = createDbInbox(db.prisma);
    const answered: Reply[][] = [];
    inbox.register("console", {
      handle: (ev) => demo.core.handle(ev.payload as IncomingEvent),
      deliver: async (_ev, replies) => {
        answered.push(replies as Reply[]);
      },
    });
    const event = {
      platform: "console" as const,
      eventId: "dup-1",
      user: { platformUserId: "leo", displayName: "Leo" },
      conversation: { workspaceId: "demo-studio", channelId: "c", isDirect: false },
      input: { kind: "text" as const, text: "book spin thursday 18:00" },
    };
    const entry = { id: "console:dup-1", platform: "console", payload: event };
    const [a, b] = await Promise.all([inbox.accept(entry), inbox.accept(entry)]);
    expect([a.fresh, b.fresh].sort()).toEqual([false, true]);
    await Promise.all([a.handled, b.handled]);
    expect(answered).toHaveLength(1);
    expect(textOf(answered[0]!)).toContain("Booked: Spin, Thu 26 Nov 2026, 18:00");
    expect(await db.prisma.inboxEvent.count({ where: { id: "console:dup-1" } })).toBe(1);
  });

  it("makes an unknown person in a connected space a member on first contact", async () => {
    const r = await demo.chat.say("Zoe", "passes");
    expect(textOf(r)).toContain("You have no passes yet");
    const person = await db.prisma.platformIdentity.findUnique({
      where: { platform_platformUserId: { platform: "console", platformUserId: "zoe" } },
    });
    const m = await db.prisma.membership.findUnique({
      where: { orgId_personId: { orgId: demo.orgId, personId: person!.personId } },
    });
    expect(m?.role).toBe("member");
  });

  it("a newcomer's first messages arriving at once make one person with one membership", async () => {
    const send = (n: number) =>
      demo.core.handle({
        platform: "discord",
        eventId: `race-${n}`,
        user: { platformUserId: "D-new", displayName: "Newcomer" },
        conversation: { workspaceId: "G-1", channelId: "c", isDirect: false },
        input: { kind: "text", text: "sessions" },
      });
    await db.prisma.chatWorkspace.create({
      data: { platform: "discord", externalId: "G-1", orgId: demo.orgId },
    });
    const replies = await Promise.all([send(1), send(2), send(3)]);
    for (const r of replies) expect(textOf(r)).toContain("Sessions");
    const ids = await db.prisma.platformIdentity.findMany({
      where: { platform: "discord", platformUserId: "D-new" },
    });
    expect(ids).toHaveLength(1);
    expect(await db.prisma.membership.count({ where: { personId: ids[0]?.personId } })).toBe(1);
  });

  it("tells people in a space that is not connected what an admin must do", async () => {
    const r = await demo.chat.send(
      "U1",
      { kind: "text", text: "sessions" },
      { workspaceId: "T-unknown", isDirect: false },
      "slack",
    );
    expect(textOf(r)).toContain("not connected to a studio");
  });

  it("connects a workspace with an admin's one-time code, and refuses the code twice", async () => {
    const members = await demo.chat.say("Maria", "/connect");
    expect(textOf(members)).toContain("Only an admin");
    const issued = await demo.chat.say("Ada", "/connect");
    const code = /\/connect ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{5})/.exec(textOf(issued))?.[1];
    expect(code).toBeDefined();
    const ok = await demo.chat.send(
      "TG-1",
      { kind: "command", name: "connect", args: code! },
      { workspaceId: "-100123", channelId: "-100123", isDirect: false },
      "telegram",
    );
    expect(textOf(ok)).toContain("Connected");
    expect(
      await db.prisma.chatWorkspace.findUnique({
        where: { platform_externalId: { platform: "telegram", externalId: "-100123" } },
      }),
    ).toMatchObject({ orgId: demo.orgId });
    const again = await demo.chat.send(
      "TG-2",
      { kind: "command", name: "connect", args: code! },
      { workspaceId: "-100999", channelId: "-100999", isDirect: false },
      "telegram",
    );
    expect(textOf(again)).toContain("not valid or has expired");
    // Someone new in the connected group books like any member.
    const sessions = await demo.chat.send(
      "TG-3",
      { kind: "text", text: "sessions tomorrow" },
      { workspaceId: "-100123", channelId: "-100123", isDirect: false },
      "telegram",
    );
    expect(textOf(sessions)).toContain("Spin, Tue 24 Nov 2026, 18:00");
  });

  it("links a second platform to the same person with /link, so the same bookings show", async () => {
    const issued = await demo.chat.say("Noor", "/link");
    const code = /\/link ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{5})/.exec(textOf(issued))?.[1];
    expect(code).toBeDefined();
    const dm = { workspaceId: null, channelId: "dm-noor", isDirect: true };
    const before = await demo.chat.send("555", { kind: "text", text: "my bookings" }, dm, "telegram");
    expect(textOf(before)).toContain("not a member of a studio");
    const linked = await demo.chat.send(
      "555",
      { kind: "command", name: "start", args: code!.toLowerCase() },
      dm,
      "telegram",
    );
    expect(textOf(linked)).toContain("Linked");
    const passes = await demo.chat.send("555", { kind: "text", text: "passes" }, dm, "telegram");
    expect(textOf(passes)).toContain("Yoga & Pilates 10");
  });

  it("asks which studio in a DM when a person belongs to several, and remembers the answer", async () => {
    const other = await db.prisma.organization.create({ data: { name: "Second Gym", timezone: "UTC" } });
    const kim = await db.prisma.platformIdentity.findUniqueOrThrow({
      where: { platform_platformUserId: { platform: "console", platformUserId: "kim" } },
    });
    await db.prisma.membership.create({ data: { orgId: other.id, personId: kim.personId, role: "member" } });
    const dm = { workspaceId: null, channelId: "dm-kim", isDirect: true };
    const asked = await demo.chat.send("Kim", { kind: "text", text: "passes" }, dm);
    expect(textOf(asked)).toContain("Which one do you mean?");
    const chosen = await demo.chat.send("Kim", { kind: "button", data: button(asked, "Harbour Studio") }, dm);
    expect(textOf(chosen)).toContain("now talking to Harbour Studio");
    const passes = await demo.chat.send("Kim", { kind: "text", text: "passes" }, dm);
    expect(textOf(passes)).toContain("Spin 10");
    // Autocomplete in that DM follows the same choice.
    const suggested = await demo.core.suggest({
      platform: "console",
      user: { platformUserId: "kim", displayName: "Kim" },
      workspaceId: null,
      field: "trainer",
      prefix: "s",
    });
    expect(suggested).toEqual([{ label: "Sam", value: "Sam" }]);
  });

  it("answers stale and forged buttons clearly", async () => {
    expect(textOf(await demo.chat.press("Maria", "0bk.abc"))).toContain("out of date");
    expect(textOf(await demo.chat.press("Maria", "1bk.'; DROP TABLE x"))).toContain(
      "could not read that button",
    );
    expect(textOf(await demo.chat.press("Maria", "1pk.AAAAAAAAAA.abc"))).toContain("expired");
  });

  it("offers pass buttons when several passes fit, the one expiring first first", async () => {
    const r = await demo.chat.say("Maria", "book spin wed 18:00");
    expect(textOf(r)).toContain("Which pass");
    const labels = r[0]!.buttons!.flat().map((b) => b.label);
    expect(labels[0]).toContain("★ Unlimited Month");
    const booked = await demo.chat.press("Maria", r[0]!.buttons![1]![0]!.data);
    expect(textOf(booked)).toContain("Spin 10: 9 sessions left");
  });

  it("books from a button with one unlocked read and one write statement, from text with the find as its read", async () => {
    // Units of database work: transactions, and the booking hot path's read and one-statement write.
    let transactions = 0;
    let reads = 0;
    const store = demo.deps.store;
    const counted = createChatCore({
      ...demo.deps,
      store: {
        transaction: (fn) => {
          transactions++;
          return store.transaction(fn);
        },
        singleRead: (fn) => {
          reads++;
          return store.singleRead(fn);
        },
        loadForBooking: (...a) => {
          transactions++;
          return store.loadForBooking(...a);
        },
        bookInOneStep: (input) => {
          transactions++;
          return store.bookInOneStep(input);
        },
      },
    });
    const chat = chatter(counted);
    const asked = await chat.say("Maria", "book spin tue 18:00");
    expect(textOf(asked)).toContain("Which pass for Spin, Tue 24 Nov 2026, 18:00 with Sam in Spin Room?");
    // The search read the member's passes and booking with the session: no second read.
    expect(reads).toBe(1);
    expect(transactions).toBe(0);
    transactions = 0;
    reads = 0;
    const booked = await chat.press("Maria", asked[0]!.buttons![1]![0]!.data);
    expect(textOf(booked)).toContain("Booked: Spin, Tue 24 Nov 2026, 18:00 with Sam in Spin Room");
    expect(transactions).toBe(2); // the read the rules run on, then the one write statement
    transactions = 0;
    reads = 0;
    // Typed again: the find's read carries the member's booking there, so the refusal needs no more.
    const again = await chat.say("Maria", "book spin tue 18:00");
    expect(textOf(again)).toContain("You are already booked on Spin, Tue 24 Nov 2026, 18:00");
    expect(reads).toBe(1);
    expect(transactions).toBe(0);
    reads = 0;
    const cancelled = await chat.press("Maria", button(booked, "Cancel booking"));
    expect(textOf(cancelled)).toContain("Cancel Spin, Tue 24 Nov 2026, 18:00");
    const done = await chat.press("Maria", button(cancelled, "Yes, cancel"));
    expect(textOf(done)).toContain("Cancelled: Spin, Tue 24 Nov 2026, 18:00 with Sam in Spin Room");
    // One single read (the member's bookings) to show the question; then the cancel finds the booking
    // (a single read) and cancels it (one transaction): nothing after.
    expect(transactions).toBe(1);
    expect(reads).toBe(2);
  });

  it("logs unexpected errors with context and replies with a short apology, no internals", async () => {
    const log = { ...demo.log, entries: [] as typeof demo.log.entries };
    const broken = createChatCore({
      ...demo.deps,
      log: {
        ...demo.log,
        error: (obj, msg) =>
          void log.entries.push({ level: "error", obj: obj as Record<string, unknown>, msg: msg ?? "" }),
      },
      directory: {
        ...demo.deps.directory,
        vocabulary: async () => {
          throw new Error('relation "TrainingType" does not exist at SELECT * FROM secret');
        },
        orgWithVocabulary: async () => {
          throw new Error('relation "TrainingType" does not exist at SELECT * FROM secret');
        },
        arrival: async () => {
          throw new Error('relation "TrainingType" does not exist at SELECT * FROM secret');
        },
      },
    });
    const r = await broken.handle({
      platform: "console",
      eventId: "boom-1",
      user: { platformUserId: "maria", displayName: "Maria" },
      conversation: { workspaceId: "demo-studio", channelId: "c", isDirect: false },
      input: { kind: "text", text: "sessions" },
    });
    expect(textOf(r)).toBe("Sorry, something went wrong on our side. Please try again in a minute.");
    expect(log.entries[0]).toMatchObject({ level: "error", obj: { eventId: "boom-1", platform: "console" } });
  });

  it("suggests training and trainer names, never individual trainings", async () => {
    const req = {
      platform: "console" as const,
      user: { platformUserId: "maria", displayName: "Maria" },
      workspaceId: "demo-studio",
    };
    expect(await demo.core.suggest({ ...req, field: "training", prefix: "sp" })).toEqual([
      { label: "Spin", value: "Spin" },
    ]);
    expect(await demo.core.suggest({ ...req, field: "trainer", prefix: "ta" })).toEqual([
      { label: "Tara", value: "Tara" },
    ]);
    const all = await demo.core.suggest({ ...req, field: "training", prefix: "" });
    expect(all.map((s) => s.label)).not.toContain("PT with Sam");
  });

  it("works with the fixed clock moved forward (no hidden real time)", async () => {
    const clock = createFixedClock(new Date("2026-12-03T08:00:00Z"));
    const later = createChatCore({ ...demo.deps, clock });
    const r = await later.handle({
      platform: "console",
      eventId: "clock-1",
      user: { platformUserId: "maria", displayName: "Maria" },
      conversation: { workspaceId: "demo-studio", channelId: "c", isDirect: false },
      input: { kind: "text", text: "sessions tomorrow" },
    });
    expect(textOf(r)).toContain("Fri 4 Dec 2026, 07:00");
  });
});
