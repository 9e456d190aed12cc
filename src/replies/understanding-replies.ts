import type { Line, Reply } from "../ports/chat.ts";
import { t, tLine } from "./i18n/catalogue.ts";

/**
 * Replies for text that could not be read exactly: an impossible date or time, or a name the studio
 * does not have. Each names back what was typed; nothing was looked up or changed.
 */
export function invalidWhenReply(kind: "time" | "date", typed: string): Reply {
  return {
    visibility: "private",
    lines: [
      t(kind === "time" ? "understand.notATime" : "understand.notADate", { typed }),
      t("understand.nothingDone"),
    ],
  };
}

/** The question for a name that matched nothing; the buttons (closest real names) are added by the core. */
export function unknownNameQuestion(role: "class" | "trainer", typed: string, hasOptions: boolean): string {
  return t("understand.noSuchName", { role, typed, options: hasOptions ? "yes" : "no" });
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
  const session = tLine("understand.sessionAt", { name: o.name, when });
  const inline = typeof session === "string" ? [session] : session;
  if (o.status === "cancelled")
    return tLine("understand.cancelled", {
      session: inline,
      hasReason: o.cancelReason ? "yes" : "no",
      reason: o.cancelReason ?? "",
    });
  const ended = o.startsAt.getTime() + o.durationMinutes * 60_000 <= now.getTime();
  return tLine("understand.started", { session: inline, ended: ended ? "yes" : "no" });
}

export function individualReply(names: string[]): Reply {
  return { visibility: "private", lines: [t("understand.individual", { names: names.join(" / ") })] };
}
