import { DateTime } from "luxon";
import { cancellationClosesAt } from "../../domain/deadlines.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { Line, Reply, ReplyButton } from "../../ports/chat.ts";
import type { SessionSummary } from "../../use-cases/booking/list-sessions.ts";
import type { SessionDetail } from "../../use-cases/booking/session-detail.ts";
import {
  formatDayHeading,
  formatDayMonthYear,
  formatTime,
  paginate,
  sessionButtonLabel,
  sessionLine,
  spotsText,
  timeToken,
  truncate,
} from "../format.ts";
import { t, tLine } from "../i18n/catalogue.ts";

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
      lines: [t("sessions.none")],
    };
  }
  const p = paginate(sessions, page, LIST_PAGE_SIZE);
  const lines: Line[] = p.items.map((s, i) =>
    tLine("sessions.row", {
      n: p.page * LIST_PAGE_SIZE + i + 1,
      session: sessionLine(
        s,
        timezone,
        t("sessions.rowExtra", {
          state: s.status === "cancelled" ? t("sessions.cancelled") : spotsText(s.spotsLeft, s.waitlisted),
          individual: staff && s.individual ? "yes" : "no",
        }),
      ),
    }),
  );
  const buttons: ReplyButton[][] = p.items.map((s) => {
    const row: ReplyButton[] = [
      {
        label: truncate(t("sessions.details", { session: sessionButtonLabel(s, timezone) }), 75),
        data: encodeButton({ op: "sd", occurrenceId: s.id }),
      },
    ];
    if (!s.individual && !s.closed && s.status === "scheduled") {
      // Each button names its session: in a list "Book" alone does not say which one.
      row.unshift({
        label: truncate(
          t("sessions.book", {
            full: s.spotsLeft > 0 ? "no" : "yes",
            session: sessionButtonLabel(s, timezone),
          }),
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
    nav.push({ label: t("sessions.earlier"), data: encodeButton({ op: "ls", ...req, page: p.page - 1 }) });
  if (req && p.page < p.pages - 1)
    nav.push({ label: t("booking.more"), data: encodeButton({ op: "ls", ...req, page: p.page + 1 }) });
  if (nav.length > 0) buttons.push(nav);
  return {
    visibility: "private",
    title: t("sessions.title", { page: p.page + 1, pages: p.pages }),
    lines,
    buttons,
  };
}

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
  const tba = t("detail.tba");
  const lines: Line[] = [
    tLine("detail.when", { when: timeToken(o.startsAt, timezone), minutes: o.durationMinutes }),
    t("detail.people", { trainer: o.trainerName ?? tba, space: o.spaceName ?? tba }),
    t("detail.capacity", {
      capacity: o.capacity,
      booked: d.counts.confirmed,
      spots: spotsText(d.spotsLeft, d.counts.waitlisted),
    }),
    tLine("detail.bookingCloses", {
      open: bookingOpen ? "yes" : "no",
      when: timeToken(d.bookingClosesAt, timezone),
    }),
    tLine("detail.cancelUntil", {
      open: cancelOpen ? "yes" : "no",
      when: timeToken(cancelClosesAt, timezone),
    }),
    t("detail.passes", { passes: d.acceptedPassTypes.map((p) => p.name).join(", ") || t("detail.noPasses") }),
  ];
  if (started) lines.unshift(t("detail.started"));
  if (o.description) lines.unshift(o.description);
  if (o.status === "cancelled")
    lines.unshift(
      o.cancelReason ? t("detail.cancelledBecause", { reason: o.cancelReason }) : t("detail.cancelled"),
    );
  if (o.closed) lines.push(t("detail.closed"));
  if (o.individual) lines.push(t("detail.individual"));
  const buttons: ReplyButton[][] = [];
  if (d.myBooking) {
    const waiting = d.myBooking.status !== "confirmed";
    lines.push(t("detail.you", { waiting: waiting ? "yes" : "no" }));
    // A confirmed booking can be cancelled only before the deadline; leaving a waitlist until it starts.
    if (waiting ? !started : cancelOpen)
      buttons.push([
        {
          label: waiting ? t("booking.leaveWaitlist") : t("detail.cancelMine"),
          data: encodeButton({ op: "cb", bookingId: d.myBooking.id }),
          style: "danger",
        },
      ]);
  } else if (!o.individual && !o.closed && o.status === "scheduled" && bookingOpen) {
    buttons.push([
      {
        label: truncate(
          t("sessions.book", {
            full: d.spotsLeft > 0 ? "no" : "yes",
            session: sessionButtonLabel(o, timezone),
          }),
          75,
        ),
        data: encodeButton({ op: "bk", occurrenceId: o.id }),
        style: "primary",
      },
    ]);
  }
  if (staff)
    buttons.push([{ label: t("detail.roster"), data: encodeButton({ op: "ro", occurrenceId: o.id }) }]);
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
      heading: t("week.day", { day: formatDayHeading(day.toJSDate(), timezone) }),
      lines: todays.length
        ? todays.map(
            (s): Line =>
              t("week.row", {
                time: formatTime(s.startsAt, timezone),
                name: s.name,
                hasTrainer: s.trainerName ? "yes" : "no",
                trainer: s.trainerName ?? "",
                state:
                  s.status === "cancelled" ? t("sessions.cancelled") : spotsText(s.spotsLeft, s.waitlisted),
              }),
          )
        : ["–"],
    };
  });
  const prev = start.minus({ days: 7 }).toFormat("yyyy-MM-dd");
  const next = start.plus({ days: 7 }).toFormat("yyyy-MM-dd");
  return {
    visibility: "private",
    title: t("week.title", { date: formatDayMonthYear(start.toJSDate(), timezone) }),
    lines: [t("week.count", { n: sessions.length })],
    sections,
    buttons: [
      [
        { label: t("week.previous"), data: encodeButton({ op: "wk", fromDay: prev }) },
        { label: t("week.next"), data: encodeButton({ op: "wk", fromDay: next }) },
      ],
    ],
  };
}
