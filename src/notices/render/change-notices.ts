import type { Line, Reply } from "../../ports/chat.ts";
import { timeToken } from "../../replies/format.ts";
import { t, tLine } from "../../replies/i18n/catalogue.ts";
import { compact, noticeSessionLine, type SessionView, whoWhereLine } from "./session.ts";

/** What this recipient's booking became: kept, or cancelled with a refund (or nothing to refund). */
export type BookingOutcome =
  | { kind: "kept" }
  | { kind: "cancelled"; refundedTo: { name: string; remaining: number } | null }
  | { kind: "announcement" };

export type Change = "capacity" | "space" | "trainer" | "time";

function changeLine(s: SessionView, changes: Change[]): string | null {
  const parts: string[] = [];
  if (changes.includes("trainer"))
    parts.push(t("notice.trainerIs", { trainer: s.trainerName ?? t("detail.tba") }));
  if (changes.includes("space")) parts.push(t("notice.placeIs", { space: s.spaceName ?? t("detail.tba") }));
  return parts.length > 0 ? parts.join(" ") : null;
}

function outcomeLines(o: BookingOutcome, keptText: string): Line[] {
  if (o.kind === "announcement") return [];
  if (o.kind === "kept") return [keptText];
  return [
    o.refundedTo
      ? t("notice.cancelledRefundedTo", { pass: o.refundedTo.name, n: o.refundedTo.remaining })
      : t("notice.bookingCancelled"),
    t("notice.bookAgain"),
  ];
}

const visibilityOf = (o: BookingOutcome): Reply["visibility"] =>
  o.kind === "announcement" ? "public" : "private";

/** Trainer or place changed, time unchanged. */
export function renderUpdated(s: SessionView, changes: Change[], o: BookingOutcome): Reply {
  return {
    visibility: visibilityOf(o),
    title: t("notice.updatedTitle"),
    lines: compact([
      tLine("notice.updatedLine", { session: noticeSessionLine(s) }),
      changeLine(s, changes) ?? whoWhereLine(s),
      ...outcomeLines(o, t("notice.stands")),
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
    title: t("notice.rescheduledTitle"),
    lines: compact([
      tLine("notice.movedFromTo", {
        name: s.name,
        from: timeToken(previousStartsAt, s.timezone),
        to: timeToken(s.startsAt, s.timezone),
      }),
      changeLine(s, changes),
      ...outcomeLines(o, t("notice.movedWithIt")),
    ]),
  };
}

/** One occurrence cancelled; members hear the reason and their refund. */
export function renderCancelled(s: SessionView, reason: string | null, o: BookingOutcome): Reply {
  const refund =
    o.kind === "cancelled"
      ? o.refundedTo
        ? t("notice.refundedTo", { pass: o.refundedTo.name, n: o.refundedTo.remaining })
        : t("notice.noPassCharged")
      : null;
  return {
    visibility: visibilityOf(o),
    title: t("notice.cancelledTitle"),
    lines: compact([
      tLine("notice.isCancelled", { session: noticeSessionLine(s) }),
      reason ? t("notice.reason", { reason }) : null,
      refund,
      t("notice.restUnchanged"),
    ]),
  };
}

/** Capacity went below the confirmed count: the trainer decides, nobody is removed silently. */
export function renderOverbooked(s: SessionView, confirmed: number, capacity: number): Reply {
  return {
    visibility: "private",
    title: t("notice.overTitle"),
    lines: [
      tLine("notice.overLine", { session: noticeSessionLine(s), confirmed, capacity }),
      t("notice.nobodyRemoved"),
    ],
  };
}
