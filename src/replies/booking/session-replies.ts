import { DateTime } from "luxon";
import { cancellationClosesAt } from "../../domain/deadlines.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { Line, Reply, ReplyButton } from "../../ports/chat.ts";
import type { SessionSummary } from "../../use-cases/booking/list-sessions.ts";
import type { SessionDetail } from "../../use-cases/booking/session-detail.ts";
import {
  formatTime,
  paginate,
  plural,
  sessionButtonLabel,
  sessionLine,
  spotsText,
  timeToken,
  truncate,
} from "../format.ts";

export const LIST_PAGE_SIZE = 5;

/** What a paginated list was asked for, so page buttons can ask again. */
export interface ListRequest {
  fromDay: string;
  days: number;
  trainerId?: string;
  trainingTypeId?: string;
}

/** Upcoming sessions, five at a time, each with a Book and a Details button. */
export function sessionListReply(
  sessions: SessionSummary[],
  timezone: string,
  page: number,
  req: ListRequest | null,
  staff: boolean,
): Reply {
  if (sessions.length === 0) {
    return {
      visibility: "private",
      lines: ['No sessions found for that. Try "sessions next week" or "week".'],
    };
  }
  const p = paginate(sessions, page, LIST_PAGE_SIZE);
  const lines: Line[] = p.items.map((s, i) => [
    `${p.page * LIST_PAGE_SIZE + i + 1}. `,
    ...flat(
      sessionLine(
        s,
        timezone,
        ` · ${s.status === "cancelled" ? "cancelled" : spotsText(s.spotsLeft, s.waitlisted)}${staff && s.individual ? " · individual" : ""}`,
      ),
    ),
  ]);
  const buttons: ReplyButton[][] = p.items.map((s) => {
    const row: ReplyButton[] = [
      {
        label: truncate(`Details ${sessionButtonLabel(s, timezone)}`, 75),
        data: encodeButton({ op: "sd", occurrenceId: s.id }),
      },
    ];
    if (!s.individual && !s.closed && s.status === "scheduled") {
      // Each button names its session: in a list "Book" alone does not say which one.
      row.unshift({
        label: truncate(
          `${s.spotsLeft > 0 ? "Book" : "Join waitlist"} ${sessionButtonLabel(s, timezone)}`,
          75,
        ),
        data: encodeButton({ op: "bk", occurrenceId: s.id }),
        style: "primary",
      });
    }
    return row;
  });
  const nav: ReplyButton[] = [];
  if (req && p.page > 0)
    nav.push({ label: "◀ Earlier", data: encodeButton({ op: "ls", ...req, page: p.page - 1 }) });
  if (req && p.page < p.pages - 1)
    nav.push({ label: "More ▶", data: encodeButton({ op: "ls", ...req, page: p.page + 1 }) });
  if (nav.length > 0) buttons.push(nav);
  return {
    visibility: "private",
    title: p.pages > 1 ? `Sessions (page ${p.page + 1} of ${p.pages})` : "Sessions",
    lines,
    buttons,
  };
}

const flat = (l: Line): Exclude<Line, string> => (typeof l === "string" ? [l] : l);

/** One session in full, with what the member can do next. */
export function sessionDetailReply(
  d: SessionDetail,
  timezone: string,
  staff: boolean,
  now: Date = new Date(0),
): Reply {
  const o = d.occurrence;
  const started = now.getTime() >= o.startsAt.getTime();
  const bookingOpen = !started && now.getTime() <= d.bookingClosesAt.getTime();
  const cancelClosesAt = cancellationClosesAt(o);
  const cancelOpen = !started && now.getTime() <= cancelClosesAt.getTime();
  // Both deadlines, said as open or closed at the moment of reading.
  const lines: Line[] = [
    ["When: ", timeToken(o.startsAt, timezone), ` (${o.durationMinutes} min)`],
    `Trainer: ${o.trainerName ?? "to be announced"} · Space: ${o.spaceName ?? "to be announced"}`,
    `Capacity ${o.capacity}: ${d.counts.confirmed} booked, ${spotsText(d.spotsLeft, d.counts.waitlisted)}`,
    [bookingOpen ? "Booking closes " : "Booking closed ", timeToken(d.bookingClosesAt, timezone)],
    [cancelOpen ? "Cancelling possible until " : "Cancelling closed ", timeToken(cancelClosesAt, timezone)],
    `Passes accepted: ${d.acceptedPassTypes.map((p) => p.name).join(", ") || "none yet"}`,
  ];
  if (started) lines.unshift("This session has started.");
  if (o.description) lines.unshift(o.description);
  if (o.status === "cancelled") lines.unshift(`Cancelled${o.cancelReason ? `: ${o.cancelReason}` : ""}.`);
  if (o.closed) lines.push("Closed course: members are enrolled through its pass.");
  if (o.individual) lines.push("Individual training: the trainer adds the member.");
  const buttons: ReplyButton[][] = [];
  if (d.myBooking) {
    const waiting = d.myBooking.status !== "confirmed";
    lines.push(`You are ${waiting ? "on the waitlist" : "booked"}.`);
    // A confirmed booking can be cancelled only before the deadline; leaving a waitlist until it starts.
    if (waiting ? !started : cancelOpen)
      buttons.push([
        {
          label: waiting ? "Leave waitlist" : "Cancel my booking",
          data: encodeButton({ op: "cb", bookingId: d.myBooking.id }),
          style: "danger",
        },
      ]);
  } else if (!o.individual && !o.closed && o.status === "scheduled" && bookingOpen) {
    buttons.push([
      {
        label: truncate(
          `${d.spotsLeft > 0 ? "Book" : "Join waitlist"} ${sessionButtonLabel(o, timezone)}`,
          75,
        ),
        data: encodeButton({ op: "bk", occurrenceId: o.id }),
        style: "primary",
      },
    ]);
  }
  if (staff) buttons.push([{ label: "Roster", data: encodeButton({ op: "ro", occurrenceId: o.id }) }]);
  return { visibility: "private", title: o.name, lines, buttons };
}

/** A readable week: one section per day, each session on one line with its time. */
export function weekViewReply(sessions: SessionSummary[], fromDay: string, timezone: string): Reply {
  const start = DateTime.fromISO(fromDay, { zone: timezone });
  const sections = Array.from({ length: 7 }, (_, i) => {
    const day = start.plus({ days: i });
    const todays = sessions.filter((s) =>
      DateTime.fromJSDate(s.startsAt, { zone: timezone }).hasSame(day, "day"),
    );
    return {
      heading: day.setLocale("en-GB").toFormat("cccc d LLL yyyy"),
      lines: todays.length
        ? todays.map(
            (s): Line =>
              `${formatTime(s.startsAt, timezone)} ${s.name}${s.trainerName ? ` (${s.trainerName})` : ""} · ${s.status === "cancelled" ? "cancelled" : spotsText(s.spotsLeft, s.waitlisted)}`,
          )
        : ["–"],
    };
  });
  const prev = start.minus({ days: 7 }).toFormat("yyyy-MM-dd");
  const next = start.plus({ days: 7 }).toFormat("yyyy-MM-dd");
  return {
    visibility: "private",
    title: `Week of ${start.setLocale("en-GB").toFormat("d LLL yyyy")}`,
    lines: [`${plural(sessions.length, "session")}. Type "book <class> <day> <time>" to book.`],
    sections,
    buttons: [
      [
        { label: "◀ Previous week", data: encodeButton({ op: "wk", fromDay: prev }) },
        { label: "Next week ▶", data: encodeButton({ op: "wk", fromDay: next }) },
      ],
    ],
  };
}
