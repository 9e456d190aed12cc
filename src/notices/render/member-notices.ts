import type { Reply } from "../../ports/chat.ts";
import { timeToken } from "../../replies/format.ts";
import { compact, noticeSessionLine, passLine, type SessionView, whoWhereLine } from "./session.ts";

export interface PassView {
  name: string;
  remaining: number;
  validUntil: Date;
}

/** A waitlisted member got the spot and their pass was charged. */
export function renderPromoted(s: SessionView, pass: PassView): Reply {
  return {
    visibility: "private",
    title: "You're in: a spot opened up",
    lines: compact([
      noticeSessionLine(s, " is confirmed for you."),
      whoWhereLine(s),
      passLine("1 session charged to", pass),
      "Can't come? Cancel it in My bookings before the cancellation deadline.",
    ]),
  };
}

// The booking engine names the reason with a code; anything unknown still reads sensibly.
const SKIP_REASONS: Record<string, string> = {
  no_usable_pass: "none of your passes covers this session",
  pass_expired: "your pass has expired",
  no_sessions_left: "your pass has no sessions left",
};

/** Why one pass could not pay, as the member reads it. */
function passProblem(p: { name: string; reason: string; validUntil: Date }, s: SessionView): string {
  switch (p.reason) {
    case "empty":
      return `${p.name} has no sessions left`;
    case "expired":
      return `${p.name} ends on ${timeToken(p.validUntil, s.timezone, "date").text}, before this session`;
    case "not_yet_valid":
      return `${p.name} is not valid yet on that day`;
    case "not_linked":
      return `${p.name} is not one of this course's passes`;
    default:
      return `${p.name} does not cover this training`;
  }
}

/** A spot opened but this member had no usable pass, so the next person got it. */
export function renderSkipped(
  s: SessionView,
  reason: string,
  passes?: Array<{ name: string; reason: string; validUntil: Date }>,
): Reply {
  // With the recorded passes the notice says what was wrong with each; older rows keep the code's text.
  const why =
    passes === undefined
      ? (SKIP_REASONS[reason] ?? "none of your passes could be used")
      : passes.length === 0
        ? "you have no pass"
        : passes.map((p) => passProblem(p, s)).join("; ");
  return {
    visibility: "private",
    title: "Waitlist: spot passed on",
    lines: [
      noticeSessionLine(s, ` had a free spot, but ${why}.`),
      "You are off the waitlist. Get a pass that covers it, then book again.",
    ],
  };
}

/** A trainer put this member into an individual training. */
export function renderAddedByTrainer(s: SessionView, pass: PassView): Reply {
  return {
    visibility: "private",
    title: "Booked by your trainer",
    lines: compact([
      noticeSessionLine(s, " is booked for you."),
      whoWhereLine(s),
      passLine("1 session charged to", pass),
      "See it in My bookings.",
    ]),
  };
}

// A pass may enrol a member in many sessions; the notice names the first few.
const MAX_LISTED_SESSIONS = 5;

/** A pass was granted; for closed schedules, the sessions it enrolled the member in. */
export function renderPassGranted(pass: PassView, timezone: string, enrolled: SessionView[]): Reply {
  const lines = [
    [
      "You have ",
      `${pass.name}: ${pass.remaining} ${pass.remaining === 1 ? "session" : "sessions"}, valid until `,
      timeToken(pass.validUntil, timezone, "date"),
      ".",
    ],
  ];
  if (enrolled.length === 0) {
    return {
      visibility: "private",
      title: "New pass",
      lines: [...lines, "Book a session with it from the schedule."],
    };
  }
  const shown = enrolled.slice(0, MAX_LISTED_SESSIONS).map((s) => noticeSessionLine(s));
  const more = enrolled.length - shown.length;
  return {
    visibility: "private",
    title: "New pass: you're enrolled",
    lines: [
      ...lines,
      `It enrolled you in ${enrolled.length} upcoming ${enrolled.length === 1 ? "session" : "sessions"}.`,
    ],
    sections: [
      { heading: "Your sessions", lines: more > 0 ? [...shown, `and ${more} more in My bookings.`] : shown },
    ],
  };
}

/** Sent at the organization's reminder lead time before a confirmed session. */
export function renderReminder(s: SessionView): Reply {
  return {
    visibility: "private",
    title: "Reminder",
    lines: compact([
      ["You're booked: ", `${s.name}, `, timeToken(s.startsAt, s.timezone), "."],
      whoWhereLine(s),
      "Can't come? Cancel it in My bookings if the deadline allows.",
    ]),
  };
}
