import { afterEach, beforeEach, expect, it } from "vitest";
import { DISCORD_MAX_BUTTON_LABEL, DISCORD_MAX_EMBED_TITLE } from "../../adapters/discord/limits.ts";
import { SLACK_MAX_BUTTON_TEXT, SLACK_MAX_HEADER_TEXT } from "../../adapters/slack/limits.ts";
import { TELEGRAM_MAX_BUTTON_TEXT } from "../../adapters/telegram/limits.ts";
import { lineText, type Reply } from "../../src/ports/chat.ts";
import { withSpeaker } from "../../src/replies/i18n/speaker.ts";
import { buildDemo, dropDatabase } from "../chat/harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { deliverAll } from "./notice-pipeline.ts";

/**
 * The pseudo-language "xx" (src/replies/i18n/pseudo.ts) over the personal-session and 1-2-1
 * coaching stories: every title, line, heading and button comes out wrapped in ⟦ ⟧ unless it is
 * data a person wrote (a coach's training text); a line without ⟦ is English that bypassed the
 * catalogue. Labels and titles must fit the smallest platform limit in the longer language.
 */
const PSEUDO = { language: "xx", locale: "en-GB", pinned: true } as const;

/** Data shown as people wrote it: the coach's training text, the demo's session type names (buttons). */
const WRITTEN_BY_PEOPLE = new Set(["Squat day", "  5 x 5", "Private lesson", "Small group strength"]);

function texts(r: Reply): Array<{ where: string; text: string }> {
  return [
    ...(r.title ? [{ where: "title", text: r.title }] : []),
    ...r.lines.map((l) => ({ where: "line", text: lineText(l) })),
    ...(r.sections ?? []).flatMap((s) => [
      ...(s.heading ? [{ where: "heading", text: s.heading }] : []),
      ...s.lines.map((l) => ({ where: "section line", text: lineText(l) })),
    ]),
    ...(r.buttons ?? []).flat().map((b) => ({ where: "button", text: b.label })),
  ];
}

const LABEL_MAX = Math.min(TELEGRAM_MAX_BUTTON_TEXT, DISCORD_MAX_BUTTON_LABEL, SLACK_MAX_BUTTON_TEXT);
const TITLE_MAX = Math.min(DISCORD_MAX_EMBED_TITLE, SLACK_MAX_HEADER_TEXT);

const firstButton = (replies: Reply[], n = 0): string =>
  replies.flatMap((r) => (r.buttons ?? []).flat())[n]?.data ?? "";

describePg("the pseudo-language finds English left in personal sessions and coaching", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgDatabase();
  });
  afterEach(async () => dropDatabase(db));

  it("every line, heading, title and button of the personal and coaching stories comes from the catalogue and fits", async () => {
    const demo = await buildDemo(db.prisma);
    const { say, press } = demo.chat;
    const { replies, notices } = await withSpeaker(PSEUDO, async () => {
      const all: Reply[] = [];
      const keep = async (r: Promise<Reply[]>) => {
        const got = await r;
        all.push(...got);
        return got;
      };
      // Personal sessions: a member books, reads, moves and cancels; the trainer and admin read theirs.
      await keep(say("Maria", "/personal"));
      const slots = await keep(say("Maria", "private lesson with Sam thursday afternoon"));
      const pay = await keep(press("Maria", firstButton(slots)));
      await keep(press("Maria", firstButton(pay, 1)));
      const mine = await keep(say("Maria", "my personal sessions"));
      const moveTo = await keep(press("Maria", firstButton(mine, 1)));
      await keep(press("Maria", firstButton(moveTo, 0)));
      const moved = await keep(say("Maria", "my personal sessions"));
      const ask = await keep(press("Maria", firstButton(moved, 0)));
      await keep(press("Maria", firstButton(ask, 0)));
      await keep(say("Leo", "private lesson with sam thursday 1pm"));
      await keep(say("Sam", "my personal sessions"));
      await keep(say("Sam", "/availability"));
      await keep(say("Ada", "/personal settings"));
      await keep(
        say("Ada", "/personal type new name=Massage duration=45 price=45 nonmember=60 trainers=Sam"),
      );
      // 1-2-1 coaching: a coach sets up a program and a client; the client joins and reads.
      await keep(say("Sam", "coach help"));
      await keep(say("Sam", "new program Kraft 200 EUR"));
      await keep(say("Sam", "publish Kraft"));
      await keep(say("Sam", "programs"));
      await keep(say("Sam", "add client Maria"));
      await keep(say("Sam", "write Maria W1D1: Squat day\\n5 x 5"));
      await keep(say("Sam", "calendar Maria week 1"));
      await keep(say("Sam", "horizon Maria 3"));
      const invite = await keep(say("Sam", "invite Maria link"));
      await keep(say("Sam", "clients Kraft"));
      const code = /\b([A-Z2-9]{10})\b/.exec(
        invite.map((r) => r.lines.map(lineText).join(" ")).join(" "),
      )?.[1];
      await keep(say("Maria", `/join ${code ?? "NOCODE"}`));
      await keep(say("Maria", "my week"));
      await keep(say("Maria", "my coaching"));
      await keep(say("Maria", `/join ${code ?? "NOCODE"}`));
      await keep(say("Leo", "my week"));
      return { replies: all, notices: await deliverAll(db.prisma, "console", ["personal.", "coaching."]) };
    });
    expect(replies.length).toBeGreaterThan(20);
    const outside = replies
      .flatMap(texts)
      .filter((x) => x.text !== "-" && !WRITTEN_BY_PEOPLE.has(x.text) && !x.text.includes("⟦"));
    expect(outside).toEqual([]);
    const long = replies
      .flatMap(texts)
      .filter(
        (x) =>
          (x.where === "button" && x.text.length > LABEL_MAX) ||
          (x.where === "title" && x.text.length > TITLE_MAX),
      );
    expect(long).toEqual([]);

    // The notices these stories sent (booked, moved, cancelled), composed in xx too (the demo's own
    // staff notices are another feature's).
    expect(notices.length).toBeGreaterThan(3);
    const plain = notices
      .flatMap((n) => n.text.split("\n").map((line) => ({ to: n.to, line })))
      .filter((x) => x.line !== "" && !WRITTEN_BY_PEOPLE.has(x.line) && !x.line.includes("⟦"));
    expect(plain).toEqual([]);
  });
});
