import type { Line, Reply } from "../ports/chat.ts";

/**
 * Replies for text that could not be read exactly: an impossible date or time, or a name the studio
 * does not have. Each names back what was typed; nothing was looked up or changed.
 */
export function invalidWhenReply(kind: "time" | "date", typed: string): Reply {
  return {
    visibility: "private",
    lines: [
      kind === "time"
        ? `${typed} is not a time of day. Write a time like 18:00, 6pm or 7 in the evening.`
        : `${typed} is not a date. Write a date like 1 Dec, 01.12. or tomorrow.`,
      "Nothing was booked or changed.",
    ],
  };
}

/** The question for a name that matched nothing; the buttons (closest real names) are added by the core. */
export function unknownNameQuestion(role: "class" | "trainer", typed: string, hasOptions: boolean): string {
  const what = role === "class" ? "class or training" : "trainer";
  return hasOptions
    ? `There is no ${what} called "${typed}" here. Did you mean one of these?`
    : `There is no ${what} called "${typed}" here. Type "sessions" to see what is on.`;
}

/** Why the session asked for cannot be booked although it exists. */
export function whyNotBookableLine(
  o: {
    name: string;
    status: "scheduled" | "cancelled";
    cancelReason: string | null;
    startsAt: Date;
    durationMinutes: number;
  },
  when: Line,
  now: Date,
): Line {
  const at = typeof when === "string" ? [when] : when;
  if (o.status === "cancelled")
    return [`${o.name}, `, ...at, ` is cancelled${o.cancelReason ? `: ${o.cancelReason}` : ""}.`];
  const ended = o.startsAt.getTime() + o.durationMinutes * 60_000 <= now.getTime();
  return [`${o.name}, `, ...at, ended ? " has already started (and ended)." : " has already started."];
}

export function individualReply(names: string[]): Reply {
  return {
    visibility: "private",
    lines: [
      `${names.join(" / ")} is an individual training: your trainer adds you to it. Ask your trainer for a time.`,
    ],
  };
}
