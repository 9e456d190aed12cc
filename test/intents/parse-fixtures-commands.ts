import { type Phrase, q, time } from "./parse-fixtures.ts";

/** Commands: identity, later features, trainer and admin actions (same fixed clock and vocabulary). */
export const COMMAND_PHRASES: Phrase[] = [
  // identity and later features
  ["/link", null, { kind: "link_account" }],
  ["/link K7PQ-2MXA", null, { kind: "link_account", code: "K7PQ-2MXA" }],
  ["/start K7PQ2MXA", null, { kind: "start", code: "K7PQ2MXA" }],
  ["/connect", null, { kind: "connect_workspace" }],
  ["/calendar", null, { kind: "calendar_link", action: "show" }],
  ["/calendar revoke", null, { kind: "calendar_link", action: "revoke" }],
  ["/personal", null, { kind: "personal_types" }],
  ["/personal sam", null, { kind: "personal_slots", sessionTypeIds: [], trainerIds: ["p_sam"] }],
  ["/personal my", null, { kind: "personal_my" }],
  ["/availability set mon 09:00-12:00", null, { kind: "personal_availability", action: "set" }],
  ["/feed add https://cal.example.org/a.ics", null, { kind: "personal_feed", action: "add" }],
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
