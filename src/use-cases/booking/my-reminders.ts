import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { MemberReminders } from "../../ports/studio-store.ts";
import type { UseCaseDeps } from "../deps.ts";
import { requireInt } from "../studio/catalog-validation.ts";
import { REMINDER_RANGE } from "../studio/studio-settings.ts";

/**
 * What a member asks of their own reminders: see them, switch them off or on, set their own lead
 * time, or go back to the studio's.
 */
export type ReminderChange =
  | { kind: "show" }
  | { kind: "off" }
  | { kind: "on" }
  | { kind: "default" }
  | { kind: "lead"; minutes: number };

export interface MyRemindersResult {
  own: MemberReminders;
  /** The studio's lead time (null: the studio sends none by default). */
  studioMinutes: number | null;
  /** The lead time that applies to this member now (null: no reminders). */
  effectiveMinutes: number | null;
  changed: boolean;
}

/** The lead time a member gets: none when off, else their own, else the studio's. */
export const effectiveReminder = (own: MemberReminders, studioMinutes: number | null): number | null =>
  own.off ? null : (own.minutesBefore ?? studioMinutes);

/**
 * Any member (staff too, for the sessions they book): their own reminder settings in this studio,
 * over the studio's default. A lead time is checked against the studio setting's range (5 minutes to
 * 7 days); a bad one changes nothing. "on" keeps a lead time set earlier.
 */
export async function myReminders(
  deps: UseCaseDeps,
  actor: Actor,
  change: ReminderChange,
): Promise<MyRemindersResult> {
  if (change.kind === "lead") requireInt(change.minutes, "reminder", REMINDER_RANGE[0], REMINDER_RANGE[1]);
  return deps.store.transaction(async (tx) => {
    const settings = await tx.getSettings(actor.orgId);
    const own = await tx.getMemberReminders(actor.orgId, actor.personId);
    if (!settings || !own) throw new DomainError(ErrorCode.NotFound, { what: "member" });
    const next: MemberReminders =
      change.kind === "off"
        ? { ...own, off: true }
        : change.kind === "on"
          ? { ...own, off: false }
          : change.kind === "default"
            ? { off: false, minutesBefore: null }
            : change.kind === "lead"
              ? { off: false, minutesBefore: change.minutes }
              : own;
    const changed = next.off !== own.off || next.minutesBefore !== own.minutesBefore;
    if (changed) await tx.setMemberReminders(actor.orgId, actor.personId, next);
    const studioMinutes = settings.reminderMinutesBefore;
    return { own: next, studioMinutes, effectiveMinutes: effectiveReminder(next, studioMinutes), changed };
  });
}
