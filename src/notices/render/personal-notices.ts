import type { PersonalEvent, PersonalFacts } from "../../domain/personal/events.ts";
import type { Line, Reply } from "../../ports/chat.ts";
import { formatMoney, timeToken } from "../../replies/format.ts";
import { t, tLine } from "../../replies/i18n/catalogue.ts";
import { paymentLabel } from "../../replies/personal/format.ts";

/** Who a personal-session notice goes to: the member who booked, or the trainer. */
export type PersonalAudience = "member" | "trainer";

function when(f: PersonalFacts, tz: string): Line {
  return tLine("personal.noticeWhen", {
    name: f.typeName,
    when: timeToken(new Date(f.startsAt), tz),
    hasLocation: f.location ? "yes" : "no",
    location: f.location ?? "",
  });
}
const inline = (l: Line) => (typeof l === "string" ? [l] : l);

const payLine = (f: PersonalFacts): string =>
  t("personal.noticePayment", {
    method: paymentLabel(f.paymentMethod),
    amount: formatMoney(f.amountCents, f.currency),
  });

/**
 * A personal-session outbox event rendered for one recipient, from the facts it carries (as they
 * were when it happened). The member reads about "your session with <trainer>", the trainer about
 * "<member>".
 */
export function renderPersonalNotice(e: PersonalEvent, audience: PersonalAudience, tz: string): Reply | null {
  switch (e.kind) {
    case "personal.booked": {
      const f = e.payload;
      return audience === "member"
        ? {
            visibility: "private",
            title: t("personal.noticeBookedTitle"),
            lines: [when(f, tz), t("personal.noticeWith", { name: f.trainerName }), payLine(f)],
          }
        : {
            visibility: "private",
            title: t("personal.noticeNewTitle"),
            lines: [when(f, tz), t("personal.noticeBookedBy", { name: f.personName }), payLine(f)],
          };
    }
    case "personal.cancelled": {
      const f = e.payload;
      const byMember = e.payload.by === f.personId;
      const reason = e.payload.reason ? t("personal.noticeReason", { reason: e.payload.reason }) : null;
      const lines: Line[] =
        audience === "member"
          ? [
              when(f, tz),
              byMember
                ? t("personal.noticeYouCancelled")
                : t("personal.noticeStudioCancelled", { trainer: f.trainerName }),
            ]
          : [
              when(f, tz),
              byMember
                ? t("personal.noticeMemberCancelled", { name: f.personName })
                : t("personal.noticeCancelledFor", { name: f.personName }),
            ];
      if (reason) lines.push(reason);
      return { visibility: "private", title: t("personal.noticeCancelledTitle"), lines };
    }
    case "personal.rescheduled": {
      const f = e.payload;
      const lines: Line[] = [
        tLine("personal.noticeWas", { when: timeToken(new Date(e.payload.previousStartsAt), tz) }),
        tLine("personal.noticeNow", { session: inline(when(f, tz)) }),
        t("personal.noticeWith", { name: audience === "member" ? f.trainerName : f.personName }),
      ];
      return { visibility: "private", title: t("personal.noticeMovedTitle"), lines };
    }
    case "personal.feed_failed":
      if (audience !== "trainer") return null;
      return {
        visibility: "private",
        title: t("personal.noticeFeedTitle"),
        lines: [t("personal.noticeFeedKept"), t("personal.noticeFeedCheck")],
      };
  }
}

/** A reminder before a personal session, like the group sessions' reminder. */
export function renderPersonalReminder(f: PersonalFacts, tz: string): Reply {
  return {
    visibility: "private",
    title: t("personal.reminderTitle"),
    lines: [when(f, tz), t("personal.noticeWith", { name: f.trainerName }), payLine(f)],
  };
}
