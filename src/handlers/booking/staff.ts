import { DateTime } from "luxon";
import { ErrorCode, isDomainError } from "../../domain/errors.ts";
import { wordsOf } from "../../intents/booking/session-query.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import { findNames, normalize } from "../../intents/fuzzy.ts";
import type { IntentOf } from "../../intents/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import { cancelSessionPreviewLines } from "../../replies/booking/cancel-session-preview.ts";
import {
  CONFIRM_CHANGE,
  confirmChangeReply,
  noPassTypesYetReply,
  noSingleSpaceReply,
  WHICH,
} from "../../replies/booking/lookup-replies.ts";
import {
  addedReply,
  grantedReply,
  occurrenceCancelledReply,
  overrideReply,
  rosterReply,
} from "../../replies/booking/staff-replies.ts";
import { addMemberToIndividual } from "../../use-cases/booking/add-member-to-individual.ts";
import { cancelOccurrence } from "../../use-cases/booking/cancel-occurrence.ts";
import { grantPass } from "../../use-cases/booking/grant-pass.ts";
import { overrideOccurrence } from "../../use-cases/booking/override-occurrence.ts";
import { roster } from "../../use-cases/booking/roster.ts";
import { sessionDetail } from "../../use-cases/booking/session-detail.ts";
import { askChoice } from "../pending.ts";
import type { OrgTurn } from "../turn.ts";
import { previewIfSurprising } from "./override-preview.ts";
import { resolvePerson, resolveSession } from "./resolve-target.ts";

const one = (r: Reply): Reply[] => [r];

export async function rosterHandler(turn: OrgTurn, intent: IntentOf<"roster">): Promise<Reply[]> {
  const r = await resolveSession(turn, intent, intent.target, WHICH.roster);
  if (!r.ok) return one(r.reply);
  const result = await roster(turn.uc, turn.actor, { occurrenceId: r.value });
  return one(rosterReply(result.occurrence, result.confirmed, result.waitlisted, turn.org.timezone));
}

export async function overrideHandler(turn: OrgTurn, intent: IntentOf<"override">): Promise<Reply[]> {
  const r = await resolveSession(turn, intent, intent.target, WHICH.change);
  if (!r.ok) return one(r.reply);
  const occurrenceId = r.value;
  const tz = turn.org.timezone;
  let spaceId: string | undefined;
  if (intent.spaceName) {
    // A space named exactly wins over look-alikes ("Studio A" beside "Studio B").
    const typed = normalize(intent.spaceName);
    const exact = turn.vocab.spaces.filter((s) => normalize(s.name) === typed).map((item) => ({ item }));
    const spaces = exact.length === 1 ? exact : findNames(wordsOf(intent.spaceName), turn.vocab.spaces);
    const [space] = spaces;
    if (!space || spaces.length !== 1) {
      return one(
        noSingleSpaceReply(
          intent.spaceName,
          turn.vocab.spaces.map((s) => s.name),
        ),
      );
    }
    spaceId = space.item.id;
  }
  let trainerId: string | undefined;
  if (intent.trainer) {
    const t = await resolvePerson(turn, { ...intent, target: { occurrenceId } }, intent.trainer, "trainer");
    if (!t.ok) return one(t.reply);
    trainerId = t.value;
  }
  let startsAt: Date | undefined;
  if (intent.newDay || intent.newTime) {
    const current = (await sessionDetail(turn.uc, turn.actor, { occurrenceId })).occurrence;
    const was = DateTime.fromJSDate(current.startsAt, { zone: tz });
    const typed = intent.newDay ? DateTime.fromISO(intent.newDay, { zone: tz }) : was;
    const day = intent.newDayNearSession ? weekdayNear(was, typed.weekday, turn.now) : typed;
    // Trainer commands use the 24-hour clock: "to 7" is 07:00 (the reply shows the new time).
    startsAt = DateTime.fromObject(
      {
        year: day.year,
        month: day.month,
        day: day.day,
        hour: intent.newTime?.hour ?? was.hour,
        minute: intent.newTime?.minute ?? was.minute,
      },
      { zone: tz },
    ).toJSDate();
  }
  if (!intent.confirmed) {
    // A change that could surprise many people is shown first, with Confirm and Cancel.
    const resolved: IntentOf<"override"> = {
      ...intent,
      target: { occurrenceId },
      ...(trainerId ? { trainer: { personId: trainerId } } : {}),
    };
    const preview = await previewIfSurprising(turn, resolved, { spaceId, trainerId, startsAt });
    if (preview) return one(preview);
  }
  const result = await overrideOccurrence(turn.uc, turn.actor, {
    occurrenceId,
    ...(intent.capacity !== undefined ? { capacity: intent.capacity } : {}),
    ...(spaceId ? { spaceId } : {}),
    ...(trainerId ? { trainerId } : {}),
    ...(startsAt ? { startsAt } : {}),
    cancelExistingBookings: intent.cancelExistingBookings,
    ...(intent.bookAnyway ? { bookAnyway: true } : {}),
  }).catch(async (e: unknown) => {
    // A clash that appeared after the preview (or a confirmed change without one): show it again,
    // with "Book anyway" for an admin.
    if (!isDomainError(e) || e.code !== ErrorCode.CalendarClash) throw e;
    const again = await previewIfSurprising(
      turn,
      { ...intent, target: { occurrenceId }, confirmed: false, bookAnyway: false },
      { spaceId, trainerId, startsAt },
    );
    if (again) return again;
    throw e;
  });
  if ("lines" in result) return one(result);
  return one(overrideReply(result, result.occurrence, tz));
}

export async function cancelOccurrenceHandler(
  turn: OrgTurn,
  intent: IntentOf<"cancel_occurrence">,
): Promise<Reply[]> {
  const r = await resolveSession(turn, intent, intent.target, WHICH.cancel);
  if (!r.ok) return one(r.reply);
  if (!intent.confirmed) {
    // Like an override that reaches members: who is told and the refunds are shown first; Confirm cancels.
    const preview = await cancelPreview(turn, { ...intent, target: { occurrenceId: r.value } });
    if (preview) return one(preview);
  }
  const result = await cancelOccurrence(turn.uc, turn.actor, {
    occurrenceId: r.value,
    ...(intent.reason ? { reason: intent.reason } : {}),
  });
  return one(
    occurrenceCancelledReply(result.occurrence, result.cancelled.length, intent.reason, turn.org.timezone),
  );
}

/** The preview of cancelling a session someone is booked or waitlisted on (null: nobody is, cancel at once). */
async function cancelPreview(turn: OrgTurn, intent: IntentOf<"cancel_occurrence">): Promise<Reply | null> {
  if (!("occurrenceId" in intent.target)) return null;
  const r = await roster(turn.uc, turn.actor, { occurrenceId: intent.target.occurrenceId });
  if (r.occurrence.status === "cancelled" || r.confirmed.length + r.waitlisted.length === 0) return null;
  const lines = cancelSessionPreviewLines(
    {
      occ: r.occurrence,
      confirmedNames: r.confirmed.map((e) => e.name),
      waitlistedNames: r.waitlisted.map((e) => e.name),
      reason: intent.reason,
    },
    turn.org.timezone,
  );
  const ask = await askChoice(turn, intent, "confirm", CONFIRM_CHANGE.question, [
    { id: "yes", label: CONFIRM_CHANGE.confirm },
  ]);
  return confirmChangeReply(ask, lines, encodeButton({ op: "no" }));
}

export async function addToIndividualHandler(
  turn: OrgTurn,
  intent: IntentOf<"add_to_individual">,
): Promise<Reply[]> {
  const p = await resolvePerson(turn, intent, intent.person, "person");
  if (!p.ok) return one(p.reply);
  const withPerson = { ...intent, person: { personId: p.value } };
  const r = await resolveSession(turn, withPerson, intent.target, WHICH.addTo);
  if (!r.ok) return one(r.reply);
  const result = await addMemberToIndividual(turn.uc, turn.actor, {
    occurrenceId: r.value,
    personId: p.value,
    ...(intent.passId ? { passId: intent.passId } : {}),
  });
  const name = turn.vocab.people.find((x) => x.id === p.value)?.name ?? "the member";
  return one(addedReply(result.occurrence, name, result.pass, turn.org.timezone));
}

export async function grantPassHandler(turn: OrgTurn, intent: IntentOf<"grant_pass">): Promise<Reply[]> {
  const p = await resolvePerson(turn, intent, intent.person, "person");
  if (!p.ok) return one(p.reply);
  const [passTypeId] = intent.passTypeIds;
  if (!passTypeId || intent.passTypeIds.length !== 1) {
    const pool = turn.vocab.passTypes.filter(
      (t) => intent.passTypeIds.length === 0 || intent.passTypeIds.includes(t.id),
    );
    if (pool.length === 0) return one(noPassTypesYetReply());
    return one(
      await askChoice(
        turn,
        { ...intent, person: { personId: p.value } },
        "passType",
        WHICH.pass,
        pool.map((t) => ({ id: t.id, label: t.name })),
      ),
    );
  }
  const result = await grantPass(turn.uc, turn.actor, {
    personId: p.value,
    passTypeId,
  });
  const name = turn.vocab.people.find((x) => x.id === p.value)?.name ?? "the member";
  return one(grantedReply(result, name, turn.org.timezone));
}

/**
 * "to sat" for a session on Friday the 11th: Saturday the 12th. A weekday given alone is the one
 * nearest the session (at most three days before or after it), so a move stays in the week meant;
 * a day that has already passed is taken a week later. The time is kept from `from`.
 */
export function weekdayNear(from: DateTime, weekday: number, now: Date): DateTime {
  let delta = (((weekday - from.weekday) % 7) + 7) % 7;
  if (delta > 3) delta -= 7;
  const day = from.plus({ days: delta });
  return day.endOf("day").toJSDate() <= now ? day.plus({ days: 7 }) : day;
}
