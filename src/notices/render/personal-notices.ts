import type { PersonalEvent, PersonalFacts } from "../../domain/personal/events.ts";
import type { Line, Reply } from "../../ports/chat.ts";
import { timeToken } from "../../replies/format.ts";
import { money, paymentLabel } from "../../replies/personal/format.ts";

/** Who a personal-session notice goes to: the member who booked, or the trainer. */
export type PersonalAudience = "member" | "trainer";

function when(f: PersonalFacts, tz: string): Line {
  return [`${f.typeName}, `, timeToken(new Date(f.startsAt), tz), f.location ? ` at ${f.location}` : ""];
}

const payLine = (f: PersonalFacts): string =>
  `Payment: ${paymentLabel(f.paymentMethod)}, ${money(f.amountCents, f.currency)}`;

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
            title: "Personal session booked",
            lines: [when(f, tz), `With ${f.trainerName}.`, payLine(f)],
          }
        : {
            visibility: "private",
            title: "New personal session",
            lines: [when(f, tz), `Booked by ${f.personName}.`, payLine(f)],
          };
    }
    case "personal.cancelled": {
      const f = e.payload;
      const byMember = e.payload.by === f.personId;
      const reason = e.payload.reason ? `Reason: ${e.payload.reason}` : null;
      const lines: Line[] =
        audience === "member"
          ? [when(f, tz), byMember ? "You cancelled it." : `Cancelled by the studio (${f.trainerName}).`]
          : [when(f, tz), byMember ? `${f.personName} cancelled it.` : `Cancelled for ${f.personName}.`];
      if (reason) lines.push(reason);
      return { visibility: "private", title: "Personal session cancelled", lines };
    }
    case "personal.rescheduled": {
      const f = e.payload;
      const lines: Line[] = [
        ["Was: ", timeToken(new Date(e.payload.previousStartsAt), tz)],
        ["Now: ", ...when(f, tz)],
        audience === "member" ? `With ${f.trainerName}.` : `With ${f.personName}.`,
      ];
      return { visibility: "private", title: "Personal session moved", lines };
    }
    case "personal.feed_failed":
      if (audience !== "trainer") return null;
      return {
        visibility: "private",
        title: "Your calendar feed could not be loaded",
        lines: [
          "The last good copy of your external calendar is still used to block your personal-session slots.",
          "Check that the calendar address still works (/availability feeds), or add it again.",
        ],
      };
  }
}

/** A reminder before a personal session, like the group sessions' reminder. */
export function renderPersonalReminder(f: PersonalFacts, tz: string): Reply {
  return {
    visibility: "private",
    title: "Reminder: personal session",
    lines: [when(f, tz), `With ${f.trainerName}.`, payLine(f)],
  };
}
