import { describe, expect, it } from "vitest";
import { parseCommand, parseText } from "../../src/intents/parse-text.ts";
import type { TextContext } from "../../src/intents/parse-when.ts";
import { CTX, VOCAB } from "./parse-fixtures.ts";

/**
 * Spans of days, impossible dates and times, negated or hypothetical requests and command words in
 * each supported language (en, de, fr, es). Clock: Monday 23 Nov 2026, 09:00 in Berlin.
 */
const read = (text: string, ctx: TextContext = CTX) => parseText(text, ctx, VOCAB);
const days = (text: string, ctx: TextContext = CTX) => {
  const i = read(text, ctx);
  const q =
    i.kind === "list_sessions" ? i.query : "target" in i && "query" in i.target ? i.target.query : null;
  return q ? `${i.kind} ${q.fromDay}..${q.toDay}` : i.kind;
};

describe("spans of days in every language", () => {
  it.each([
    ["sessions 14.12. to 16.12.", "list_sessions 2026-12-14..2026-12-16"],
    ["/sessions 14.12. to 16.12.", "list_sessions 2026-12-14..2026-12-16"],
    ["sessions next 3 days", "list_sessions 2026-11-23..2026-11-25"],
    ["classes the next three days", "list_sessions 2026-11-23..2026-11-25"],
    ["yoga this weekend", "list_sessions 2026-11-28..2026-11-29"],
    ["spin friday to sunday", "list_sessions 2026-11-27..2026-11-29"],
    ["sessions from friday to sunday", "list_sessions 2026-11-27..2026-11-29"],
    ["sessions between monday and wednesday", "list_sessions 2026-11-23..2026-11-25"],
    ["sessions until friday", "list_sessions 2026-11-23..2026-11-27"],
    ["sessions 14.12.-16.12.", "list_sessions 2026-12-14..2026-12-16"],
    ["kurse vom 14.12. bis 16.12.", "list_sessions 2026-12-14..2026-12-16"],
    ["kurse nächste 3 Tage", "list_sessions 2026-11-23..2026-11-25"],
    ["yoga dieses Wochenende", "list_sessions 2026-11-28..2026-11-29"],
    ["kurse zwischen Montag und Mittwoch", "list_sessions 2026-11-23..2026-11-25"],
    ["kurse bis Freitag", "list_sessions 2026-11-23..2026-11-27"],
    ["cours de vendredi à dimanche", "list_sessions 2026-11-27..2026-11-29"],
    ["cours du lundi au mercredi", "list_sessions 2026-11-23..2026-11-25"],
    ["yoga ce week-end", "list_sessions 2026-11-28..2026-11-29"],
    ["cours les 3 prochains jours", "list_sessions 2026-11-23..2026-11-25"],
    ["cours jusqu'à vendredi", "list_sessions 2026-11-23..2026-11-27"],
    ["clases de viernes a domingo", "list_sessions 2026-11-27..2026-11-29"],
    ["yoga este fin de semana", "list_sessions 2026-11-28..2026-11-29"],
    ["clases los próximos 3 días", "list_sessions 2026-11-23..2026-11-25"],
    ["clases entre lunes y miércoles", "list_sessions 2026-11-23..2026-11-25"],
    ["clases hasta el viernes", "list_sessions 2026-11-23..2026-11-27"],
  ])("%s -> %s", (text, want) => {
    expect(days(text)).toBe(want);
  });

  it("a span keeps the part of the day said with it, and is not a time (14.12. to 16.12. is no 16:12)", () => {
    const i = read("spin friday to sunday evening");
    expect(i).toMatchObject({
      kind: "list_sessions",
      query: { fromDay: "2026-11-27", toDay: "2026-11-29", period: "evening", trainingTypeIds: ["t_spin"] },
    });
    const d = read("sessions 14.12. to 16.12.");
    expect(d.kind === "list_sessions" && d.query.time).toBeUndefined();
  });

  it("a weekday span said on a Saturday runs to the coming Sunday, not a week back", () => {
    const saturday = { ...CTX, now: new Date("2026-11-28T09:00:00Z") };
    expect(days("sessions friday to sunday", saturday)).toBe("list_sessions 2026-12-04..2026-12-06");
    expect(days("sessions this weekend", saturday)).toBe("list_sessions 2026-11-28..2026-11-29");
  });
});

describe("parts of the day and noon in each language", () => {
  it.each([
    ["book pilates tuesday noon", { hour: 12, minute: 0 }],
    ["réserver pilates mardi midi", { hour: 12, minute: 0 }],
    ["pilates dienstag mittags buchen", { hour: 12, minute: 0 }],
    ["reservar pilates martes a mediodía", { hour: 12, minute: 0 }],
  ])("%s is 12:00", (text, time) => {
    const i = read(text);
    expect(i.kind).toBe("book");
    expect(i.kind === "book" && "query" in i.target ? i.target.query.time : null).toMatchObject(time);
  });

  it.each([
    ["yoga morgen abends", "evening", "2026-11-24"],
    ["yoga demain soir", "evening", "2026-11-24"],
    ["yoga mañana por la noche", "evening", "2026-11-24"],
    ["yoga mañana por la mañana", "morning", "2026-11-24"],
    ["yoga le matin", "morning", undefined],
  ])("%s: %s", (text, period, day) => {
    const i = read(text);
    expect(i).toMatchObject({ kind: "list_sessions", query: { period } });
    if (day && i.kind === "list_sessions") expect(i.query.fromDay).toBe(day);
  });
});

describe("impossible dates and times are named back", () => {
  it.each([
    ["book spin 31.02.", "date", "31.02."],
    ["book spin friday 25:00", "time", "25:00"],
    ["book spin friday 7:75", "time", "7:75"],
    ["private lesson with Sam at 25:00 friday", "time", "25:00"],
  ])("%s", (text, kind, typed) => {
    const i = read(text);
    const invalid =
      i.kind === "personal_slots"
        ? i.invalid
        : i.kind === "book" && "query" in i.target
          ? i.target.query.invalid
          : null;
    expect(invalid).toEqual({ kind, text: typed });
  });
});

describe("negated and hypothetical requests are never acted on", () => {
  it.each([
    ["don't book yoga tomorrow", "negated"],
    ["do not cancel my spin", "negated"],
    ["not the 7pm one", "negated"],
    ["should I book spin?", "question"],
    ["ne réserve pas le yoga demain", "negated"],
    ["yoga morgen nicht buchen", "negated"],
    ["bitte keinen Spin buchen", "negated"],
    ["soll ich spin buchen?", "question"],
    ["no reserves spin mañana", "negated"],
    ["¿debería reservar yoga?", "question"],
    ["/book don't book yoga", "negated"],
  ])("%s", (text, reason) => {
    expect(read(text)).toMatchObject({ kind: "not_acted", reason });
  });

  it("a cancellation said with a negative stays a cancellation", () => {
    expect(read("I can't make it to spin friday").kind).toBe("cancel_booking");
    expect(read("book spin friday").kind).toBe("book");
  });
});

describe("command words and languages", () => {
  it.each([
    ["buchen spin morgen 18 uhr", "book"],
    ["spin morgen buchen", "book"],
    ["meine Buchungen", "my_bookings"],
    ["absagen spin freitag", "cancel_booking"],
    ["réserver spin demain 18h", "book"],
    ["mes réservations", "my_bookings"],
    ["annuler mon spin vendredi", "cancel_booking"],
    ["reservar spin mañana 18:00", "book"],
    ["mis reservas", "my_bookings"],
    ["cancelar spin viernes", "cancel_booking"],
  ])("%s -> %s", (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  it("'was läuft am Freitag?' lists Friday, with no class named 'lauft'", () => {
    const i = read("was läuft am Freitag?");
    expect(i).toMatchObject({ kind: "list_sessions", query: { fromDay: "2026-11-27", unknownNames: [] } });
  });

  it("the languages given are read first: 'do 7' is Thursday to a German reader, 7 today to an English one", () => {
    const de = { ...CTX, languages: ["de", "en-GB"] };
    const es = { ...CTX, languages: ["es-ES", "en-GB"] };
    const en = { ...CTX, languages: ["en-GB"] };
    expect(days("spin do 7", de)).toBe("list_sessions 2026-11-26..2026-11-26");
    expect(days("spin do 7", en)).toBe("list_sessions 2026-11-23..2026-11-23");
    expect(days("spin jue 7", es)).toBe("list_sessions 2026-11-26..2026-11-26");
    expect(days("spin jue 7", en)).toBe("list_sessions 2026-11-23..2026-11-23");
  });
});

describe("personal sessions are routed by what was typed, on every platform's command", () => {
  it("Slack's /book and Discord's /book what:… with a personal type go to personal sessions", () => {
    for (const i of [
      parseCommand("book", "private lesson with sam friday 10:00", CTX, VOCAB),
      read("/book private lesson with sam friday 10:00"),
    ])
      expect(i).toMatchObject({
        kind: "personal_slots",
        sessionTypeIds: ["p_lesson"],
        trainerIds: ["p_sam"],
        fromDay: "2026-11-27",
        time: { hour: 10, minute: 0 },
      });
  });

  it("Discord's /personal trainer:sam when:friday 10:00 arrives as one text with the exact time", () => {
    expect(parseCommand("personal", "sam friday 10:00", CTX, VOCAB)).toMatchObject({
      kind: "personal_slots",
      trainerIds: ["p_sam"],
      fromDay: "2026-11-27",
      time: { hour: 10, minute: 0 },
    });
  });

  it("an exact 07:30 is 07:30 only; an unknown trainer is kept to be said back", () => {
    expect(read("private lesson with sam friday 07:30")).toMatchObject({
      time: { hour: 7, minute: 30, meridiemKnown: true },
    });
    expect(read("private lesson with bob friday")).toMatchObject({
      trainerIds: [],
      unknownTrainers: ["bob"],
    });
  });
});
