import { cancellationClosesAt } from "../../domain/deadlines.ts";
import type { OccurrenceInfo, PassInfo } from "../../domain/model.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { Line, Reply, ReplyButton } from "../../ports/chat.ts";
import type { BookSessionResult } from "../../use-cases/booking/book-session.ts";
import type { CancelBookingResult } from "../../use-cases/booking/cancel-booking.ts";
import type { BookingWithSession } from "../../use-cases/booking/my-bookings.ts";
import { formatDate, paginate, plural, sessionButtonLabel, sessionLine, truncate } from "../format.ts";

export const BOOKINGS_PAGE_SIZE = 5;
const STATUS: Record<string, string> = {
  confirmed: "Confirmed",
  waitlisted: "Waitlisted",
  cancelled: "Cancelled",
};

const flat = (l: Line): Exclude<Line, string> => (typeof l === "string" ? [l] : l);

export function bookedReply(r: BookSessionResult, timezone: string): Reply {
  const occ = r.occurrence;
  const head = r.status === "confirmed" ? "Booked: " : `Waitlisted (place ${r.waitlistPosition ?? "?"}): `;
  const after =
    r.status === "confirmed"
      ? `${r.pass.name}: ${plural(r.pass.remaining, "session")} left.`
      : `Nothing charged yet: if a spot frees up you are booked automatically and ${r.pass.name} is charged then.`;
  return {
    visibility: "private",
    lines: [[head, ...flat(sessionLine(occ, timezone))], after],
    buttons: [
      [
        {
          label: r.status === "confirmed" ? "Cancel booking" : "Leave waitlist",
          data: encodeButton({ op: "cb", bookingId: r.booking.id }),
          style: "danger",
        },
      ],
    ],
  };
}

/** Several usable passes: one button each, the one expiring first first (and marked as the default). */
export function choosePassReply(occ: OccurrenceInfo, passes: PassInfo[], timezone: string): Reply {
  return {
    visibility: "private",
    lines: [["Which pass for ", ...flat(sessionLine(occ, timezone)), "?"], "The first one expires soonest."],
    buttons: passes.slice(0, 6).map((p, i) => [
      {
        label: truncate(
          `${i === 0 ? "★ " : ""}${p.name} (${p.remaining} left, until ${formatDate(p.validUntil, timezone)})`,
          60,
        ),
        data: encodeButton({ op: "bk", occurrenceId: occ.id, passId: p.id }),
        ...(i === 0 ? { style: "primary" as const } : {}),
      },
    ]),
  };
}

/** Booked, waitlisted and cancelled each under their own heading (upcoming), in that order. */
const GROUPS: Array<{ status: string; heading: string }> = [
  { status: "confirmed", heading: "Booked" },
  { status: "waitlisted", heading: "Waitlisted" },
  { status: "cancelled", heading: "Cancelled" },
];

export function myBookingsReply(
  all: BookingWithSession[],
  past: boolean,
  page: number,
  timezone: string,
  now: Date = new Date(0),
  /** `all` is already the one page `page` (past bookings are read a page at a time). */
  window?: { hasMore: boolean },
): Reply {
  const rank = (b: BookingWithSession) => GROUPS.findIndex((g) => g.status === b.status);
  const list = past ? all : [...all].sort((a, b) => rank(a) - rank(b));
  if (list.length === 0) {
    return {
      visibility: "private",
      lines: [past ? "No past bookings." : 'You have no upcoming bookings. Type "sessions" to find one.'],
    };
  }
  const p = window
    ? { items: list, page, pages: page + (window.hasMore ? 2 : 1) }
    : paginate(list, page, BOOKINGS_PAGE_SIZE);
  const lines = p.items.map((b): Line => {
    const o = b.occurrence;
    const why =
      b.status === "cancelled" && o.status === "cancelled"
        ? ` (session cancelled${o.cancelReason ? `: ${o.cancelReason}` : ""})`
        : "";
    return [`${STATUS[b.status] ?? b.status}: `, ...flat(sessionLine(o, timezone, why))];
  });
  // Cancel only what can still be cancelled: a confirmed booking before its deadline, a waitlist
  // place before the start.
  const cancellable = (b: BookingWithSession) =>
    b.status === "waitlisted"
      ? now.getTime() < b.occurrence.startsAt.getTime()
      : b.status === "confirmed" && now.getTime() <= cancellationClosesAt(b.occurrence).getTime();
  const buttons: ReplyButton[][] = past
    ? []
    : p.items.filter(cancellable).map((b) => [
        {
          label: `Cancel ${sessionButtonLabel(b.occurrence, timezone)}`,
          data: encodeButton({ op: "cb", bookingId: b.id }),
          style: "danger" as const,
        },
      ]);
  const nav: ReplyButton[] = [];
  if (p.page > 0) nav.push({ label: "◀ Newer", data: encodeButton({ op: "mb", page: p.page - 1, past }) });
  if (p.page < p.pages - 1)
    nav.push({ label: "More ▶", data: encodeButton({ op: "mb", page: p.page + 1, past }) });
  if (!past) nav.push({ label: "Past bookings", data: encodeButton({ op: "mb", page: 0, past: true }) });
  if (nav.length) buttons.push(nav);
  // A page read alone does not know how many older pages there are: "page 3", not "page 3 of 9".
  const pageOf = window ? ` (page ${p.page + 1})` : ` (page ${p.page + 1} of ${p.pages})`;
  const title = `${past ? "Past" : "Upcoming"} bookings${p.pages > 1 ? pageOf : ""}`;
  if (past) return { visibility: "private", title, lines, buttons };
  const sections = GROUPS.map((g) => ({
    heading: g.heading,
    lines: lines.filter((_, i) => p.items[i]?.status === g.status),
  })).filter((s) => s.lines.length > 0);
  // The rows are under the headings; the reply's own line counts them (all pages), so the reply is
  // never without a line of its own: "2 booked, 1 waitlisted."
  const counts = GROUPS.map((g) => ({ g, n: list.filter((b) => b.status === g.status).length }))
    .filter((c) => c.n > 0)
    .map((c) => `${c.n} ${c.g.heading.toLowerCase()}`);
  return { visibility: "private", title, lines: [`${counts.join(", ")}.`], sections, buttons };
}

/** Cancelling asks first: a mis-tap should not cost a spot that someone on the waitlist then takes. */
export function confirmCancelReply(b: BookingWithSession, timezone: string): Reply {
  return {
    visibility: "private",
    lines: [["Cancel ", ...flat(sessionLine(b.occurrence, timezone)), "?"]],
    buttons: [
      [
        { label: "Yes, cancel", data: encodeButton({ op: "cy", bookingId: b.id }), style: "danger" },
        { label: "Keep it", data: encodeButton({ op: "no" }) },
      ],
    ],
  };
}

export function cancelledReply(r: CancelBookingResult, timezone: string): Reply {
  const lines: Line[] = [["Cancelled: ", ...flat(sessionLine(r.occurrence, timezone))]];
  lines.push(
    r.refunded ? "The session went back to your pass." : "Nothing was charged, so nothing to refund.",
  );
  return {
    visibility: "private",
    lines,
    buttons: [[{ label: "My bookings", data: encodeButton({ op: "mb", page: 0, past: false }) }]],
  };
}

export function passesReply(passes: PassInfo[], timezone: string): Reply {
  if (passes.length === 0)
    return { visibility: "private", lines: ["You have no passes yet. Ask the studio for one."] };
  return {
    visibility: "private",
    title: "Your passes",
    lines: passes.map(
      (p) =>
        `${p.name}: ${plural(p.remaining, "session")} left, valid ${formatDate(p.validFrom, timezone)} to ${formatDate(p.validUntil, timezone)}`,
    ),
  };
}
