import type { Vocabulary } from "../../src/domain/vocabulary.ts";
import type { TextContext } from "../../src/intents/parse-when.ts";

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
  personalTypes: [{ id: "p_lesson", name: "Private lesson" }],
};

export const time = (hour: number, minute: number, meridiemKnown: boolean) => ({
  hour,
  minute,
  meridiemKnown,
});
export const q = (fromDay: string, toDay: string, extra: Record<string, unknown> = {}) => ({
  fromDay,
  toDay,
  ...extra,
});

/** [what a person types, locale (default en-GB), the intent it must become (a partial match)]. */
export type Phrase = [string, string | null, Record<string, unknown>];

export const PHRASES: Phrase[] = [
  // personal sessions are never read as a group booking
  [
    "private lesson with Sam thursday afternoon",
    null,
    {
      kind: "personal_slots",
      sessionTypeIds: ["p_lesson"],
      trainerIds: ["p_sam"],
      fromDay: "2026-11-26",
      toDay: "2026-11-26",
      part: "afternoon",
    },
  ],
  [
    "book a personal session with sam tomorrow 9am",
    null,
    { kind: "personal_slots", trainerIds: ["p_sam"], fromDay: "2026-11-24", time: time(9, 0, true) },
  ],
  ["my personal sessions", null, { kind: "personal_my" }],
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
    // Said on a Monday: today's, or next Monday's once today's has passed (the weekday is kept).
    "book morning flow monday",
    null,
    {
      kind: "book",
      target: { query: q("2026-11-23", "2026-11-30", { templateIds: ["m_flow"], weekday: 1 }) },
    },
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
];
