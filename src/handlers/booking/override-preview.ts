import { DomainError, ErrorCode } from "../../domain/errors.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { IntentOf } from "../../intents/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import { CONFIRM_CHANGE, confirmChangeReply } from "../../replies/booking/lookup-replies.ts";
import {
  bookAnywayLabel,
  bookAnywayLine,
  clashLines,
  overridePreviewLines,
  type PreviewChange,
  previewOnlyReply,
} from "../../replies/booking/staff-replies.ts";
import { calendarClashes } from "../../use-cases/booking/calendar-clashes.ts";
import { roster } from "../../use-cases/booking/roster.ts";
import { askChoice } from "../pending.ts";
import type { OrgTurn } from "../turn.ts";

const DAY_MS = 24 * 3_600_000;

/**
 * The preview of a trainer's change, shown before anything is changed when it changes what booked
 * or waitlisted members get (time, trainer, space, a reset, a capacity that moves the waitlist or
 * leaves people above it), when it moves a session by more than a day, or when it would double-book
 * a trainer or space (then only an admin may go ahead, with "Book anyway"). Null when the change
 * touches nobody and runs at once. The resolved intent waits in ConversationState; Confirm runs it.
 */
export async function previewIfSurprising(
  turn: OrgTurn,
  intent: IntentOf<"override">,
  resolved: { spaceId?: string | undefined; trainerId?: string | undefined; startsAt?: Date | undefined },
): Promise<Reply | null> {
  if (!("occurrenceId" in intent.target)) return null;
  const r = await roster(turn.uc, turn.actor, { occurrenceId: intent.target.occurrenceId });
  const occ = r.occurrence;
  // A closed course's members are enrolled through its pass: a reset is refused before any preview.
  if (intent.cancelExistingBookings && occ.closed)
    throw new DomainError(ErrorCode.ClosedSchedule, { occurrenceId: occ.id, staff: true });
  const tz = turn.org.timezone;
  const booked = r.confirmed.length + r.waitlisted.length;
  const movedFar =
    resolved.startsAt !== undefined &&
    Math.abs(resolved.startsAt.getTime() - occ.startsAt.getTime()) > DAY_MS;
  const cancels = intent.cancelExistingBookings && booked > 0;
  const overbookedBy = intent.capacity !== undefined ? Math.max(0, r.confirmed.length - intent.capacity) : 0;

  const changes: PreviewChange[] = [];
  const timeChanged =
    resolved.startsAt !== undefined && resolved.startsAt.getTime() !== occ.startsAt.getTime();
  const trainerChanged = resolved.trainerId !== undefined && resolved.trainerId !== occ.trainerId;
  const spaceChanged = resolved.spaceId !== undefined && resolved.spaceId !== occ.spaceId;
  if (timeChanged && resolved.startsAt)
    changes.push({ kind: "time", from: occ.startsAt, to: resolved.startsAt });
  if (intent.capacity !== undefined && intent.capacity !== occ.capacity)
    changes.push({ kind: "capacity", from: occ.capacity, to: intent.capacity });
  if (trainerChanged) {
    const name = turn.vocab.trainers.find((t) => t.id === resolved.trainerId)?.name ?? null;
    changes.push({ kind: "trainer", from: occ.trainerName, to: name });
  }
  if (spaceChanged) {
    const name = turn.vocab.spaces.find((s) => s.id === resolved.spaceId)?.name ?? null;
    changes.push({ kind: "space", from: occ.spaceName, to: name });
  }
  if (intent.cancelExistingBookings) changes.push({ kind: "reset" });
  // Members hear about a change of trainer, space or time, or their booking being cancelled.
  const membersTold = intent.cancelExistingBookings || timeChanged || trainerChanged || spaceChanged;
  // A capacity change moves the waitlist (more spots) or leaves people above it (fewer).
  const capacityMovesWaitlist =
    intent.capacity !== undefined && intent.capacity > occ.capacity && r.waitlisted.length > 0;
  const clashes =
    intent.bookAnyway || !(timeChanged || trainerChanged || spaceChanged)
      ? []
      : await calendarClashes(turn.uc, turn.actor, {
          slots: [
            {
              startsAt: resolved.startsAt ?? occ.startsAt,
              durationMinutes: occ.durationMinutes,
              trainerId: resolved.trainerId ?? occ.trainerId,
              spaceId: resolved.spaceId ?? occ.spaceId,
            },
          ],
          excludeIds: [occ.id],
        });
  const touchesMembers = (membersTold && booked > 0) || capacityMovesWaitlist;
  if (!movedFar && !cancels && overbookedBy === 0 && !touchesMembers && clashes.length === 0) return null;

  const names = (list: Array<{ name: string }>) => list.map((e) => e.name);
  const told = membersTold ? names([...r.confirmed, ...r.waitlisted]) : [];
  const trainerTold = overbookedBy > 0 && Boolean(occ.trainerName);
  const isAdmin = turn.actor.role === "admin";
  const clashText = clashLines(clashes, tz);
  const lines = overridePreviewLines(
    {
      occ,
      changes,
      confirmedNames: names(r.confirmed),
      waitlistedNames: names(r.waitlisted),
      cancelsBookings: intent.cancelExistingBookings,
      overbookedBy,
      told,
      ...(trainerTold && occ.trainerName ? { toldTrainer: occ.trainerName } : {}),
      toldCounts: {
        booked: membersTold ? r.confirmed.length : 0,
        waitlisted: membersTold ? r.waitlisted.length : 0,
        trainer: trainerTold,
      },
      clashes: clashText.length ? [...clashText, bookAnywayLine(isAdmin)] : [],
    },
    tz,
  );
  // A trainer cannot go ahead over a clash: the preview is the answer, with nothing to press.
  if (clashes.length > 0 && !isAdmin) return previewOnlyReply(lines);
  const ask =
    clashes.length > 0
      ? await askChoice(turn, intent, "confirm", CONFIRM_CHANGE.question, [
          { id: "anyway", label: bookAnywayLabel() },
        ])
      : await askChoice(turn, intent, "confirm", CONFIRM_CHANGE.question, [
          { id: "yes", label: CONFIRM_CHANGE.confirm },
        ]);
  return confirmChangeReply(ask, lines, encodeButton({ op: "no" }));
}
