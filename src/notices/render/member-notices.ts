import type { Reply } from "../../ports/chat.ts";
import { timeToken } from "../../replies/format.ts";
import { t, tLine } from "../../replies/i18n/catalogue.ts";
import { compact, noticeSessionLine, type SessionView, whoWhereLine } from "./session.ts";

export interface PassView {
  name: string;
  remaining: number;
  validUntil: Date;
}

/** A waitlisted member got the spot and their pass was charged. */
export function renderPromoted(s: SessionView, pass: PassView): Reply {
  return {
    visibility: "private",
    title: t("notice.promotedTitle"),
    lines: compact([
      tLine("notice.promotedLine", { session: noticeSessionLine(s) }),
      whoWhereLine(s),
      t("notice.charged", { pass: pass.name, n: pass.remaining }),
      t("notice.cancelBeforeDeadline"),
    ]),
  };
}

/** Why one pass could not pay, as the member reads it (an unknown code still reads sensibly). */
function passProblem(p: { name: string; reason: string; validUntil: Date }, s: SessionView): string {
  return t("notice.passProblem", {
    reason: p.reason,
    pass: p.name,
    until: timeToken(p.validUntil, s.timezone, "date").text,
  });
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
      ? t("notice.skipReason", { reason })
      : passes.length === 0
        ? t("notice.noPass")
        : passes.map((p) => passProblem(p, s)).join("; ");
  return {
    visibility: "private",
    title: t("notice.skippedTitle"),
    lines: [tLine("notice.skippedLine", { session: noticeSessionLine(s), why }), t("notice.offWaitlist")],
  };
}

/** A trainer put this member into an individual training. */
export function renderAddedByTrainer(s: SessionView, pass: PassView): Reply {
  return {
    visibility: "private",
    title: t("notice.addedTitle"),
    lines: compact([
      tLine("notice.addedLine", { session: noticeSessionLine(s) }),
      whoWhereLine(s),
      t("notice.charged", { pass: pass.name, n: pass.remaining }),
      t("notice.seeMine"),
    ]),
  };
}

// A pass may enrol a member in many sessions; the notice names the first few.
const MAX_LISTED_SESSIONS = 5;

/** A pass was granted; for closed schedules, the sessions it enrolled the member in. */
export function renderPassGranted(pass: PassView, timezone: string, enrolled: SessionView[]): Reply {
  const lines = [
    tLine("notice.youHave", {
      pass: pass.name,
      n: pass.remaining,
      until: timeToken(pass.validUntil, timezone, "date"),
    }),
  ];
  if (enrolled.length === 0) {
    return {
      visibility: "private",
      title: t("notice.newPassTitle"),
      lines: [...lines, t("notice.bookWithIt")],
    };
  }
  const shown = enrolled.slice(0, MAX_LISTED_SESSIONS).map((s) => noticeSessionLine(s));
  const more = enrolled.length - shown.length;
  return {
    visibility: "private",
    title: t("notice.enrolledTitle"),
    lines: [...lines, t("notice.enrolledIn", { n: enrolled.length })],
    sections: [
      {
        heading: t("notice.yourSessions"),
        lines: more > 0 ? [...shown, t("notice.andMore", { n: more })] : shown,
      },
    ],
  };
}

/** Sent at the organization's reminder lead time before a confirmed session. */
export function renderReminder(s: SessionView): Reply {
  return {
    visibility: "private",
    title: t("notice.reminderTitle"),
    lines: compact([
      tLine("notice.reminderLine", { name: s.name, when: timeToken(s.startsAt, s.timezone) }),
      whoWhereLine(s),
      t("notice.cancelIfAllowed"),
    ]),
  };
}
