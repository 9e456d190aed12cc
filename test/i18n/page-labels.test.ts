import { describe, expect, it } from "vitest";
import { noticeMail, pageLabels, signinMail } from "../../adapters/web/texts.ts";
import { withSpeaker } from "../../src/replies/i18n/speaker.ts";

/** The browser chat page's labels come from the catalogue: marked in the pseudo-language, no English left in the others. */
describe("the chat page's labels", () => {
  it("in the pseudo-language every label is marked", () => {
    const labels = pageLabels("Harbour", { language: "xx", locale: "en-GB" });
    expect(Object.keys(labels).length).toBeGreaterThan(40);
    expect(Object.entries(labels).filter(([, v]) => !v.includes("⟦"))).toEqual([]);
  });

  it("keep the page's English, and say it in German, French and Spanish", () => {
    const en = pageLabels("Harbour", { language: "en", locale: "en-GB" });
    expect(en).toMatchObject({
      title: "Harbour: chat and timetable",
      linkHint: "Send {cmd} to the studio on Slack, Discord or Telegram to get a code.",
      signedInAs: "Signed in as {name}.",
    });
    for (const [language, locale] of [
      ["de", "de-DE"],
      ["fr", "fr-FR"],
      ["es", "es-ES"],
    ] as const) {
      const labels = pageLabels("Harbour", { language, locale });
      const english = Object.values(labels).filter((v) =>
        /\b(the|is|are|you|your|sign in|week|send|please)\b/i.test(v),
      );
      expect({ language, english }).toEqual({ language, english: [] });
      expect(labels.linkHint).toContain("{cmd}");
    }
  });

  it("the sign-in e-mail is the visitor's language, the notice e-mail its reader's", () => {
    const es = signinMail("Harbour", "https://x/signin?token=t", { language: "es", locale: "es-ES" });
    expect(es.subject).toBe("Inicia sesión en Harbour");
    expect(es.text).toContain("https://x/signin?token=t");
    expect(es.text).toContain("15 minutos");
    const de = withSpeaker({ language: "de", locale: "de-DE" }, () =>
      noticeMail("Harbour", "Neu", "https://x"),
    );
    expect(de).toEqual({ subject: "Neues von Harbour", text: "Neu\n\nZum Chat: https://x" });
    expect(noticeMail("Harbour", "New", "https://x").subject).toBe("News from Harbour");
  });
});
