import { afterEach, beforeEach, expect, it } from "vitest";
import { DISCORD_MAX_BUTTON_LABEL, DISCORD_MAX_EMBED_TITLE } from "../../adapters/discord/limits.ts";
import { SLACK_MAX_BUTTON_TEXT, SLACK_MAX_HEADER_TEXT } from "../../adapters/slack/limits.ts";
import { TELEGRAM_MAX_BUTTON_TEXT } from "../../adapters/telegram/limits.ts";
import { lineText, type Reply } from "../../src/ports/chat.ts";
import { withSpeaker } from "../../src/replies/i18n/speaker.ts";
import { buildDemo, button, dropDatabase } from "../chat/harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

/**
 * The pseudo-language "xx" (src/replies/i18n/pseudo.ts): every catalogue message comes out wrapped
 * in ⟦ ⟧, accented and ~40% longer. A story of converted features run in it shows which lines
 * bypass the catalogue (no ⟦) and which labels would break a platform's limit in a longer language.
 */
const PSEUDO = { language: "xx", locale: "en-GB", pinned: true } as const;

/** Each text a person reads in a reply, with where it is. */
function texts(r: Reply): Array<{ where: string; text: string }> {
  return [
    ...(r.title ? [{ where: "title", text: r.title }] : []),
    ...r.lines.map((l) => ({ where: "line", text: lineText(l) })),
    ...(r.sections ?? []).flatMap((s) => [
      ...(s.heading ? [{ where: "heading", text: s.heading }] : []),
      // A section's rows are data lines (each a catalogue message too).
      ...s.lines.map((l) => ({ where: "section line", text: lineText(l) })),
    ]),
    ...(r.buttons ?? []).flat().map((b) => ({ where: "button", text: b.label })),
  ];
}

const LABEL_MAX = Math.min(TELEGRAM_MAX_BUTTON_TEXT, DISCORD_MAX_BUTTON_LABEL, SLACK_MAX_BUTTON_TEXT);
const TITLE_MAX = Math.min(DISCORD_MAX_EMBED_TITLE, SLACK_MAX_HEADER_TEXT);

describePg("the pseudo-language finds text outside the catalogue", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgDatabase();
  });
  afterEach(async () => dropDatabase(db));

  it("every line, heading, title and button of the booking stories comes from the catalogue and fits", async () => {
    const demo = await buildDemo(db.prisma);
    const { say, press } = demo.chat;
    const replies = await withSpeaker(PSEUDO, async () => {
      const all: Reply[] = [];
      const keep = async (r: Promise<Reply[]>) => {
        const got = await r;
        all.push(...got);
        return got;
      };
      await keep(say("Maria", "sessions tomorrow"));
      await keep(say("Maria", "week"));
      const choose = await keep(say("Maria", "book spin tomorrow 18:00"));
      await keep(press("Maria", choose.flatMap((r) => r.buttons ?? []).flat()[1]?.data ?? ""));
      await keep(say("Leo", "book spin tomorrow 18:00"));
      await keep(say("Kim", "book spin tomorrow 18:00"));
      const mine = await keep(say("Kim", "my bookings"));
      await keep(press("Kim", button(mine, "⟦")));
      await keep(say("Kim", "passes"));
      await keep(say("Maria", "cancel my spin tomorrow"));
      await keep(say("Sam", "/roster spin tomorrow 18:00"));
      await keep(say("Sam", "/cancelsession spin wed 18:00 reason: flu"));
      return all;
    });
    expect(replies.length).toBeGreaterThan(10);
    const outside = replies.flatMap(texts).filter((x) => x.text !== "–" && !x.text.includes("⟦"));
    expect(outside).toEqual([]);
    const long = replies
      .flatMap(texts)
      .filter(
        (x) =>
          (x.where === "button" && x.text.length > LABEL_MAX) ||
          (x.where === "title" && x.text.length > TITLE_MAX),
      );
    expect(long).toEqual([]);
  });
});
