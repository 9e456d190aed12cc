import { describe, expect, it } from "vitest";
import { emptyVocabulary } from "../../src/domain/vocabulary.ts";
import { parseText } from "../../src/intents/parse-text.ts";
import { lineText } from "../../src/ports/chat.ts";
import { helpReply } from "../../src/replies/help-reply.ts";
import { LANGUAGES } from "../../src/replies/i18n/languages.ts";
import { withSpeaker } from "../../src/replies/i18n/speaker.ts";

/** What the help tells a member to type, in each language, is read as what it promises. */
describe("the help's examples are understood in their own language", () => {
  const vocab = {
    ...emptyVocabulary(),
    trainingTypes: [{ id: "spin", name: "Spin" }],
    trainers: [{ id: "sam", name: "Sam" }],
  };
  for (const day of ["tomorrow", "fri"])
    for (const language of LANGUAGES)
      it(`${language}, day ${day}`, () => {
        const help = withSpeaker({ language, locale: language }, () =>
          helpReply("member", undefined, false, undefined, {
            session: { what: "spin", day, time: "18:00" },
            trainer: "Sam",
          }),
        );
        const [browse, book, passes] = (help.sections?.[0]?.lines ?? []).map((l) => lineText(l).split(" · "));
        const kinds = [...(browse ?? []), ...(book ?? []), ...(passes ?? []).slice(0, 1)]
          .filter((typed) => !typed.startsWith("/"))
          .map((typed) => {
            const i = parseText(
              typed,
              {
                now: new Date("2026-12-08T10:00:00Z"),
                timezone: "Europe/Berlin",
                locale: language,
                languages: [language],
              },
              vocab,
            );
            return `${typed} -> ${i.kind}`;
          });
        // Every language names its own word for the week view ("week", "woche", "semaine", "semana").
        const browsing = ["list_sessions", "list_sessions", "list_sessions", "week_view"];
        expect(kinds.map((k) => k.split(" -> ")[1])).toEqual([
          ...browsing,
          "book",
          "my_bookings",
          "cancel_booking",
          "my_passes",
        ]);
      });
});
