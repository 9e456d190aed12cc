import { afterEach, beforeEach, expect, it } from "vitest";
import { createConsoleChat } from "../../adapters/console/console-chat.ts";
import { consoleThroughInbox } from "../../adapters/console/console-intake.ts";
import { encodeButton } from "../../src/intents/button-codec.ts";
import { fanOutOutboxEvent } from "../../src/notices/fan-out.ts";
import { sendDelivery } from "../../src/notices/send-delivery.ts";
import { lineText, type Reply } from "../../src/ports/chat.ts";
import { scanCoachingDigests } from "../../src/use-cases/coaching/digest.ts";
import { createDbInbox } from "../adapters/support/db-inbox.ts";
import { buildDemo, chatter, dropDatabase, textOf } from "../chat/harness.ts";
import { processorDeps } from "../notices/harness.ts";
import { createRecordingSender } from "../notices/recording-sender.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

// The demo studio (Berlin) at Mon 23 Nov 2026, 09:00. Sam is a trainer: the coach.

const replyText = (r: Reply): string =>
  [
    r.title ?? "",
    ...r.lines.map(lineText),
    ...(r.sections ?? []).flatMap((s) => [s.heading ?? "", ...s.lines.map(lineText)]),
  ]
    .filter(Boolean)
    .join("\n");

describePg("1-2-1 coaching: console transcript, the client on Telegram", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgDatabase();
  });
  afterEach(async () => dropDatabase(db));

  it("a coach sets up a program, writes two weeks for a pending client, invites by link; the client joins on Telegram, sees week 1, and the next day's digest shows day 8", async () => {
    const demo = await buildDemo(db.prisma);
    const consoleChat = createConsoleChat(consoleThroughInbox(demo.core, createDbInbox(db.prisma)), {
      firstSpeaker: "Sam",
    });
    let transcript = "";
    const say = async (who: string, message: string) => {
      const out = await consoleChat.say(who, message);
      transcript += `> ${who}: ${message}\n${out}\n\n`;
      return out;
    };

    expect(await say("Sam", "new program Strength 1-2-1 200 GBP")).toContain(
      "Created: Strength 1-2-1 (£200, draft).",
    );
    expect(await say("Sam", "publish Strength")).toContain("Published: Strength 1-2-1 (£200, published).");
    expect(await say("Sam", "digest Strength 07:00")).toContain("daily digest at 07:00 (Europe/Berlin)");
    expect(await say("Sam", "add client Jo Runner")).toContain(
      "Added Jo Runner to Strength 1-2-1 as Pending",
    );
    for (let d = 1; d <= 14; d++) {
      const week = Math.floor((d - 1) / 7) + 1;
      const day = ((d - 1) % 7) + 1;
      expect(
        await say("Sam", `write Jo W${week}D${day}: Session ${d}\\nWarm-up 10 min\\nMain set ${d}`),
      ).toContain(`Written for Jo Runner, Week ${week} Day ${day}: Session ${d} (2 lines of training).`);
    }
    const cal = await say("Sam", "calendar Jo week 2");
    expect(cal).toContain("Jo Runner, week 2 (Strength 1-2-1)");
    expect(cal).toContain("Jo Runner pending: sees nothing yet.");
    expect(cal).toContain("Session 8");
    expect(await say("Sam", "clients")).toMatch(/Pending \(1\)\n\s*Jo Runner: not invited yet/);
    const invite = await say("Sam", "invite Jo link");
    const code = /code ([A-Z0-9]{10})\./.exec(invite)?.[1] ?? "";
    expect(code).toMatch(/^[A-Z2-9]{10}$/);
    expect(invite).toContain(`Telegram link: https://t.me/demo_studio_bot?start=${code}`);
    expect(invite).toContain(`/join ${code}`);

    // Jo opens the deep link on Telegram: the bot receives /start <code> in a direct message.
    const tg = chatter(demo.core);
    const dm = { spaceId: null, channelId: "tg-jo", isDirect: true } as never;
    const joined = await tg.send("tg-jo", { kind: "command", name: "start", args: code }, dm, "telegram");
    expect(textOf(joined)).toContain("Welcome to Strength 1-2-1");
    expect(textOf(joined)).toContain("Your calendar starts Mon 23 Nov 2026 (Week 1 Day 1)");
    // The same code a second time, by anyone, is refused.
    const again = await tg.send("tg-eve", { kind: "command", name: "join", args: code }, dm, "telegram");
    expect(textOf(again)).toContain("already been used");

    const week = await tg.send("tg-jo", { kind: "text", text: "my week" }, dm, "telegram");
    const w = textOf(week);
    for (let d = 1; d <= 7; d++) expect(w).toContain(`Session ${d}\n`);
    expect(w).not.toMatch(/Session (8|9|1[0-4])\b/);
    expect(w).toContain("Week 1 Day 1 · Mon 23 Nov 2026");
    expect(w).toContain("  Warm-up 10 min");
    const week2 = await tg.send("tg-jo", { kind: "text", text: "my week 2" }, dm, "telegram");
    expect(textOf(week2)).toContain("has not opened that part of your calendar yet");
    expect(textOf(week2)).not.toContain("Session 8");
    expect(await say("Sam", "clients")).toMatch(
      /Active \(1\)\n\s*Jo Runner: started Mon 23 Nov 2026, sees through Week 1 Day 7/,
    );
    // A client cannot move their own session (SPEC): they are told whom to ask, and nothing moves.
    const move = await tg.send(
      "tg-jo",
      { kind: "text", text: "move my W1D3 session to W1D5" },
      dm,
      "telegram",
    );
    expect(textOf(move)).toBe(
      "Only your coach moves sessions in your 1-2-1 calendar. Ask Sam to move Week 1 Day 3 to Week 1 Day 5.",
    );
    const day3 = await tg.send("tg-jo", { kind: "text", text: "my day 3" }, dm, "telegram");
    expect(textOf(day3)).toContain("Session 3");

    // Tuesday 07:00 in Berlin: the digest scan and the notice processors run.
    demo.clock.set(new Date("2026-11-24T06:00:00Z"));
    const coaching = demo.deps.coaching;
    if (!coaching) throw new Error("coaching not wired in the demo core");
    await scanCoachingDigests(coaching.deps);
    const sender = createRecordingSender("telegram");
    const { fanOut, send } = processorDeps(db.prisma, [sender], demo.clock);
    for (const r of await db.prisma.outboxEvent.findMany({ orderBy: { id: "asc" } }))
      for (const d of await fanOutOutboxEvent(fanOut, r.id)) await sendDelivery(send, d.key);
    const digests = sender.sent.filter((s) => s.reply.title?.includes("new training"));
    expect(digests).toHaveLength(1);
    const digest = replyText(digests[0]?.reply as Reply);
    expect(digest).toContain("Week 2 Day 1 · Mon 30 Nov 2026");
    expect(digest).toContain("Session 8");
    expect(digest).not.toMatch(/Session (7|9)\b/);
    expect(digests[0]?.target).toEqual({ kind: "direct", platform: "telegram", platformUserId: "tg-jo" });
    // Nobody else heard anything about Jo's calendar.
    expect(sender.sent.every((s) => s.target.kind === "direct" && s.target.platformUserId === "tg-jo")).toBe(
      true,
    );

    const tuesday = await tg.send("tg-jo", { kind: "text", text: "my week 2" }, dm, "telegram");
    expect(textOf(tuesday)).toContain("Session 8");
    expect(textOf(tuesday)).not.toContain("Session 9");
    expect(transcript).not.toMatch(/Error|undefined|\[object/);
  });

  it("the program forms: create one, then edit it (price and a waiver) through the form in the console", async () => {
    const demo = await buildDemo(db.prisma);
    const c = createConsoleChat(consoleThroughInbox(demo.core, createDbInbox(db.prisma)), {
      firstSpeaker: "Sam",
    });
    expect(await c.say("Sam", "new program")).toContain("New 1-2-1 program");
    expect(await c.say("Sam", "name=Premium; price=300; currency=gbp")).toContain(
      "Created: Premium (£300, draft).",
    );
    const form = await c.say("Sam", "edit program Premium");
    expect(form).toContain("Edit Premium");
    expect(await c.say("Sam", "price=320; waiver=I train at my own risk.")).toContain(
      "Saved: Premium (£320, draft).\nClients accept its waiver when they join.",
    );
    const saved = await db.prisma.coachingProgram.findFirstOrThrow({ where: { name: "Premium" } });
    expect(saved).toMatchObject({ priceCents: 32000, currency: "GBP", waiver: "I train at my own risk." });
    // A member cannot open or submit the coach's forms.
    expect(await c.say("Maria", "edit program Premium")).toContain("Only coaches");
  });

  it("forged button data: another client's calendar, a week beyond the horizon, coach actions by a client", async () => {
    const demo = await buildDemo(db.prisma);
    const c = createConsoleChat(consoleThroughInbox(demo.core, createDbInbox(db.prisma)), {
      firstSpeaker: "Sam",
    });
    await c.say("Sam", "new program P 100");
    await c.say("Sam", "publish P");
    const codeOf = async (name: string) => {
      await c.say("Sam", `add client ${name}`);
      for (let d = 1; d <= 10; d++) await c.say("Sam", `write ${name} day ${d}: ${name} secret ${d}`);
      return /code ([A-Z0-9]{10})\./.exec(await c.say("Sam", `invite ${name} link`))?.[1] ?? "";
    };
    const t = chatter(demo.core);
    await t.say("Maria", `/join ${await codeOf("Mia")}`);
    await t.say("Leo", `/join ${await codeOf("Lee")}`);
    const leoClient = await db.prisma.programClient.findFirstOrThrow({ where: { name: "Lee" } });
    const miaClient = await db.prisma.programClient.findFirstOrThrow({ where: { name: "Mia" } });
    const entryOfLee = await db.prisma.calendarEntry.findFirstOrThrow({
      where: { clientId: leoClient.id, day: 1 },
    });

    const forged = [
      encodeButton({ op: "cw", clientId: leoClient.id, week: 1 }),
      encodeButton({ op: "cd", clientId: leoClient.id, day: 1 }),
      encodeButton({ op: "ca", clientId: leoClient.id }),
      encodeButton({ op: "kc", clientId: leoClient.id, week: 1 }),
      encodeButton({ op: "kd", entryId: entryOfLee.id }),
      encodeButton({ op: "kf", form: "ee", id: entryOfLee.id }),
      encodeButton({ op: "ki", clientId: leoClient.id, method: "l" }),
      "1cw.x'; DROP TABLE x.1",
      "1kc",
      "9cw.abc.1",
    ];
    for (const data of forged) {
      const r = textOf(await t.press("Maria", data));
      expect(r).not.toContain("Lee secret");
      expect(r).not.toMatch(/stack|SQL|Error:/i);
    }
    // Maria's own week beyond her horizon: refused, nothing of week 2 shown.
    const beyond = textOf(
      await t.press("Maria", encodeButton({ op: "cw", clientId: miaClient.id, week: 2 })),
    );
    expect(beyond).toContain("has not opened that part");
    expect(beyond).not.toContain("Mia secret 8");
    const dayBeyond = textOf(
      await t.press("Maria", encodeButton({ op: "cd", clientId: miaClient.id, day: 8 })),
    );
    expect(dayBeyond).not.toContain("Mia secret 8");
    // The session Maria tried to delete is still there, and Leo's calendar is unchanged.
    expect(await db.prisma.calendarEntry.count({ where: { clientId: leoClient.id } })).toBe(10);
    // Her own week works.
    expect(
      textOf(await t.press("Maria", encodeButton({ op: "cw", clientId: miaClient.id, week: 1 }))),
    ).toContain("Mia secret 7");
  });
});
