import type { OccurrenceInfo, PassInfo } from "../../domain/model.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { Clash } from "../../ports/booking-store.ts";
import type { ScheduleInfo } from "../../ports/catalog-store.ts";
import type { Line, Reply } from "../../ports/chat.ts";
import type { GrantPassResult } from "../../use-cases/booking/grant-pass.ts";
import type { OverrideResult } from "../../use-cases/booking/override-occurrence.ts";
import type { RosterEntry } from "../../use-cases/booking/roster.ts";
import { formatDate, formatTime, plural, sessionLine } from "../format.ts";
import { t, tLine } from "../i18n/catalogue.ts";
import { sessionFormButtons } from "./form-replies.ts";

const flat = (l: Line): Exclude<Line, string> => (typeof l === "string" ? [l] : l);

/** Trainer-only: names of who is booked. Always private, even when asked in a group channel. */
export function rosterReply(
  occ: OccurrenceInfo,
  confirmed: RosterEntry[],
  waitlisted: RosterEntry[],
  timezone: string,
): Reply {
  return {
    visibility: "private",
    title: t("roster.title"),
    lines: [
      sessionLine(occ, timezone),
      t("roster.counts", { booked: confirmed.length, capacity: occ.capacity, waiting: waitlisted.length }),
    ],
    sections: [
      {
        heading: t("roster.booked"),
        lines: confirmed.length
          ? confirmed.map((e, i) => t("roster.row", { n: i + 1, name: e.name }))
          : [t("roster.nobody")],
      },
      ...(waitlisted.length
        ? [
            {
              heading: t("roster.waitlist"),
              lines: waitlisted.map((e, i) => t("roster.row", { n: i + 1, name: e.name })),
            },
          ]
        : []),
    ],
    ...(occ.status === "scheduled" ? { buttons: [sessionFormButtons(occ)] } : {}),
  };
}

export function overrideReply(r: OverrideResult, occ: OccurrenceInfo, timezone: string): Reply {
  const lines: Line[] = [
    tLine("staff.rescheduled", {
      rescheduled: r.notice === "rescheduled" ? "yes" : "no",
      session: sessionLine(occ, timezone),
    }),
  ];
  if (r.changes.length)
    lines.push(t("staff.changed", { list: r.changes.map((c) => t("staff.change", { what: c })).join(", ") }));
  if (r.cancelled.length) lines.push(t("staff.cancelledRefunded", { n: r.cancelled.length }));
  if (r.promotion.promoted.length) lines.push(t("staff.movedUp", { n: r.promotion.promoted.length }));
  if (r.overbookedBy > 0) lines.push(t("staff.overbooked", { n: r.overbookedBy }));
  lines.push(
    r.notified > 0
      ? t("staff.willBeNotified", { n: r.notified, told: toldText(r.notifiedBooked, r.notifiedWaitlisted) })
      : r.hadBookings > 0
        ? t("override.nobodyToldUnchanged")
        : t("staff.nobodyNotified"),
  );
  return { visibility: "private", lines };
}

/** "2 booked members and 1 waitlisted member": the two counted apart. */
export function toldText(booked: number, waitlisted: number): string {
  if (booked + waitlisted === 0) return "nobody";
  return t("staff.told", { booked, waitlisted, both: booked > 0 && waitlisted > 0 ? "yes" : "no" });
}

/** Words for one short-date day: "Tue 8 Dec". */
const shortDay = (d: Date, timezone: string) => formatDate(d, timezone).replace(/ \d{4}$/, "");

/**
 * One line per clash, in staff words: "Clash: Tara teaches Pilates Core in Studio A 12:00-12:50 on
 * Tue 8 Dec (3 booked)." At most `max` lines, then how many more.
 */
export function clashLines(clashes: Clash[], timezone: string, max = 8): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const c of clashes) {
    const o = c.other;
    if (seen.has(o.id)) continue; // the same session on trainer and space is one clash
    seen.add(o.id);
    const end = new Date(o.startsAt.getTime() + o.durationMinutes * 60_000);
    const when = `${formatTime(o.startsAt, timezone)}-${formatTime(end, timezone)} on ${shortDay(o.startsAt, timezone)}`;
    const where = o.spaceName ? ` in ${o.spaceName}` : "";
    const what =
      c.resource === "trainer" || !o.spaceName
        ? `${o.trainerName ?? "The trainer"} teaches ${o.name}${where} ${when}`
        : `${o.spaceName} has ${o.name}${o.trainerName ? ` with ${o.trainerName}` : ""} ${when}`;
    const booked = o.confirmed + o.waitlisted > 0 ? ` (${toldText(o.confirmed, o.waitlisted)})` : "";
    lines.push(`Clash: ${what}${booked}.`);
  }
  if (lines.length > max) return [...lines.slice(0, max), `…and ${lines.length - max} more clashes.`];
  return lines;
}

/** A preview with nothing to press (a trainer's change that clashes): it is the whole answer. */
export const previewOnlyReply = (lines: Line[]): Reply => ({ visibility: "private", lines });

export const BOOK_ANYWAY = {
  label: "Book anyway",
  admin: 'Nothing is changed unless you press "Book anyway"; the clash is then recorded with your name.',
  notAdmin:
    "Nothing was changed. Choose another time, trainer or space, or ask a studio admin to book anyway.",
} as const;

/** What a change will do before it is made: what changes, who is affected, who will be told. */
export interface OverridePreview {
  occ: OccurrenceInfo;
  changes: Line[];
  confirmedNames: string[];
  waitlistedNames: string[];
  /** Bookings that will be cancelled and refunded. */
  cancelsBookings: boolean;
  /** Confirmed bookings above the new capacity. */
  overbookedBy: number;
  /** Members who will be notified. */
  told: string[];
  /** Of them, booked and waitlisted counted apart (and whether the trainer is told too). */
  toldCounts?: { booked: number; waitlisted: number; trainer: boolean };
  /** The clash lines, when the change would double-book a trainer or space. */
  clashes?: string[];
}

export function overridePreviewLines(p: OverridePreview, timezone: string): Line[] {
  const names = (list: string[]) => (list.length ? list.join(", ") : "nobody");
  return [
    ["This changes ", ...flat(sessionLine(p.occ, timezone)), " (only this session):"],
    ...p.changes,
    `Booked: ${names(p.confirmedNames)}. Waitlisted: ${names(p.waitlistedNames)}.`,
    ...(p.cancelsBookings && p.confirmedNames.length + p.waitlistedNames.length > 0
      ? ["Their bookings will be cancelled and refunded."]
      : []),
    ...(p.overbookedBy > 0
      ? [`${plural(p.overbookedBy, "confirmed booking")} above the new capacity; nobody is removed.`]
      : []),
    p.toldCounts && p.toldCounts.booked + p.toldCounts.waitlisted > 0
      ? `Will be told: ${names(p.told)} (${toldText(p.toldCounts.booked, p.toldCounts.waitlisted)}${p.toldCounts.trainer ? " and the trainer" : ""}).`
      : `Will be told: ${names(p.told)}.`,
    ...(p.clashes ?? []),
  ];
}

export function occurrenceCancelledReply(
  occ: OccurrenceInfo,
  cancelledCount: number,
  reason: string | undefined,
  timezone: string,
): Reply {
  return {
    visibility: "private",
    lines: [
      tLine("staff.occurrenceCancelled", { session: sessionLine(occ, timezone) }),
      t("staff.occurrenceCancelledCount", { n: cancelledCount, reason: reason || "none" }),
    ],
  };
}

export function addedReply(occ: OccurrenceInfo, memberName: string, pass: PassInfo, timezone: string): Reply {
  return {
    visibility: "private",
    lines: [
      tLine("staff.added", { member: memberName, session: sessionLine(occ, timezone) }),
      t("staff.charged", { pass: pass.name, n: pass.remaining, member: memberName }),
    ],
  };
}

export function grantedReply(r: GrantPassResult, memberName: string, timezone: string): Reply {
  const lines: Line[] = [
    t("staff.gave", {
      member: memberName,
      pass: r.pass.name,
      n: r.pass.remaining,
      until: formatDate(r.pass.validUntil, timezone),
    }),
  ];
  if (r.enrolledBookingIds.length) lines.push(t("staff.enrolled", { n: r.enrolledBookingIds.length }));
  if (r.skippedFull.length) lines.push(t("staff.skippedFull", { n: r.skippedFull.length }));
  return { visibility: "private", lines };
}

/**
 * "No pass linked": closed schedules nobody can be enrolled in. Admins get the one-step fix as a
 * button; trainers (who cannot create pass types) are told whom to ask.
 */
export function noPassLinkedReply(schedules: ScheduleInfo[], canCreate = true): Reply | null {
  if (schedules.length === 0) return null;
  const lines = schedules.map((s) => t("staff.noPass", { name: s.name }));
  if (!canCreate)
    return {
      visibility: "private",
      title: t("staff.noPassTitle"),
      lines: [...lines, t("staff.askAdmin")],
    };
  return {
    visibility: "private",
    title: t("staff.noPassTitle"),
    lines,
    buttons: schedules.slice(0, 5).map((s) => [
      {
        label: t("staff.createPass", { name: s.name }).slice(0, 60),
        data: encodeButton({ op: "ps", scheduleId: s.id }),
        style: "primary" as const,
      },
    ]),
  };
}
