import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { compile, t } from "../../src/replies/i18n/catalogue.ts";
import { LANGUAGES } from "../../src/replies/i18n/languages.ts";
import { withSpeaker } from "../../src/replies/i18n/speaker.ts";
import { catalogues, type MessageKey } from "../../src/replies/locales/index.ts";

/** A parsed message's arguments: plain placeholders, and each plural/select with its option keys. */
type El = { type: number; value?: unknown; options?: Record<string, { value: El[] }> };
function argumentsOf(els: El[], out = new Set<string>()): Set<string> {
  for (const e of els) {
    // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (the parser's TYPE).
    if (e.type >= 1 && e.type <= 6 && typeof e.value === "string") out.add(e.value);
    for (const o of Object.values(e.options ?? {})) argumentsOf(o.value, out);
  }
  return out;
}
const selectsOf = (els: El[], out = new Map<string, string[]>()): Map<string, string[]> => {
  for (const e of els) {
    if (e.type === 5 && typeof e.value === "string") out.set(e.value, Object.keys(e.options ?? {}).sort());
    for (const o of Object.values(e.options ?? {})) selectsOf(o.value, out);
  }
  return out;
};
const ast = (message: string, locale: string) => compile(message, locale).getAst() as unknown as El[];

const english = Object.keys(catalogues.en) as MessageKey[];

describe("the message catalogues", () => {
  it("have every English key in every language, and no other", () => {
    for (const lang of LANGUAGES) {
      const keys = Object.keys(catalogues[lang]);
      expect({ lang, missing: english.filter((k) => !keys.includes(k)) }).toEqual({ lang, missing: [] });
      expect({ lang, extra: keys.filter((k) => !(english as string[]).includes(k)) }).toEqual({
        lang,
        extra: [],
      });
    }
  });

  it("parse as ICU messages with the same placeholders and select options as English", () => {
    const problems: string[] = [];
    for (const key of english) {
      const en = ast(catalogues.en[key], "en");
      for (const lang of LANGUAGES) {
        const message = catalogues[lang][key];
        if (!message.trim()) problems.push(`${lang} ${key}: empty`);
        let els: El[];
        try {
          els = ast(message, lang);
        } catch (err) {
          problems.push(`${lang} ${key}: ${String(err)}`);
          continue;
        }
        const want = [...argumentsOf(en)].sort().join(",");
        const got = [...argumentsOf(els)].sort().join(",");
        if (want !== got) problems.push(`${lang} ${key}: placeholders {${got}} but English has {${want}}`);
        const wantSel = JSON.stringify([...selectsOf(en)].sort());
        const gotSel = JSON.stringify([...selectsOf(els)].sort());
        if (wantSel !== gotSel)
          problems.push(`${lang} ${key}: select options ${gotSel} but English ${wantSel}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("say counts with each language's plural rules", () => {
    const left = (language: (typeof LANGUAGES)[number], n: number) =>
      withSpeaker({ language, locale: language }, () => t("booking.left", { pass: "P", n }));
    expect([left("en", 1), left("en", 2)]).toEqual(["P: 1 session left.", "P: 2 sessions left."]);
    expect([left("de", 1), left("de", 2)]).toEqual(["P: noch 1 Einheit.", "P: noch 2 Einheiten."]);
    expect([left("fr", 1), left("fr", 2)]).toEqual(["P : 1 séance restante.", "P : 2 séances restantes."]);
    expect([left("es", 1), left("es", 2)]).toEqual(["P: te queda 1 sesión.", "P: te quedan 2 sesiones."]);
  });

  it("cover personal sessions and 1-2-1 coaching, counting with each language's plurals", () => {
    for (const area of ["personal.", "coaching."])
      expect(english.filter((k) => k.startsWith(area)).length).toBeGreaterThan(50);
    const counted = (language: (typeof LANGUAGES)[number], n: number) =>
      withSpeaker({ language, locale: language }, () =>
        t("personal.counted", { mine: n, trainer: "no", soon: 0 }),
      );
    expect([counted("en", 1), counted("en", 2)]).toEqual([
      "1 personal session booked.",
      "2 personal sessions booked.",
    ]);
    expect([counted("de", 1), counted("de", 2)]).toEqual([
      "1 Personal Training gebucht.",
      "2 Personal Trainings gebucht.",
    ]);
    expect([counted("fr", 1), counted("fr", 2)]).toEqual([
      "1 séance individuelle réservée.",
      "2 séances individuelles réservées.",
    ]);
    expect([counted("es", 1), counted("es", 2)]).toEqual([
      "1 entrenamiento personal reservado.",
      "2 entrenamientos personales reservados.",
    ]);
    const lines = (language: (typeof LANGUAGES)[number], n: number) =>
      withSpeaker({ language, locale: language }, () =>
        t("coaching.written", { client: "Jo", day: "D", title: "T", hasBody: "yes", lines: n }),
      );
    expect([lines("en", 1), lines("en", 3)]).toEqual([
      "Written for Jo, D: T (1 line of training).",
      "Written for Jo, D: T (3 lines of training).",
    ]);
    expect(lines("de", 3)).toBe("Für Jo eingetragen, D: T (3 Zeilen Training).");
  });

  it("have a pseudo form of every message, marked and longer", () => {
    for (const key of english) {
      const out = withSpeaker({ language: "xx", locale: "en-GB" }, () => {
        const values: Record<string, string | number> = {};
        for (const a of argumentsOf(ast(catalogues.en[key], "en"))) values[a] = 1;
        return t(key, values);
      });
      expect(out.startsWith("⟦") && out.endsWith("⟧")).toBe(true);
    }
    expect(new IntlMessageFormat("x", "en").format()).toBe("x");
  });
});
