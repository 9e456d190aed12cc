import { afterEach, beforeEach, expect, it } from "vitest";
import { dropDatabase } from "../chat/harness.ts";
import { replyAt, runTranscript } from "../console/transcript-harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { deliverAll } from "./notice-pipeline.ts";

// The demo studio at Mon 23 Nov 2026, 09:00 Berlin (test/console/transcripts.test.ts): Spin Tue 18:00
// with Sam, 2 spots; Maria, Leo and Kim hold Spin 10; Ada is the admin.

/** Nothing of the English wording of these stories is left in a text written in another language. */
const ENGLISH =
  /\b(Booked|Waitlisted|Cancelled|Confirmed|session|sessions|left|with|Reason|cancelled|refunded|spot|pass)\b/;

describePg("stories in each language (console)", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgDatabase();
  });
  afterEach(async () => dropDatabase(db));

  it("a German member books, is waitlisted, promoted and told in German; the others stay English", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Kim: /language de
Leo: book spin tomorrow 18:00
Maria: book spin tomorrow 18:00
Maria: 2
Kim: book spin tomorrow 18:00
Kim: my bookings
Maria: cancel my spin tomorrow
Maria: 1
Kim: my bookings
`,
    );
    expect(replyAt(t, 1)).toBe("Ab jetzt schreibe ich dir auf Deutsch.");
    expect(replyAt(t, 2)).toContain("Booked: Spin, Tue 24 Nov 2026, 18:00 with Sam in Spin Room");
    const waitlisted = replyAt(t, 5);
    expect(waitlisted).toContain(
      "Auf der Warteliste (Platz 1): Spin, Di., 24. Nov. 2026, 18:00 mit Sam in Spin Room",
    );
    expect(waitlisted).toContain("Noch nichts abgebucht: Wird ein Platz frei, bist du automatisch gebucht");
    expect(waitlisted).toContain("[1] Warteliste verlassen");
    expect(replyAt(t, 6)).toContain("1 auf der Warteliste.");
    expect(replyAt(t, 8)).toContain("Cancelled: Spin, Tue 24 Nov 2026, 18:00");
    expect(replyAt(t, 9)).toContain("Bestätigt: Spin, Di., 24. Nov. 2026, 18:00");
    for (const n of [5, 6, 9]) expect(replyAt(t, n)).not.toMatch(ENGLISH);

    // The promotion is composed when it is delivered, in Kim's language.
    const sent = await deliverAll(db.prisma);
    // (Kim also gets the demo's own "New pass" notice, in German too.)
    expect(sent.filter((s) => s.to === "kim").map((s) => s.text.split("\n")[0])).toContain("Neue Karte");
    const toKim = sent.filter((s) => s.to === "kim" && s.text.startsWith("Du bist dabei"));
    expect(toKim.map((s) => s.text)).toEqual([
      [
        "Du bist dabei: Ein Platz ist frei geworden",
        "Spin, Di., 24. Nov. 2026, 18:00 ist für dich bestätigt.",
        "Mit Sam in Spin Room.",
        "1 Einheit von Spin 10 abgebucht (noch 9 Einheiten).",
        "Du kannst nicht? Storniere unter Meine Buchungen vor Ablauf der Stornofrist.",
      ].join("\n"),
    ]);
  });

  it("after /settings language fr-FR, sessions tomorrow lists the sessions in French, no English left", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Ada: /settings language fr-FR
Maria: sessions tomorrow
`,
    );
    const list = replyAt(t, 2);
    expect(list).toContain("== Séances ==");
    expect(list).toMatch(/1\. .+, mar\. 24 nov\. 2026, \d\d:\d\d/);
    expect(list).toContain("[1] Réserver ");
    expect(list).not.toMatch(ENGLISH);
    expect(list).not.toMatch(/\b(Book|Details|More|Tue|Nov|spots?)\b/);
  });

  it("a Spanish studio: the trainer cancels a session with a reason and the members are told in Spanish", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Ada: /settings language es
Leo: book spin tomorrow 18:00
Kim: book spin tomorrow 18:00
Sam: /cancelsession spin tomorrow 18:00 reason: Sam está enfermo
Sam: 1
`,
    );
    expect(replyAt(t, 2)).toContain("Reservada: Spin, mar, 24 nov 2026, 18:00 con Sam en Spin Room");
    expect(replyAt(t, 2)).toContain("Spin 10: te quedan 9 sesiones.");
    const cancelled = t.slice(t.indexOf("> Sam: /cancelsession"));
    expect(cancelled).toContain("Cancelada: Spin, mar, 24 nov 2026, 18:00 con Sam en Spin Room");
    expect(cancelled).toContain(
      "2 reservas canceladas y devueltas; motivo: Sam está enfermo. Se avisará a los socios. El resto del horario no cambia.",
    );

    const sent = await deliverAll(db.prisma);
    for (const who of ["leo", "kim"]) {
      const told = sent.filter((s) => s.to === who && s.text.startsWith("Clase cancelada"));
      expect(told.map((s) => s.text)).toEqual([
        [
          "Clase cancelada",
          "Spin, mar, 24 nov 2026, 18:00 está cancelada.",
          "Motivo: Sam está enfermo",
          "1 sesión devuelta a Spin 10 (quedan 10 sesiones).",
          "El resto del horario no cambia.",
        ].join("\n"),
      ]);
      expect(told[0]?.text).not.toMatch(ENGLISH);
    }
  });
});
