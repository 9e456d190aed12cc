import { afterEach, beforeEach, expect, it } from "vitest";
import { dropDatabase } from "../chat/harness.ts";
import { replyAt, runTranscript } from "../console/transcript-harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { deliverAll } from "./notice-pipeline.ts";

// The demo studio at Mon 23 Nov 2026, 09:00 Berlin (test/console/transcripts.test.ts): Spin Tue 18:00
// with Sam in Spin Room, 2 spots; Leo and Kim hold Spin 10; Ada is the admin; the studio is English.

/** English words of the preview and the notice that must not be left in the French texts. */
const ENGLISH =
  /\b(This changes|only this session|Time|Capacity|Booked|Waitlisted|nobody|Will be told|booked members?|Confirm|trainer|moved|Training)\b/;

describePg("a French admin's override (console)", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestPgDatabase();
  });
  afterEach(async () => dropDatabase(db));

  it("the preview is in French; after Confirm each booked member is told in their own language", async () => {
    const t = await runTranscript(
      db.prisma,
      `
Ada: /language fr
Kim: /language fr
Leo: book spin tomorrow 18:00
Kim: book spin tomorrow 18:00
Ada: /override spin tomorrow 18:00 to wed 19:30
Ada: 1
Ada: /override spin wed 19:30 capacity 1
`,
    );
    const preview = replyAt(t, 5);
    expect(preview.split("\n")).toEqual([
      "Ceci modifie Spin, mar. 24 nov. 2026, 18:00 avec Sam en salle Spin Room (cette séance uniquement) :",
      "Horaire : mar. 24 nov. 2026, 18:00 → mer. 25 nov. 2026, 19:30",
      "Inscrits : Leo, Kim. Liste d’attente : personne.",
      "Seront prévenus : Leo, Kim (2 membres inscrits).",
      "Merci de confirmer ce changement :",
      "[1] Confirmer  [2] Annuler",
    ]);
    expect(preview).not.toMatch(ENGLISH);
    expect(replyAt(t, 6)).toContain("Déplacée : Spin, mer. 25 nov. 2026, 19:30 avec Sam en salle Spin Room");
    expect(replyAt(t, 6)).not.toMatch(ENGLISH);
    // Lowering the capacity below the booked: counted, nobody removed, the trainer told.
    const lower = replyAt(t, 7);
    expect(lower).toContain("Places : 2 → 1");
    expect(lower).toContain(
      "1 réservation confirmée au-delà de la nouvelle capacité ; personne n’est retiré.",
    );
    expect(lower).toContain("Seront prévenus : Sam (coach).");
    expect(lower).not.toMatch(ENGLISH);

    // Composed at delivery: Kim (French) in French, Leo (English studio, no choice) in English.
    const sent = await deliverAll(db.prisma);
    const moved = (who: string) =>
      sent.filter((s) => s.to === who && /^(Training rescheduled|Séance déplacée)/.test(s.text));
    expect(moved("kim").map((s) => s.text)).toEqual([
      [
        "Séance déplacée",
        "Spin est déplacé du mar. 24 nov. 2026, 18:00 au mer. 25 nov. 2026, 19:30.",
        "Votre réservation suit le changement. Le nouvel horaire ne vous convient pas ? Annulez dans Mes réservations.",
      ].join("\n"),
    ]);
    expect(moved("leo").map((s) => s.text)).toEqual([
      [
        "Training rescheduled",
        "Spin moved from Tue 24 Nov 2026, 18:00 to Wed 25 Nov 2026, 19:30.",
        "Your booking moved with it. Can't make the new time? Cancel it in My bookings.",
      ].join("\n"),
    ]);
  });
});
