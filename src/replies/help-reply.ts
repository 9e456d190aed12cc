import type { Role } from "../domain/model.ts";
import type { Reply } from "./reply.ts";

const MEMBER = [
  "sessions · sessions tomorrow · what's on next week with Tara",
  "book yoga tomorrow 7am · book spin fri 18:00",
  "my bookings · cancel my friday spin",
  "passes · week · help",
  "my week (your 1-2-1 calendar) · /join CODE (an invite from your coach)",
];
/** Shown to members only where personal sessions are on and listed for members. */
const MEMBER_PERSONAL =
  "/personal · private lesson with Sam thursday afternoon · my personal sessions · move my session with Sam to friday 10am · /calendar link";
const TRAINER = [
  "/availability set mon-fri 09:00-17:00 · /availability off 2026-12-24 · /feed add <ics url> (or send the .ics file)",
  "/roster spin tomorrow 18:00",
  "/override spin fri 18:00 capacity 20 | space Studio A | trainer Sam | to sat 10:00 | reset",
  "/cancelsession yoga tomorrow 7 reason: teacher is ill",
  "/add Noor to pt with sam wednesday 10 · /grant Maria Spin 10",
  "coach help: 1-2-1 programs, clients, invites and calendars",
];
const ADMIN = [
  "/personal settings · /personal type new name=Sports massage duration=60 price=45 trainers=Sam",
  "/template Evening Flow | Yoga | 60 | 12 [| closed]",
  "/schedule Evening Flow | mon,wed,fri | 19:00 [| weeks]",
  "/linkchannel spin (in a group channel) · /connect (get a code for a chat space)",
];

/** Short help with examples, fitted to the person's role. */
export function helpReply(role: Role | null, opening?: string, personalListed = false): Reply {
  const staff = role === "trainer" || role === "admin";
  const sections = [
    { heading: "Try", lines: personalListed || staff ? [...MEMBER, MEMBER_PERSONAL] : MEMBER },
  ];
  if (role === "trainer" || role === "admin") sections.push({ heading: "Trainers", lines: TRAINER });
  if (role === "admin") sections.push({ heading: "Admins", lines: ADMIN });
  return {
    visibility: "private",
    lines: [
      opening ?? "I book sessions for you. Dates and times are in the studio's timezone.",
      "Link another chat app with /link.",
    ],
    sections,
  };
}

/** Not understood: say so briefly and show examples. */
export function unknownReply(role: Role | null): Reply {
  return helpReply(role, "Sorry, I did not understand that. Here is what I can do:");
}
