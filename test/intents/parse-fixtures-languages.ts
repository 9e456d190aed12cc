import { type Phrase, q, time } from "./parse-fixtures.ts";

/** Typos and other languages' words and date order (same fixed clock and vocabulary). */
export const LANGUAGE_PHRASES: Phrase[] = [
  // typos
  [
    "bok spni tmrw 7",
    null,
    { kind: "book", target: { query: q("2026-11-24", "2026-11-24", { trainingTypeIds: ["t_spin"] }) } },
  ],
  [
    "book yogaa tomorrow",
    null,
    { kind: "book", target: { query: q("2026-11-24", "2026-11-24", { trainingTypeIds: ["t_yoga"] }) } },
  ],
  [
    "book pilatse tuesday",
    null,
    { kind: "book", target: { query: q("2026-11-24", "2026-11-24", { trainingTypeIds: ["t_pilates"] }) } },
  ],
  [
    "book mornign flow wednesday",
    null,
    { kind: "book", target: { query: q("2026-11-25", "2026-11-25", { templateIds: ["m_flow"] }) } },
  ],
  [
    "cancle my spin",
    null,
    { kind: "cancel_booking", target: { query: { trainingTypeIds: ["t_spin"], dated: false } } },
  ],
  ["sessions with ana", null, { kind: "list_sessions", query: { trainerIds: ["p_anna"] } }],
  // other languages' word and date order
  [
    "buchen yoga morgen um 7",
    "de-DE",
    { kind: "book", target: { query: q("2026-11-24", "2026-11-24", { time: time(7, 0, false) }) } },
  ],
  [
    // German puts the verb last: "buchen" at the end books (it used to only list).
    "yoga Freitag 18 Uhr buchen",
    "de-DE",
    { kind: "book", target: { query: q("2026-11-27", "2026-11-27", { time: time(18, 0, true) }) } },
  ],
  [
    "buche spin am 25.11. um 18:00",
    "de-DE",
    { kind: "book", target: { query: q("2026-11-25", "2026-11-25", { time: time(18, 0, true) }) } },
  ],
  [
    "spin 1.12.2026 18:00",
    "de-DE",
    { kind: "list_sessions", query: q("2026-12-01", "2026-12-01", { time: time(18, 0, true) }) },
  ],
  [
    "stornieren spin Samstag",
    "de-DE",
    { kind: "cancel_booking", target: { query: q("2026-11-28", "2026-11-28") } },
  ],
  [
    "réserver yoga demain à 18h",
    "fr-FR",
    { kind: "book", target: { query: q("2026-11-24", "2026-11-24", { time: time(18, 0, true) }) } },
  ],
  [
    "annuler mon yoga vendredi",
    "fr-FR",
    { kind: "cancel_booking", target: { query: q("2026-11-27", "2026-11-27") } },
  ],
  [
    "reservar spin mañana a las 7",
    "es-ES",
    { kind: "book", target: { query: q("2026-11-24", "2026-11-24", { time: time(7, 0, false) }) } },
  ],
  ["book yoga 04/12", "en-GB", { kind: "book", target: { query: q("2026-12-04", "2026-12-04") } }],
  ["book yoga 12/04", "en-US", { kind: "book", target: { query: q("2026-12-04", "2026-12-04") } }],
  // A member writing German (or French) in an English-speaking studio: the fallback languages.
  [
    "book spin übermorgen 18 uhr",
    "en-GB",
    { kind: "book", target: { query: q("2026-11-25", "2026-11-25", { time: time(18, 0, true) }) } },
  ],
  [
    "book spin Dienstag um 18 Uhr",
    "en-GB",
    { kind: "book", target: { query: q("2026-11-24", "2026-11-24", { time: time(18, 0, true) }) } },
  ],
  [
    "book spin demain à 18h",
    "en-GB",
    { kind: "book", target: { query: q("2026-11-24", "2026-11-24", { time: time(18, 0, true) }) } },
  ],
];
