import { afterEach, beforeEach, expect, it } from "vitest";
import { createConsoleChat } from "../../adapters/console/console-chat.ts";
import { consoleThroughInbox } from "../../adapters/console/console-intake.ts";
import { createDbInbox } from "../adapters/support/db-inbox.ts";
import { buildDemo, dropDatabase } from "../chat/harness.ts";
import { replyAt, runTranscript } from "../console/transcript-harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { deliverAll } from "./notice-pipeline.ts";

// The demo studio (Berlin) at Mon 23 Nov 2026, 09:00: Sam offers a private lesson (60 min, 2 h
// minimum lead, 40 EUR members / 55 EUR others, in the Small Room) and is the coach.

/** The English wording of these stories: none of it may be left in a text written in German. */
const ENGLISH =
  /\b(Booked|Payment|Pay|Check|Price|with|free|slots?|pick|Cancel|Move|personal|session|sessions|Welcome|Week|Day|calendar|You|Type|EUR)\b/;

describePg("personal sessions and 1-2-1 coaching in German (console)", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgDatabase();
  });
  afterEach(async () => dropDatabase(db));

  it("a German member books a personal session and is answered and told in German; the trainer stays English", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Maria: /language de
Maria: private lesson with Sam thursday afternoon
Maria: 1
Maria: 2
Maria: my personal sessions
`,
    );
    expect(replyAt(t, 1)).toBe("Ab jetzt schreibe ich dir auf Deutsch.");
    const slots = replyAt(t, 2);
    expect(slots).toContain("== Private lesson: freie Termine am Do., 26. Nov. zu dieser Uhrzeit ==");
    expect(slots).toContain("40\u00a0€ (Mitgliederpreis), 60 Min.");
    expect(slots).toContain("[1] Do., 26. Nov., 13:00");
    const pay = replyAt(t, 3);
    expect(pay).toContain("Wie möchtest du zahlen?");
    expect(pay).toContain("Preis: 40\u00a0€");
    expect(pay).toContain("[1] Vor Ort zahlen  [2] Scheck  [3] Online (Karte)");
    const booked = replyAt(t, 4);
    expect(booked).toContain(
      "Gebucht ==\nPrivate lesson, Do., 26. Nov. 2026, 13:00 mit Sam in Small Room\nZahlung: Scheck, 40\u00a0€",
    );
    expect(booked).toContain("[1] Stornieren  [2] Mein Personal Training");
    const mine = replyAt(t, 5);
    expect(mine).toContain("1 Personal Training gebucht.");
    expect(mine).toContain("Private lesson, Do., 26. Nov. 2026, 13:00 mit Sam");
    expect(mine).toContain("Private lesson Do., 26. Nov., 13:00 stornieren");
    // Only the studio's own names (the type, the room) stay as the studio wrote them.
    for (const n of [2, 3, 4, 5])
      expect(replyAt(t, n).replaceAll("Private lesson", "").replaceAll("Small Room", "")).not.toMatch(
        ENGLISH,
      );

    // The notices are composed at delivery, each in its reader's language.
    const sent = await deliverAll(db.prisma);
    const toMaria = sent.filter((s) => s.to === "maria" && s.text.startsWith("Personal Training"));
    expect(toMaria.map((s) => s.text)).toEqual([
      [
        "Personal Training gebucht",
        "Private lesson, Do., 26. Nov. 2026, 13:00 in Small Room",
        "Mit Sam.",
        "Zahlung: Scheck, 40\u00a0€",
      ].join("\n"),
    ]);
    const toSam = sent.filter((s) => s.to === "sam" && s.text.startsWith("New personal session"));
    expect(toSam.map((s) => s.text)).toEqual([
      [
        "New personal session",
        "Private lesson, Thu 26 Nov 2026, 13:00 at Small Room",
        "Booked by Maria.",
        "Payment: Check, €40",
      ].join("\n"),
    ]);
  });

  it("a German client joins a 1-2-1 program and reads the welcome, the week and a refusal in German", async () => {
    const demo = await buildDemo(db.prisma);
    const chat = createConsoleChat(consoleThroughInbox(demo.core, createDbInbox(db.prisma)), {
      firstSpeaker: "Sam",
    });
    const say = (who: string, message: string) => chat.say(who, message);

    expect(await say("Sam", "new program Kraft 200 EUR")).toContain("Created: Kraft (€200, draft).");
    await say("Sam", "publish Kraft");
    await say("Sam", "add client Maria");
    expect(await say("Sam", "write Maria W1D1: Kniebeugen\\n5 x 5")).toContain(
      "Written for Maria, Week 1 Day 1: Kniebeugen (1 line of training).",
    );
    const invite = await say("Sam", "invite Maria link");
    const code = /code ([A-Z0-9]{10})\./.exec(invite)?.[1] ?? "";
    expect(code).toMatch(/^[A-Z2-9]{10}$/);

    expect(await say("Maria", "/language de")).toContain("Ab jetzt schreibe ich dir auf Deutsch.");
    const joined = await say("Maria", `/join ${code}`);
    expect(joined).toContain("Willkommen bei Kraft");
    expect(joined).toContain(
      "Du bist dabei. Dein Kalender beginnt am Mo., 23. Nov. 2026 (Woche 1 Tag 1). Schreib „my week“, um dein Training zu sehen.",
    );
    expect(joined).toContain("[1] Meine Woche");
    const week = await say("Maria", "my week");
    expect(week).toContain("Kraft: Woche 1");
    expect(week).toContain("Woche 1 Tag 1 · Mo., 23. Nov. 2026");
    expect(week).toContain("Kniebeugen");
    expect(week).toContain("Woche 1 Tag 2 · Di., 24. Nov. 2026");
    expect(week).toContain("Ruhetag");
    const refused = await say("Maria", `/join ${code}`);
    expect(refused).toContain("Dieser Einladungscode wurde schon benutzt.");
    for (const text of [joined, week, refused])
      expect(text.replaceAll("Kraft", "").replaceAll("Kniebeugen", "")).not.toMatch(ENGLISH);
  });
});
