import type { TextContext } from "../../src/intents/parse-when.ts";
import type { Vocabulary } from "../../src/intents/vocabulary.ts";

/** Monday 23 Nov 2026, 09:00 in Berlin: the fixed "now" of every parsing test. */
export const NOW = new Date("2026-11-23T08:00:00Z");
export const CTX: TextContext = { now: NOW, timezone: "Europe/Berlin", locale: "en-GB" };

export const VOCAB: Vocabulary = {
  trainingTypes: [
    { id: "t_yoga", name: "Yoga" },
    { id: "t_spin", name: "Spin" },
    { id: "t_hiit", name: "HIIT" },
    { id: "t_pilates", name: "Pilates" },
    { id: "t_barre", name: "Barré" },
  ],
  templates: [
    { id: "m_flow", name: "Morning Flow", trainingTypeId: "t_yoga" },
    { id: "m_spinx", name: "Spin Express", trainingTypeId: "t_spin" },
    { id: "m_pt", name: "PT with Sam", trainingTypeId: "t_hiit", individual: true },
  ],
  trainers: [
    { id: "p_anna", name: "Anna Müller" },
    { id: "p_sam", name: "Sam Lee" },
    { id: "p_jose", name: "José Álvarez" },
  ],
  people: [
    { id: "p_maria", name: "María García" },
    { id: "p_marie", name: "Marie Curie" },
    { id: "p_leo", name: "Leo Park" },
    { id: "p_anna", name: "Anna Müller" },
    { id: "p_sam", name: "Sam Lee" },
  ],
  passTypes: [
    { id: "pt_spin10", name: "Spin 10" },
    { id: "pt_month", name: "Unlimited Month" },
  ],
  spaces: [
    { id: "s_a", name: "Studio A" },
    { id: "s_b", name: "Studio B" },
  ],
};

const time = (hour: number, minute: number, meridiemKnown: boolean) => ({ hour, minute, meridiemKnown });
const q = (fromDay: string, toDay: string, extra: Record<string, unknown> = {}) => ({
  fromDay,
  toDay,
  ...extra,
});

/** [what a person types, locale (default en-GB), the intent it must become (a partial match)]. */
export const PHRASES: Array<[string, string | null, Record<string, unknown>]> = [
  // booking, relative days and times
  [
    "book yoga tomorrow 7am",
    null,
    {
      kind: "book",
      target: {
        query: q("2026-11-24", "2026-11-24", { time: time(7, 0, true), trainingTypeIds: ["t_yoga"] }),
      },
    },
  ],
  [
    "Book Yoga Tomorrow 7AM",
    null,
    {
      kind: "book",
      target: {
        query: q("2026-11-24", "2026-11-24", { time: time(7, 0, true), trainingTypeIds: ["t_yoga"] }),
      },
    },
  ],
  [
    "book spin tomorrow at 7",
    null,
    {
      kind: "book",
      target: {
        query: q("2026-11-24", "2026-11-24", { time: time(7, 0, false), trainingTypeIds: ["t_spin"] }),
      },
    },
  ],
  [
    "book spin tmrw 6pm",
    null,
    { kind: "book", target: { query: q("2026-11-24", "2026-11-24", { time: time(18, 0, true) }) } },
  ],
  [
    "book spin friday 18:00",
    null,
    {
      kind: "book",
      target: {
        query: q("2026-11-27", "2026-11-27", { time: time(18, 0, true), trainingTypeIds: ["t_spin"] }),
      },
    },
  ],
  [
    "book spin fri 6",
    null,
    { kind: "book", target: { query: q("2026-11-27", "2026-11-27", { time: time(6, 0, false) }) } },
  ],
  [
    "book pilates next monday 7",
    null,
    {
      kind: "book",
      target: {
        query: q("2026-11-30", "2026-11-30", { time: time(7, 0, false), trainingTypeIds: ["t_pilates"] }),
      },
    },
  ],
  [
    "book hiit on saturday at 10:30",
    null,
    {
      kind: "book",
      target: {
        query: q("2026-11-28", "2026-11-28", { time: time(10, 30, false), trainingTypeIds: ["t_hiit"] }),
      },
    },
  ],
  [
    "book yoga today 7pm",
    null,
    { kind: "book", target: { query: q("2026-11-23", "2026-11-23", { time: time(19, 0, true) }) } },
  ],
  [
    "book yoga in 2 days",
    null,
    { kind: "book", target: { query: q("2026-11-25", "2026-11-25", { trainingTypeIds: ["t_yoga"] }) } },
  ],
  [
    "book spin at 18.30",
    null,
    { kind: "book", target: { query: q("2026-11-23", "2026-11-23", { time: time(18, 30, true) }) } },
  ],
  [
    "book spin at 8",
    null,
    { kind: "book", target: { query: q("2026-11-23", "2026-11-23", { time: time(8, 0, false) }) } },
  ],
  [
    "book spin at 7",
    null,
    { kind: "book", target: { query: q("2026-11-23", "2026-11-23", { time: time(7, 0, false) }) } },
  ],
  [
    "book yoga sunday 10:15",
    null,
    { kind: "book", target: { query: q("2026-11-29", "2026-11-29", { time: time(10, 15, false) }) } },
  ],
  [
    "book spin",
    null,
    {
      kind: "book",
      target: { query: q("2026-11-23", "2026-11-29", { trainingTypeIds: ["t_spin"], dated: false }) },
    },
  ],
  [
    "book morning flow monday",
    null,
    { kind: "book", target: { query: q("2026-11-23", "2026-11-23", { templateIds: ["m_flow"] }) } },
  ],
  [
    "book spin express thursday 7am",
    null,
    { kind: "book", target: { query: q("2026-11-26", "2026-11-26", { templateIds: ["m_spinx"] }) } },
  ],
  [
    "book barre tomorrow 9",
    null,
    { kind: "book", target: { query: q("2026-11-24", "2026-11-24", { trainingTypeIds: ["t_barre"] }) } },
  ],
  [
    "book barré tomorrow 9",
    null,
    { kind: "book", target: { query: q("2026-11-24", "2026-11-24", { trainingTypeIds: ["t_barre"] }) } },
  ],
  [
    "book yoga with josé friday",
    null,
    { kind: "book", target: { query: q("2026-11-27", "2026-11-27", { trainerIds: ["p_jose"] }) } },
  ],
  [
    "book yoga with jose friday",
    null,
    { kind: "book", target: { query: q("2026-11-27", "2026-11-27", { trainerIds: ["p_jose"] }) } },
  ],
  [
    "reserve yoga wednesday 7am",
    null,
    { kind: "book", target: { query: q("2026-11-25", "2026-11-25", { trainingTypeIds: ["t_yoga"] }) } },
  ],
  [
    "sign me up for spin tomorrow at 6pm",
    null,
    { kind: "book", target: { query: q("2026-11-24", "2026-11-24", { time: time(18, 0, true) }) } },
  ],
  [
    "i want to book pilates on thursday",
    null,
    { kind: "book", target: { query: q("2026-11-26", "2026-11-26", { trainingTypeIds: ["t_pilates"] }) } },
  ],
  [
    "book yoga 3/12 7pm",
    null,
    { kind: "book", target: { query: q("2026-12-03", "2026-12-03", { time: time(19, 0, true) }) } },
  ],
  [
    "book yoga 3/12 7pm",
    "en-US",
    { kind: "book", target: { query: q("2027-03-12", "2027-03-12", { time: time(19, 0, true) }) } },
  ],
  ["book yoga on 28 Nov at 9", null, { kind: "book", target: { query: q("2026-11-28", "2026-11-28") } }],
  [
    "book spin December 2nd 6pm",
    null,
    { kind: "book", target: { query: q("2026-12-02", "2026-12-02", { time: time(18, 0, true) }) } },
  ],
  [
    "/book yoga tomorrow 7am",
    null,
    { kind: "book", target: { query: q("2026-11-24", "2026-11-24", { trainingTypeIds: ["t_yoga"] }) } },
  ],
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
    "yoga Freitag 18 Uhr buchen",
    "de-DE",
    { kind: "list_sessions", query: q("2026-11-27", "2026-11-27", { time: time(18, 0, true) }) },
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
  // cancel
  [
    "cancel my friday spin",
    null,
    {
      kind: "cancel_booking",
      target: { query: q("2026-11-27", "2026-11-27", { trainingTypeIds: ["t_spin"], dated: true }) },
    },
  ],
  [
    "cancel spin tomorrow",
    null,
    { kind: "cancel_booking", target: { query: q("2026-11-24", "2026-11-24") } },
  ],
  [
    "I can't make it to yoga on wednesday",
    null,
    {
      kind: "cancel_booking",
      target: { query: q("2026-11-25", "2026-11-25", { trainingTypeIds: ["t_yoga"] }) },
    },
  ],
  ["/cancel", null, { kind: "cancel_booking", target: { query: { dated: false } } }],
  // browsing
  [
    "what's on next week with anna",
    null,
    { kind: "list_sessions", query: q("2026-11-30", "2026-12-06", { trainerIds: ["p_anna"] }) },
  ],
  ["whats on tomorrow", null, { kind: "list_sessions", query: q("2026-11-24", "2026-11-24") }],
  ["what's on this week", null, { kind: "list_sessions", query: q("2026-11-23", "2026-11-29") }],
  ["sessions", null, { kind: "list_sessions", query: q("2026-11-23", "2026-11-29", { dated: false }) }],
  ["/sessions spin", null, { kind: "list_sessions", query: { trainingTypeIds: ["t_spin"] } }],
  [
    "yoga tomorrow",
    null,
    { kind: "list_sessions", query: q("2026-11-24", "2026-11-24", { trainingTypeIds: ["t_yoga"] }) },
  ],
  [
    "spin with sam",
    null,
    { kind: "list_sessions", query: { trainingTypeIds: ["t_spin"], trainerIds: ["p_sam"] } },
  ],
  ["show classes on saturday", null, { kind: "list_sessions", query: q("2026-11-28", "2026-11-28") }],
  ["any classes tonight", null, { kind: "list_sessions", query: q("2026-11-23", "2026-11-23") }],
  ["schedule next week", null, { kind: "list_sessions", query: q("2026-11-30", "2026-12-06") }],
  ["week", null, { kind: "week_view", fromDay: "2026-11-23" }],
  ["/week next monday", null, { kind: "week_view", fromDay: "2026-11-30" }],
  [
    "details spin tomorrow 6pm",
    null,
    { kind: "session_detail", target: { query: q("2026-11-24", "2026-11-24") } },
  ],
  // own data
  ["my bookings", null, { kind: "my_bookings", past: false }],
  ["/bookings past", null, { kind: "my_bookings", past: true }],
  ["how many sessions left", null, { kind: "my_passes" }],
  ["passes", null, { kind: "my_passes" }],
  ["help", null, { kind: "help" }],
  ["hello", null, { kind: "help" }],
  ["", null, { kind: "help" }],
  ["asdf qwerty", null, { kind: "unknown" }],
  ["what is the meaning of life", null, { kind: "unknown" }],
  // identity and later features
  ["/link", null, { kind: "link_account" }],
  ["/link K7PQ-2MXA", null, { kind: "link_account", code: "K7PQ-2MXA" }],
  ["/start K7PQ2MXA", null, { kind: "start", code: "K7PQ2MXA" }],
  ["/connect", null, { kind: "connect_space" }],
  ["/calendar", null, { kind: "coming_soon", feature: "one_to_one" }],
  ["/personal sam", null, { kind: "coming_soon", feature: "personal_sessions" }],
  // trainer and admin commands
  [
    "/roster spin tomorrow 18:00",
    null,
    { kind: "roster", target: { query: q("2026-11-24", "2026-11-24", { trainingTypeIds: ["t_spin"] }) } },
  ],
  [
    "/override spin fri 18:00 capacity 20 space Studio B",
    null,
    {
      kind: "override",
      capacity: 20,
      spaceName: "Studio B",
      target: { query: q("2026-11-27", "2026-11-27") },
    },
  ],
  [
    "/override yoga tomorrow 7am | trainer sam | to wednesday 8:30",
    null,
    {
      kind: "override",
      newDay: "2026-11-25",
      newTime: time(8, 30, false),
      trainer: { personIds: ["p_sam"] },
    },
  ],
  ["/override spin sat 10 reset", null, { kind: "override", cancelExistingBookings: true }],
  [
    "/cancelsession yoga tomorrow 7 reason: teacher is ill",
    null,
    { kind: "cancel_occurrence", reason: "teacher is ill", target: { query: q("2026-11-24", "2026-11-24") } },
  ],
  [
    "/add maria to pt with sam wednesday 10",
    null,
    {
      kind: "add_to_individual",
      person: { personIds: ["p_maria"] },
      target: { query: q("2026-11-25", "2026-11-25", { templateIds: ["m_pt"] }) },
    },
  ],
  [
    "/add mari to pt wednesday",
    null,
    { kind: "add_to_individual", person: { personIds: ["p_maria", "p_marie"] } },
  ],
  [
    "/grant Maria Spin 10",
    null,
    { kind: "grant_pass", person: { personIds: ["p_maria"] }, passTypeIds: ["pt_spin10"] },
  ],
  [
    "/grant leo unlimited month",
    null,
    { kind: "grant_pass", person: { personIds: ["p_leo"] }, passTypeIds: ["pt_month"] },
  ],
  [
    "/template Evening Flow | Yoga | 60 | 12",
    null,
    { kind: "create_template", name: "Evening Flow", durationMinutes: 60, capacity: 12, closed: false },
  ],
  ["/template Core Course | Pilates | 50 | 8 | closed", null, { kind: "create_template", closed: true }],
  [
    "/schedule morning flow | mon,wed,fri | 07:00",
    null,
    { kind: "create_schedule", templateIds: ["m_flow"], weekdays: [1, 3, 5], startTime: "07:00", weeks: 8 },
  ],
  ["/linkchannel spin", null, { kind: "link_channel", trainingTypeIds: ["t_spin"] }],
];
