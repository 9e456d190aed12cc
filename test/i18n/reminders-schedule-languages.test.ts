import { describe, expect, it } from "vitest";
import { renderScheduleChanged } from "../../src/notices/render/schedule-notices.ts";
import { lineText, type Reply } from "../../src/ports/chat.ts";
import { myRemindersReply, reminderLeadUnreadReply } from "../../src/replies/booking/reminder-replies.ts";
import { withSpeaker } from "../../src/replies/i18n/speaker.ts";

/** The reminder replies and the schedule-changed notice: from the catalogue, durations worded per language. */
const session = {
  name: "Morning Flow",
  startsAt: new Date("2026-11-24T06:00:00Z"),
  timezone: "Europe/Berlin",
  trainerName: "Sam",
  spaceName: "Studio A",
};
const view = (own: number | null, studio: number | null, off = false) => ({
  own: { off, minutesBefore: own },
  studioMinutes: studio,
  effectiveMinutes: off ? null : (own ?? studio),
  changed: true,
});
const replies = (): Reply[] => [
  myRemindersReply(view(120, 60), "lead"),
  myRemindersReply(view(90, null), "show"),
  myRemindersReply(view(null, 2880), "default"),
  myRemindersReply(view(null, null), "show"),
  myRemindersReply(view(null, 60, true), "off"),
  { ...myRemindersReply(view(null, 60), "on"), lines: [] },
  reminderLeadUnreadReply("soon"),
  renderScheduleChanged(session, {
    change: "edited",
    weekdays: [1, 3],
    startTime: "07:30",
    endDate: "2027-01-31",
  }),
  renderScheduleChanged(session, {
    change: "ended",
    weekdays: [1],
    startTime: "07:30",
    endDate: "2027-01-31",
  }),
];
const text = (r: Reply) => [r.title ?? "", ...r.lines.map(lineText)].filter((x) => x !== "");

describe("reminder replies and the schedule-changed notice", () => {
  it("in the pseudo-language every title and line is marked", () => {
    const all = withSpeaker({ language: "xx", locale: "en-GB", pinned: true }, replies).flatMap(text);
    expect(all.filter((x) => !x.includes("⟦"))).toEqual([]);
  });

  it("say durations, weekdays and times in the reader's language", () => {
    const say = (language: "de" | "fr" | "es" | "en", locale: string) =>
      withSpeaker({ language, locale }, replies).flatMap(text).join("\n");
    const de = say("de", "de-DE");
    expect(de).toContain("Ich erinnere dich 2 Std. vor jedem gebuchten Kurs");
    expect(de).toContain("die des Studios ist 1 Std.");
    expect(de).toContain("2 Tage vor");
    expect(de).toContain("Der Kursplan läuft jetzt Mo, Mi um 07:30 bis So., 31. Jan. 2027.");
    expect(de).toContain("Der Kursplan endet am");
    expect(say("fr", "fr-FR")).toContain("Je vous préviens 1 h 30 min avant chaque séance réservée");
    expect(say("fr", "fr-FR")).toContain("celui du studio : désactivé");
    expect(say("es", "es-ES")).toContain("Te aviso 2 días antes de cada clase");
    expect(say("en", "en-US")).toContain("The schedule now runs Mon, Wed at 7:30 AM until");
    expect(say("en", "en-GB")).toContain(
      "I remind you 2 h before each session you booked (your own setting; the studio's is 1 h)",
    );
    for (const [language, locale] of [
      ["de", "de-DE"],
      ["fr", "fr-FR"],
      ["es", "es-ES"],
    ] as const) {
      const english = say(language, locale)
        .split("\n")
        .filter((x) => /\b(the|is|are|you|your|before|schedule|booked|stays)\b/.test(x));
      expect({ language, english }).toEqual({ language, english: [] });
    }
  });
});
