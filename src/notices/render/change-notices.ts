import type { Line, Reply } from "../../ports/chat.ts";
import { timeToken } from "../../replies/format.ts";
import { compact, noticeSessionLine, passLine, type SessionView, whoWhereLine } from "./session.ts";

/** What this recipient's booking became: kept, or cancelled with a refund (or nothing to refund). */
export type BookingOutcome =
  | { kind: "kept" }
  | { kind: "cancelled"; refundedTo: { name: string; remaining: number } | null }
  | { kind: "announcement" };

export type Change = "capacity" | "space" | "trainer" | "time";

function changeLine(s: SessionView, changes: Change[]): string | null {
  const parts: string[] = [];
  if (changes.includes("trainer")) parts.push(`Trainer: ${s.trainerName ?? "to be announced"}.`);
  if (changes.includes("space")) parts.push(`Place: ${s.spaceName ?? "to be announced"}.`);
  return parts.length > 0 ? parts.join(" ") : null;
}

function outcomeLines(o: BookingOutcome, keptText: string): Line[] {
  if (o.kind === "announcement") return [];
  if (o.kind === "kept") return [keptText];
  return [
    o.refundedTo
      ? passLine("Your booking was cancelled and 1 session refunded to", o.refundedTo)
      : "Your booking was cancelled.",
    "Book again if the new terms suit you.",
  ];
}

const visibilityOf = (o: BookingOutcome): Reply["visibility"] =>
  o.kind === "announcement" ? "public" : "private";

/** Trainer or place changed, time unchanged. */
export function renderUpdated(s: SessionView, changes: Change[], o: BookingOutcome): Reply {
  return {
    visibility: visibilityOf(o),
    title: "Training updated",
    lines: compact([
      noticeSessionLine(s, " has changed."),
      changeLine(s, changes) ?? whoWhereLine(s),
      ...outcomeLines(o, "Your booking stands; nothing to do."),
    ]),
  };
}

/** The time changed. */
export function renderRescheduled(
  s: SessionView,
  previousStartsAt: Date,
  changes: Change[],
  o: BookingOutcome,
): Reply {
  return {
    visibility: visibilityOf(o),
    title: "Training rescheduled",
    lines: compact([
      [
        `${s.name} moved from `,
        timeToken(previousStartsAt, s.timezone),
        " to ",
        timeToken(s.startsAt, s.timezone),
        ".",
      ],
      changeLine(s, changes),
      ...outcomeLines(o, "Your booking moved with it. Can't make the new time? Cancel it in My bookings."),
    ]),
  };
}

/** One occurrence cancelled; members hear the reason and their refund. */
export function renderCancelled(s: SessionView, reason: string | null, o: BookingOutcome): Reply {
  const refund =
    o.kind === "cancelled"
      ? o.refundedTo
        ? passLine("1 session refunded to", o.refundedTo)
        : "No pass was charged for it."
      : null;
  return {
    visibility: visibilityOf(o),
    title: "Training cancelled",
    lines: compact([
      noticeSessionLine(s, " is cancelled."),
      reason ? `Reason: ${reason}` : null,
      refund,
      "The rest of the schedule is unchanged.",
    ]),
  };
}

/** Capacity went below the confirmed count: the trainer decides, nobody is removed silently. */
export function renderOverbooked(s: SessionView, confirmed: number, capacity: number): Reply {
  return {
    visibility: "private",
    title: "Session over capacity",
    lines: [
      noticeSessionLine(s, `: ${confirmed} confirmed, capacity now ${capacity}.`),
      "Nobody was removed. Raise the capacity again or cancel bookings yourself.",
    ],
  };
}
