import { cancellationClosesAt } from "../../domain/deadlines.ts";
import type { OccurrenceInfo, PassInfo } from "../../domain/model.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { Line, Reply, ReplyButton } from "../../ports/chat.ts";
import type { BookSessionResult } from "../../use-cases/booking/book-session.ts";
import type { CancelBookingResult } from "../../use-cases/booking/cancel-booking.ts";
import type { BookingWithSession } from "../../use-cases/booking/my-bookings.ts";
import { formatDate, paginate, sessionButtonLabel, sessionLine, truncate } from "../format.ts";
import { t, tLine } from "../i18n/catalogue.ts";

export const BOOKINGS_PAGE_SIZE = 5;

export function bookedReply(r: BookSessionResult, timezone: string): Reply {
  const session = sessionLine(r.occurrence, timezone);
  const head =
    r.status === "confirmed"
      ? tLine("booking.booked", { session })
      : tLine("booking.waitlisted", { place: r.waitlistPosition ?? "?", session });
  const after =
    r.status === "confirmed"
      ? t("booking.left", { pass: r.pass.name, n: r.pass.remaining })
      : t("booking.chargedLater", { pass: r.pass.name });
  return {
    visibility: "private",
    lines: [head, after],
    buttons: [
      [
        {
          label: r.status === "confirmed" ? t("booking.cancelButton") : t("booking.leaveWaitlist"),
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
    lines: [tLine("booking.whichPass", { session: sessionLine(occ, timezone) }), t("booking.firstExpires")],
    buttons: passes.slice(0, 6).map((p, i) => [
      {
        label: truncate(
          t("booking.passButton", {
            first: i === 0 ? "yes" : "no",
            pass: p.name,
            n: p.remaining,
            until: formatDate(p.validUntil, timezone),
          }),
          60,
        ),
        data: encodeButton({ op: "bk", occurrenceId: occ.id, passId: p.id }),
        ...(i === 0 ? { style: "primary" as const } : {}),
      },
    ]),
  };
}

/** Booked, waitlisted and cancelled each under their own heading (upcoming), in that order. */
const GROUPS: Array<{ status: string }> = [
  { status: "confirmed" },
  { status: "waitlisted" },
  { status: "cancelled" },
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
      lines: [past ? t("booking.noPast") : t("booking.noUpcoming")],
    };
  }
  const p = window
    ? { items: list, page, pages: page + (window.hasMore ? 2 : 1) }
    : paginate(list, page, BOOKINGS_PAGE_SIZE);
  const lines = p.items.map((b): Line => {
    const o = b.occurrence;
    const why =
      b.status === "cancelled" && o.status === "cancelled"
        ? o.cancelReason
          ? t("booking.sessionCancelledBecause", { reason: o.cancelReason })
          : t("booking.sessionCancelled")
        : "";
    return tLine("booking.row", {
      status: t("booking.status", { status: b.status }),
      session: sessionLine(o, timezone, why),
    });
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
          label: t("booking.cancelSessionButton", { session: sessionButtonLabel(b.occurrence, timezone) }),
          data: encodeButton({ op: "cb", bookingId: b.id }),
          style: "danger" as const,
        },
      ]);
  const nav: ReplyButton[] = [];
  if (p.page > 0)
    nav.push({ label: t("booking.newer"), data: encodeButton({ op: "mb", page: p.page - 1, past }) });
  if (p.page < p.pages - 1)
    nav.push({ label: t("booking.more"), data: encodeButton({ op: "mb", page: p.page + 1, past }) });
  if (!past)
    nav.push({ label: t("booking.pastButton"), data: encodeButton({ op: "mb", page: 0, past: true }) });
  if (nav.length) buttons.push(nav);
  // A page read alone does not know how many older pages there are: "page 3", not "page 3 of 9".
  const title = t("booking.title", {
    past: past ? "yes" : "no",
    page: p.page + 1,
    pages: p.pages,
    known: window ? "no" : "yes",
  });
  if (past) return { visibility: "private", title, lines, buttons };
  const sections = GROUPS.map((g) => ({
    heading: t("booking.group", { status: g.status }),
    lines: lines.filter((_, i) => p.items[i]?.status === g.status),
  })).filter((s) => s.lines.length > 0);
  // The rows are under the headings; the reply's own line counts them (all pages), so the reply is
  // never without a line of its own: "2 booked, 1 waitlisted."
  const counts = GROUPS.map((g) => ({ g, n: list.filter((b) => b.status === g.status).length }))
    .filter((c) => c.n > 0)
    .map((c) => t("booking.count", { n: c.n, status: c.g.status }));
  return {
    visibility: "private",
    title,
    lines: [t("booking.counts", { list: counts.join(", ") })],
    sections,
    buttons,
  };
}

/** Cancelling asks first: a mis-tap should not cost a spot that someone on the waitlist then takes. */
export function confirmCancelReply(b: BookingWithSession, timezone: string): Reply {
  return {
    visibility: "private",
    lines: [tLine("booking.confirmCancel", { session: sessionLine(b.occurrence, timezone) })],
    buttons: [
      [
        { label: t("booking.yesCancel"), data: encodeButton({ op: "cy", bookingId: b.id }), style: "danger" },
        { label: t("booking.keep"), data: encodeButton({ op: "no" }) },
      ],
    ],
  };
}

export function cancelledReply(r: CancelBookingResult, timezone: string): Reply {
  const lines: Line[] = [tLine("booking.cancelled", { session: sessionLine(r.occurrence, timezone) })];
  lines.push(r.refunded ? t("booking.refunded") : t("booking.notCharged"));
  return {
    visibility: "private",
    lines,
    buttons: [[{ label: t("booking.myBookings"), data: encodeButton({ op: "mb", page: 0, past: false }) }]],
  };
}

export function passesReply(passes: PassInfo[], timezone: string): Reply {
  if (passes.length === 0) return { visibility: "private", lines: [t("booking.noPasses")] };
  return {
    visibility: "private",
    title: t("booking.passesTitle"),
    lines: passes.map((p) =>
      t("booking.passLine", {
        pass: p.name,
        n: p.remaining,
        from: formatDate(p.validFrom, timezone),
        until: formatDate(p.validUntil, timezone),
      }),
    ),
  };
}
