import { encodeButton } from "../../intents/button-codec.ts";
import type { IntentOf } from "../../intents/intent.ts";
import type { Line, Reply } from "../../ports/chat.ts";
import { CONFIRM_CHANGE, confirmChangeReply } from "../../replies/booking/lookup-replies.ts";
import { overridePreviewLines } from "../../replies/booking/staff-replies.ts";
import { timeToken } from "../../replies/format.ts";
import { roster } from "../../use-cases/booking/roster.ts";
import { askChoice } from "../pending.ts";
import type { OrgTurn } from "../turn.ts";

const DAY_MS = 24 * 3_600_000;

/**
 * The preview of a trainer's change that could surprise many people: a move by more than a day,
 * cancelling bookings, or a capacity below the confirmed count. Null when the change is ordinary
 * and runs at once. The resolved intent waits in ConversationState; Confirm runs it.
 */
export async function previewIfSurprising(
  turn: OrgTurn,
  intent: IntentOf<"override">,
  resolved: { spaceId?: string | undefined; trainerId?: string | undefined; startsAt?: Date | undefined },
): Promise<Reply | null> {
  if (!("occurrenceId" in intent.target)) return null;
  const r = await roster(turn.uc, turn.actor, { occurrenceId: intent.target.occurrenceId });
  const occ = r.occurrence;
  const tz = turn.org.timezone;
  const booked = r.confirmed.length + r.waitlisted.length;
  const movedFar =
    resolved.startsAt !== undefined &&
    Math.abs(resolved.startsAt.getTime() - occ.startsAt.getTime()) > DAY_MS;
  const cancels = intent.cancelExistingBookings && booked > 0;
  const overbookedBy = intent.capacity !== undefined ? Math.max(0, r.confirmed.length - intent.capacity) : 0;
  if (!movedFar && !cancels && overbookedBy === 0) return null;

  const changes: Line[] = [];
  if (resolved.startsAt && resolved.startsAt.getTime() !== occ.startsAt.getTime())
    changes.push(["Time: ", timeToken(occ.startsAt, tz), " → ", timeToken(resolved.startsAt, tz)]);
  if (intent.capacity !== undefined && intent.capacity !== occ.capacity)
    changes.push(`Capacity: ${occ.capacity} → ${intent.capacity}`);
  if (resolved.trainerId && resolved.trainerId !== occ.trainerId) {
    const name = turn.vocab.trainers.find((t) => t.id === resolved.trainerId)?.name ?? "another trainer";
    changes.push(`Trainer: ${occ.trainerName ?? "none"} → ${name}`);
  }
  if (resolved.spaceId && resolved.spaceId !== occ.spaceId) {
    const name = turn.vocab.spaces.find((s) => s.id === resolved.spaceId)?.name ?? "another space";
    changes.push(`Space: ${occ.spaceName ?? "none"} → ${name}`);
  }
  if (intent.cancelExistingBookings) changes.push("Existing bookings: cancelled and refunded");
  // Members hear about a change of trainer, space or time, or their booking being cancelled.
  const membersTold =
    intent.cancelExistingBookings || changes.some((c) => typeof c !== "string" || !c.startsWith("Capacity"));
  const names = (list: Array<{ name: string }>) => list.map((e) => e.name);
  const told = membersTold ? names([...r.confirmed, ...r.waitlisted]) : [];
  if (overbookedBy > 0 && occ.trainerName) told.push(`${occ.trainerName} (trainer)`);
  const lines = overridePreviewLines(
    {
      occ,
      changes,
      confirmedNames: names(r.confirmed),
      waitlistedNames: names(r.waitlisted),
      cancelsBookings: intent.cancelExistingBookings,
      overbookedBy,
      told,
    },
    tz,
  );
  const ask = await askChoice(turn, intent, "confirm", CONFIRM_CHANGE.question, [
    { id: "yes", label: CONFIRM_CHANGE.confirm },
  ]);
  return confirmChangeReply(ask, lines, encodeButton({ op: "no" }));
}
