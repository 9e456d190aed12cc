import { describe, expect, it } from "vitest";
import { renderAdminRequest, renderNoPassLinked } from "../../src/notices/render/staff-notices.ts";
import { lineText, type Reply } from "../../src/ports/chat.ts";
import { withSpeaker } from "../../src/replies/i18n/speaker.ts";

/** The staff notices ("No pass linked", a trainer's request for a course pass): from the catalogue. */
const replies = (): Reply[] => [
  renderNoPassLinked({ id: "s1", name: "Beginners Yoga Course" }, false),
  renderNoPassLinked({ id: "s1", name: "Beginners Yoga Course" }, true),
  renderAdminRequest({ requestId: "r1", scheduleName: "Beginners Yoga Course" }, "Tara"),
  renderAdminRequest({ requestId: "r1", scheduleName: "Beginners Yoga Course" }, undefined),
];
const texts = (r: Reply) => [
  r.title ?? "",
  ...r.lines.map(lineText),
  ...(r.buttons ?? []).flat().map((b) => b.label),
];

describe("staff notices in the reader's language", () => {
  it("in the pseudo-language every title, line and button label is marked", () => {
    const all = withSpeaker({ language: "xx", locale: "en-GB", pinned: true }, replies).flatMap(texts);
    expect(all.filter((x) => x !== "" && !x.includes("⟦"))).toEqual([]);
  });

  it("say the warning, the daily reminder and the request in German, French and Spanish", () => {
    const say = (language: "de" | "fr" | "es" | "en", locale: string) =>
      withSpeaker({ language, locale }, replies).flatMap(texts).join("\n");
    const de = say("de", "de-DE");
    expect(de).toContain("Keine Karte verknüpft");
    expect(de).toContain("Tägliche Erinnerung");
    expect(de).toContain("Tara bittet um eine Karte für den geschlossenen Kurs Beginners Yoga Course");
    expect(de).toContain("„Beginners Yoga Course pass“ an (10 Einheiten, 90 Tage gültig)");
    expect(de).toContain("Ein Trainer bittet");
    expect(say("fr", "fr-FR")).toContain("Rappel quotidien");
    expect(say("es", "es-ES")).toContain("Crear bono para Beginners Yoga Course");
    expect(say("en", "en-GB")).toContain(
      "Approving creates “Beginners Yoga Course pass” (10 sessions, valid 90 days)",
    );
  });
});
