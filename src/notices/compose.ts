import type { PassBalance, SessionFacts } from "../domain/events.ts";
import { isPersonalEvent } from "../domain/personal/events.ts";
import { reminderStartOf } from "../jobs/notice-jobs.ts";
import type { Reply } from "../ports/chat.ts";
import type { DeliveryRecord } from "../ports/notice-deliveries.ts";
import type { NoticeLoader, NoticeSession } from "../ports/notice-loader.ts";
import { composeCoachingNotice } from "./coaching/compose.ts";
import type { OutboxEventCache } from "./event-cache.ts";
import {
  type BookingOutcome,
  renderCancelled,
  renderOverbooked,
  renderRescheduled,
  renderUpdated,
} from "./render/change-notices.ts";
import {
  renderAddedByTrainer,
  renderPassGranted,
  renderPromoted,
  renderReminder,
  renderSkipped,
} from "./render/member-notices.ts";
import { renderPersonalNotice, renderPersonalReminder } from "./render/personal-notices.ts";
import { renderScheduleChanged } from "./render/schedule-notices.ts";
import type { SessionView } from "./render/session.ts";
import { renderAdminRequest, renderNoPassLinked } from "./render/staff-notices.ts";

export const REMINDER_KIND = "reminder";
export const DAILY_NO_PASS_KIND = "schedule.no_pass_linked.daily";
export const PERSONAL_REMINDER_KIND = "personal.reminder";

/** The notice for one delivery, or why it no longer applies (then it is skipped, not sent). */
export type Composed = { ok: true; reply: Reply } | { ok: false; reason: string };

const skip = (reason: string): Composed => ({ ok: false, reason });
const reply = (r: Reply): Composed => ({ ok: true, reply: r });

const view = (s: NoticeSession): SessionView => ({
  name: s.name,
  startsAt: s.startsAt,
  timezone: s.timezone,
  trainerName: s.trainerName,
  spaceName: s.spaceName,
});

const viewOfFacts = (f: SessionFacts, timezone: string): SessionView => ({
  name: f.name,
  startsAt: new Date(f.startsAt),
  timezone,
  trainerName: f.trainerName,
  spaceName: f.spaceName,
});

const passOfFacts = (p: PassBalance) => ({
  name: p.name,
  remaining: p.remaining,
  validUntil: new Date(p.validUntil),
});

/**
 * Renders what a delivery announces as a neutral reply: from the facts recorded with the change
 * when the outbox row has them (so a late delivery reads as an immediate one), else loaded now.
 */
export async function composeNotice(
  loader: NoticeLoader,
  events: OutboxEventCache,
  d: DeliveryRecord,
): Promise<Composed> {
  if (d.kind === REMINDER_KIND) return composeReminder(loader, d);
  if (d.kind === DAILY_NO_PASS_KIND) return composeNoPass(loader, d.subjectId, true);
  if (d.kind === PERSONAL_REMINDER_KIND) return composePersonalReminder(loader, d);
  if (d.outboxId === null) return skip(`unknown scheduled notice kind ${d.kind}`);
  const event = (await events.get(d.outboxId))?.event ?? null;
  if (!event) return skip("outbox row missing or malformed");
  if (event.kind === "schedule.no_pass_linked") return composeNoPass(loader, event.payload.scheduleId, false);
  if (event.kind === "admin.request") {
    const who = await loader.getPersonName(event.payload.requestedById);
    return reply(renderAdminRequest(event.payload, who ?? undefined));
  }
  if (event.kind === "pass.granted")
    return composePass(
      loader,
      d.orgId,
      event.payload.passId,
      event.payload.enrolledBookingIds,
      event.payload,
    );
  if (event.kind === "coaching.digest" || event.kind === "coaching.session_changed")
    return composeCoachingNotice(loader, event, d.targetKind === "direct" ? d.personId : null);
  if (event.kind === "coaching.invite_email") return skip("e-mail invites are not chat notices");
  if (isPersonalEvent(event)) {
    const timezone = await loader.getOrgTimezone(d.orgId);
    if (!timezone) return skip("organization not found");
    // The member who booked reads "with <trainer>", the trainer reads the member's name.
    const audience =
      "personId" in event.payload && d.personId === event.payload.personId ? "member" : "trainer";
    const r = renderPersonalNotice(event, audience, timezone);
    return r ? reply(r) : skip("not for this recipient");
  }

  // The facts written with the change, when the row has them: a late notice reads as an early one.
  const facts = "session" in event.payload ? event.payload.session : undefined;
  const timezone = facts ? await loader.getOrgTimezone(d.orgId) : null;
  const session = facts && timezone ? null : await loader.getSession(event.payload.occurrenceId);
  const s = facts && timezone ? viewOfFacts(facts, timezone) : session ? view(session) : null;
  if (!s) return skip("session not found");
  switch (event.kind) {
    case "waitlist.promoted":
    case "booking.added_by_trainer": {
      const recorded = event.payload.pass;
      const pass = recorded ? passOfFacts(recorded) : await loader.getPass(event.payload.passId);
      if (!pass) return skip("pass not found");
      return reply(
        event.kind === "waitlist.promoted" ? renderPromoted(s, pass) : renderAddedByTrainer(s, pass),
      );
    }
    case "waitlist.skipped":
      return reply(
        renderSkipped(
          s,
          event.payload.reason,
          event.payload.passes?.map((p) => ({ ...p, validUntil: new Date(p.validUntil) })),
        ),
      );
    case "schedule.changed":
      return reply(renderScheduleChanged(s, event.payload));
    case "occurrence.overbooked":
      return reply(renderOverbooked(s, event.payload.confirmed, event.payload.capacity));
    case "occurrence.updated":
    case "occurrence.rescheduled":
    case "occurrence.cancelled": {
      const refunds = event.payload.refunds;
      const keptOrCancelled =
        event.kind === "occurrence.cancelled" || event.payload.bookingsCancelled ? "cancelled" : "kept";
      const outcome = await outcomeFor(loader, d, keptOrCancelled, refunds, event.payload.balances);
      if (event.kind === "occurrence.cancelled")
        return reply(renderCancelled(s, event.payload.reason, outcome));
      if (event.kind === "occurrence.updated") return reply(renderUpdated(s, event.payload.changes, outcome));
      return reply(
        renderRescheduled(s, new Date(event.payload.previousStartsAt), event.payload.changes, outcome),
      );
    }
  }
}

async function outcomeFor(
  loader: NoticeLoader,
  d: DeliveryRecord,
  kind: "kept" | "cancelled",
  refunds: Array<{ personId: string; passId: string | null }>,
  balances?: Array<{ personId: string; pass: PassBalance }>,
): Promise<BookingOutcome> {
  if (d.targetKind === "channel") return { kind: "announcement" };
  if (kind === "kept") return { kind: "kept" };
  const refund = refunds.find((r) => r.personId === d.personId);
  const recorded = balances?.find((b) => b.personId === d.personId && b.pass.passId === refund?.passId);
  const pass = recorded
    ? recorded.pass
    : balances === undefined && refund?.passId
      ? await loader.getPass(refund.passId)
      : null;
  return { kind: "cancelled", refundedTo: pass ? { name: pass.name, remaining: pass.remaining } : null };
}

async function composeReminder(loader: NoticeLoader, d: DeliveryRecord): Promise<Composed> {
  const booking = d.subjectId ? await loader.getBooking(d.subjectId) : null;
  if (booking?.status !== "confirmed") return skip("booking no longer confirmed");
  const session = await loader.getSession(booking.occurrenceId);
  if (session?.status !== "scheduled") return skip("session cancelled");
  // A moved session gets its own reminder under a new key; this one is stale.
  if (reminderStartOf(d.key) !== session.startsAt.getTime()) return skip("session moved");
  return reply(renderReminder(view(session)));
}

async function composePersonalReminder(loader: NoticeLoader, d: DeliveryRecord): Promise<Composed> {
  const found = d.subjectId ? await loader.getPersonalReminderFacts(d.subjectId) : null;
  if (!found) return skip("personal booking no longer confirmed");
  if (reminderStartOf(d.key) !== new Date(found.facts.startsAt).getTime()) return skip("session moved");
  return reply(renderPersonalReminder(found.facts, found.timezone));
}

async function composeNoPass(
  loader: NoticeLoader,
  scheduleId: string | null,
  daily: boolean,
): Promise<Composed> {
  const schedule = scheduleId ? await loader.getSchedule(scheduleId) : null;
  if (!schedule) return skip("schedule not found");
  if (!schedule.needsPass) return skip("schedule has a pass now");
  return reply(renderNoPassLinked(schedule, daily));
}

async function composePass(
  loader: NoticeLoader,
  orgId: string,
  passId: string,
  bookingIds: string[],
  recorded?: { pass?: PassBalance; sessions?: SessionFacts[] },
): Promise<Composed> {
  if (recorded?.pass && recorded.sessions) {
    const timezone = await loader.getOrgTimezone(orgId);
    if (!timezone) return skip("organization not found");
    const sessions = recorded.sessions
      .map((f) => viewOfFacts(f, timezone))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    return reply(renderPassGranted(passOfFacts(recorded.pass), timezone, sessions));
  }
  const pass = await loader.getPass(passId);
  if (!pass) return skip("pass not found");
  const sessions: SessionView[] = [];
  for (const id of bookingIds) {
    const b = await loader.getBooking(id);
    const s = b && b.status !== "cancelled" ? await loader.getSession(b.occurrenceId) : null;
    if (!s) continue;
    sessions.push(view(s));
  }
  sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const timezone = await loader.getOrgTimezone(orgId);
  if (!timezone) return skip("organization not found");
  return reply(renderPassGranted(pass, timezone, sessions));
}
