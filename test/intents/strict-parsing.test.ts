import { describe, expect, it } from "vitest";
import { queryOf } from "../../src/intents/booking/session-query.ts";
import { parseText } from "../../src/intents/parse-text.ts";
import { CTX, VOCAB } from "./parse-fixtures.ts";

/** Issue 11 examples, read on Monday 23 Nov 2026 09:00 (Berlin) against the fixture vocabulary. */
const read = (text: string, locale = "en-GB") => parseText(text, { ...CTX, locale }, VOCAB);
const query = (text: string, locale = "en-GB") => {
  const q = queryOf(read(text, locale));
  if (!q) throw new Error(`no session query for ${text}`);
  return q;
};

describe("impossible dates and times are named back, never dropped", () => {
  it.each([
    ["book spin tomorrow 25:00", "time", "25:00", "en-GB"],
    ["book spin tomorrow 18:75", "time", "18:75", "en-GB"],
    ["book spin tomorrow -1", "time", "-1", "en-GB"],
    ["book spin tomorrow at 25", "time", "at 25", "en-GB"],
    ["book spin tomorrow 24:00", "time", "24:00", "en-GB"],
    ["book spin tomorrow 13pm", "time", "13pm", "en-GB"],
    ["book spin 31 feb", "date", "31 feb", "en-GB"],
    ["book spin feb 30", "date", "feb 30", "en-GB"],
    ["book spin 2026-02-30", "date", "2026-02-30", "en-GB"],
    ["book spin 32.13.", "date", "32.13.", "en-GB"],
    ["book spin 30/02", "date", "30/02", "en-GB"],
    ["book spin 02/30", "date", "02/30", "en-US"],
    ["buchen spin morgen um 25 uhr", "time", "25 uhr", "de-DE"],
    ["buchen spin 31.02.", "date", "31.02.", "de-DE"],
    ["buchen spin 30. februar", "date", "30. februar", "de-DE"],
    ["réserver spin demain à 25h", "time", "25h", "fr-FR"],
    ["réserver spin 31 février", "date", "31 février", "fr-FR"],
    ["reservar spin 31 de febrero", "date", "31 de febrero", "es-ES"],
    ["prenota spin 31 febbraio", "date", "31 febbraio", "it-IT"],
    ["boek spin 31 februari", "date", "31 februari", "nl-NL"],
    ["reservar spin 31 de fevereiro", "date", "31 de fevereiro", "pt-PT"],
    ["boka spin 31 februari", "date", "31 februari", "sv-SE"],
    ["varaa spin huomenna klo 25", "time", "klo 25", "fi-FI"],
    ["/override spin tomorrow 25:00 capacity 3", "time", "25:00", "en-GB"],
  ])("%s → %s %s (%s)", (text, kind, typed, locale) => {
    expect(query(text, locale).invalid).toEqual({ kind, text: typed });
  });

  it.each([
    "book spin tomorrow 18:00",
    "book spin 29 feb 2028",
    "book spin 28.02.",
    "book spin tomorrow 00:00",
    "book spin 1 dec",
  ])("%s is possible", (text) => {
    expect(query(text).invalid).toBeUndefined();
  });
});

describe("names that match nothing are kept, next to real ones too", () => {
  it.each([
    ["book zumba tomorrow", [{ word: "zumba", role: "class" }], []],
    ["book spin zumba tomorrow 18:00", [{ word: "zumba", role: "class" }], ["t_spin"]],
    ["book aqua aerobics saturday", [{ word: "aqua aerobics", role: "class" }], []],
    ["what's on next week with bob", [{ word: "bob", role: "trainer" }], []],
    ["buchen zumba morgen", [{ word: "zumba", role: "class" }], []],
    ["réserver zumba demain", [{ word: "zumba", role: "class" }], []],
    ["reservar spin con bob", [{ word: "bob", role: "trainer" }], ["t_spin"]],
  ])("%s", (text, unknown, types) => {
    const q = query(text);
    expect(q.unknownNames).toEqual(unknown);
    expect(q.trainingTypeIds).toEqual(types);
  });

  it("a real name with a typo is not unknown, and the longer name wins", () => {
    expect(query("book spin expres tomorrow")).toMatchObject({ templateIds: ["m_spinx"], unknownNames: [] });
    expect(query("book spin express tomorrow")).toMatchObject({
      trainingTypeIds: [],
      templateIds: ["m_spinx"],
    });
    expect(query("I can't make it to yoga on friday")).toMatchObject({
      trainingTypeIds: ["t_yoga"],
      unknownNames: [],
    });
  });
});

describe("relative days work with booking verbs in every language", () => {
  // Monday 23 Nov: tomorrow = Tue 24, the day after = Wed 25.
  it.each([
    ["book spin tomorrow 18:00", "2026-11-24", "en-GB"],
    ["book spin the day after tomorrow", "2026-11-25", "en-GB"],
    ["buchen spin morgen um 18", "2026-11-24", "en-GB"],
    ["buchen spin morgen um 18", "2026-11-24", "de-DE"],
    ["buchen spin übermorgen", "2026-11-25", "de-DE"],
    ["réserver spin demain", "2026-11-24", "fr-FR"],
    ["réserver spin après-demain", "2026-11-25", "en-GB"],
    ["reservar spin mañana", "2026-11-24", "es-ES"],
    ["reservar spin pasado mañana", "2026-11-25", "en-GB"],
    ["prenota spin domani", "2026-11-24", "it-IT"],
    ["prenota spin dopodomani", "2026-11-25", "en-GB"],
    ["boek spin morgen", "2026-11-24", "nl-NL"],
    ["boek spin overmorgen", "2026-11-25", "en-GB"],
    ["reservar spin amanhã", "2026-11-24", "pt-PT"],
    ["reservar spin depois de amanhã", "2026-11-25", "en-GB"],
    ["boka spin imorgon", "2026-11-24", "sv-SE"],
    ["boka spin i övermorgon", "2026-11-25", "en-GB"],
    ["varaa spin huomenna", "2026-11-24", "fi-FI"],
    ["varaa spin ylihuomenna", "2026-11-25", "en-GB"],
  ])("%s → %s (%s)", (text, day, locale) => {
    const intent = read(text, locale);
    expect(intent.kind).toBe("book");
    expect(query(text, locale)).toMatchObject({ fromDay: day, toDay: day, dated: true });
  });
});

describe("parts of the day narrow the time", () => {
  it.each([
    ["book spin tomorrow evening", "evening", "en-GB"],
    ["book yoga tomorrow morning", "morning", "en-GB"],
    ["buchen spin morgen abend", "evening", "de-DE"],
    ["buchen yoga freitag morgens", "morning", "de-DE"],
    ["réserver spin demain soir", "evening", "fr-FR"],
    ["réserver yoga vendredi matin", "morning", "fr-FR"],
    ["reservar spin mañana por la noche", "evening", "es-ES"],
    ["prenota spin domani sera", "evening", "it-IT"],
    ["boek yoga vrijdag ochtend", "morning", "nl-NL"],
    ["boka spin imorgon kväll", "evening", "sv-SE"],
    ["varaa spin huomenna illalla", "evening", "fi-FI"],
  ])("%s → %s", (text, period, locale) => {
    expect(query(text, locale).period).toBe(period);
  });

  it("with a time, the part of the day says am or pm", () => {
    expect(query("book spin tomorrow at 7 in the evening").time).toEqual({
      hour: 19,
      minute: 0,
      meridiemKnown: true,
    });
    expect(query("reservar spin mañana a las 6 de la tarde").time).toEqual({
      hour: 18,
      minute: 0,
      meridiemKnown: true,
    });
  });
});

describe("own bookings in plain words", () => {
  it.each([
    ["what have I booked?", "en-GB"],
    ["show my reservations", "en-GB"],
    ["what am i booked on", "en-GB"],
    ["my bookigns", "en-GB"],
    ["was habe ich gebucht?", "de-DE"],
    ["meine reservierungen", "de-DE"],
    ["mes réservations", "fr-FR"],
    ["mis reservas", "es-ES"],
    ["le mie prenotazioni", "it-IT"],
    ["mijn boekingen", "nl-NL"],
    ["minhas reservas", "pt-PT"],
    ["mina bokningar", "sv-SE"],
  ])("%s", (text, locale) => {
    expect(read(text, locale).kind).toBe("my_bookings");
  });

  it("a cancel verb first wins over the words 'my booking'", () => {
    expect(read("cancel my booking on friday").kind).toBe("cancel_booking");
  });
});

describe("dates with month names, in either order (chrono read 'dec 14' as December 2014)", () => {
  it.each([
    ["book spin December 12 9am", "2026-12-12", 9, "en-GB"],
    ["book spin 12 December 9am", "2026-12-12", 9, "en-GB"],
    ["book yoga December 30 9am", "2026-12-30", 9, "en-GB"],
    ["book spin dec 14 at 18:00", "2026-12-14", 18, "en-GB"],
    ["book spin January 3 9am", "2027-01-03", 9, "en-US"],
    ["buchen spin 4. dezember 18 uhr", "2026-12-04", 18, "de-DE"],
    ["réserver spin le 4 décembre à 18h", "2026-12-04", 18, "fr-FR"],
    ["reservar spin 4 de diciembre a las 18", "2026-12-04", 18, "es-ES"],
  ])("%s → %s %s:00", (text, day, hour, locale) => {
    expect(query(text, locale)).toMatchObject({ fromDay: day, toDay: day, time: { hour, minute: 0 } });
  });
});
