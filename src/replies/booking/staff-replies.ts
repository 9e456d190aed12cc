import type { OccurrenceInfo, PassInfo } from "../../domain/model.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { Clash } from "../../ports/booking-store.ts";
import type { ScheduleInfo } from "../../ports/catalog-store.ts";
import type { Line, Reply } from "../../ports/chat.ts";
import type { GrantPassResult } from "../../use-cases/booking/grant-pass.ts";
import type { OverrideResult } from "../../use-cases/booking/override-occurrence.ts";
import type { RosterEntry } from "../../use-cases/booking/roster.ts";
import { formatDate, formatTime, sessionLine, timeToken } from "../format.ts";
import { t, tLine } from "../i18n/catalogue.ts";
import { sessionFormButtons } from "./form-replies.ts";

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
  if (booked + waitlisted === 0) return t("override.nobody");
  return t("staff.told", { booked, waitlisted, both: booked > 0 && waitlisted > 0 ? "yes" : "no" });
}

/** Words for one short-date day: "Tue 8 Dec". */
const shortDay = (d: Date, timezone: string) => formatDate(d, timezone).replace(/,? \d{4}$/, "");

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
    const values = {
      name: o.name,
      when: t("clash.when", {
        from: formatTime(o.startsAt, timezone),
        to: formatTime(end, timezone),
        day: shortDay(o.startsAt, timezone),
      }),
      hasTrainer: o.trainerName ? "yes" : "no",
      trainer: o.trainerName ?? "",
      hasSpace: o.spaceName ? "yes" : "no",
      space: o.spaceName ?? "",
      hasTold: o.confirmed + o.waitlisted > 0 ? "yes" : "no",
      told: toldText(o.confirmed, o.waitlisted),
    };
    lines.push(t(c.resource === "trainer" || !o.spaceName ? "clash.teaches" : "clash.spaceHas", values));
  }
  if (lines.length > max) return [...lines.slice(0, max), t("clash.more", { n: lines.length - max })];
  return lines;
}

/** A preview with nothing to press (a trainer's change that clashes): it is the whole answer. */
export const previewOnlyReply = (lines: Line[]): Reply => ({ visibility: "private", lines });

/** "Book anyway" over a clash: its button, and what admins and trainers are told under the preview. */
export const bookAnywayLabel = (): string => t("override.bookAnyway");
export const bookAnywayLine = (admin: boolean): string =>
  t(admin ? "override.bookAnywayAdmin" : "override.bookAnywayNotAdmin");

/** One change a trainer's override makes, as the preview lists it (names null when there is none). */
export type PreviewChange =
  | { kind: "time"; from: Date; to: Date }
  | { kind: "capacity"; from: number; to: number }
  | { kind: "trainer" | "space"; from: string | null; to: string | null }
  | { kind: "reset" };

/** What a change will do before it is made: what changes, who is affected, who will be told. */
export interface OverridePreview {
  occ: OccurrenceInfo;
  changes: PreviewChange[];
  confirmedNames: string[];
  waitlistedNames: string[];
  /** Bookings that will be cancelled and refunded. */
  cancelsBookings: boolean;
  /** Confirmed bookings above the new capacity. */
  overbookedBy: number;
  /** Members who will be notified. */
  told: string[];
  /** The trainer, told when the session is left above its capacity. */
  toldTrainer?: string;
  /** Of them, booked and waitlisted counted apart (and whether the trainer is told too). */
  toldCounts?: { booked: number; waitlisted: number; trainer: boolean };
  /** The clash lines, when the change would double-book a trainer or space. */
  clashes?: string[];
}

function changeLine(c: PreviewChange, timezone: string): Line {
  switch (c.kind) {
    case "time":
      return tLine("override.time", { from: timeToken(c.from, timezone), to: timeToken(c.to, timezone) });
    case "capacity":
      return t("override.capacity", { from: c.from, to: c.to });
    case "trainer":
    case "space":
      return t(c.kind === "trainer" ? "override.trainer" : "override.space", {
        hasFrom: c.from ? "yes" : "no",
        from: c.from ?? "",
        hasTo: c.to ? "yes" : "no",
        to: c.to ?? "",
      });
    case "reset":
      return t("override.reset");
  }
}

export function overridePreviewLines(p: OverridePreview, timezone: string): Line[] {
  const names = (list: string[]) => (list.length ? list.join(", ") : t("override.nobody"));
  const told = [...p.told, ...(p.toldTrainer ? [t("override.trainerNamed", { name: p.toldTrainer })] : [])];
  return [
    tLine("override.changes", { session: sessionLine(p.occ, timezone) }),
    ...p.changes.map((c) => changeLine(c, timezone)),
    t("override.who", { booked: names(p.confirmedNames), waitlisted: names(p.waitlistedNames) }),
    ...(p.cancelsBookings && p.confirmedNames.length + p.waitlistedNames.length > 0
      ? [t("override.refunds")]
      : []),
    ...(p.overbookedBy > 0 ? [t("override.overbooked", { n: p.overbookedBy })] : []),
    p.toldCounts && p.toldCounts.booked + p.toldCounts.waitlisted > 0
      ? t("override.willBeToldCounted", {
          names: names(told),
          told: toldText(p.toldCounts.booked, p.toldCounts.waitlisted),
          trainer: p.toldCounts.trainer ? "yes" : "no",
        })
      : t("override.willBeTold", { names: names(told) }),
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
