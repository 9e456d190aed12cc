import { isValidDay, localDate, MAX_DAY, weekRange } from "../../domain/coaching/calendar-days.ts";
import type { ClientInfo, EntryInfo, ProgramInfo } from "../../domain/coaching/model.ts";
import { cleanText } from "../../domain/coaching/program-input.ts";
import { lastVisibleDay } from "../../domain/coaching/visibility.ts";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { CoachingTx } from "../../ports/coaching-store.ts";
import { clientForCoach, entryForCoach, orgTimezone } from "./access.ts";
import { type CalendarDayView, daysView, weekOfDay } from "./calendar-view.ts";
import type { CoachingDeps } from "./deps.ts";

const requireDay = (day: number): number => {
  if (!isValidDay(day)) throw new DomainError(ErrorCode.InvalidInput, { field: "day", max: MAX_DAY });
  return day;
};

/**
 * The day numbers this client has already been told about: visible today and announced (on joining
 * or by a digest). A change there is news; a change beyond is covered by a later digest. Pending
 * clients have been told nothing and are sent nothing.
 */
async function toldThrough(deps: CoachingDeps, tx: CoachingTx, client: ClientInfo): Promise<number> {
  if (client.status !== "active" || !client.personId) return 0;
  const today = localDate(deps.clock.now(), await orgTimezone(tx, client.orgId));
  return Math.min(client.announcedThrough, lastVisibleDay(client.startDate, today, client.visibleDays) ?? 0);
}

async function notifyChange(
  deps: CoachingDeps,
  tx: CoachingTx,
  client: ClientInfo,
  entry: EntryInfo,
  change: "added" | "edited" | "moved" | "deleted",
  fromDay: number,
  toDay: number | null,
): Promise<void> {
  const told = await toldThrough(deps, tx, client);
  const before = fromDay <= told;
  const after = toDay !== null && toDay <= told;
  if (!client.personId || !(before || after)) return;
  await tx.addOutbox(client.orgId, {
    kind: "coaching.session_changed",
    payload: {
      clientId: client.id,
      personId: client.personId,
      entryId: entry.id,
      change,
      title: entry.title,
      fromDay,
      // A session moved out of view is reported without where it went.
      toDay: after ? toDay : null,
    },
  });
}

/** Coach: writes a session into a client's calendar (pending clients included). */
export async function writeSession(
  deps: CoachingDeps,
  actor: Actor,
  input: { clientId: string; day: number; title: string; body?: string },
): Promise<{ entry: EntryInfo; client: ClientInfo }> {
  const day = requireDay(input.day);
  const title = cleanText("title", input.title.replace(/\s+/g, " "));
  const body = cleanText("body", input.body ?? "", false);
  return deps.store.transaction(async (tx) => {
    const { client } = await clientForCoach(tx, actor, input.clientId, { lock: true });
    if (client.status === "archived") throw new DomainError(ErrorCode.NotFound, { what: "client" });
    const entry = await tx.createEntry({ clientId: client.id, day, title, body });
    await notifyChange(deps, tx, client, entry, "added", day, day);
    return { entry, client };
  });
}

/** Coach: changes a session's title and/or training text. */
export async function editSession(
  deps: CoachingDeps,
  actor: Actor,
  input: { entryId: string; title?: string; body?: string },
): Promise<{ entry: EntryInfo; client: ClientInfo }> {
  const patch: { title?: string; body?: string } = {};
  if (input.title !== undefined) patch.title = cleanText("title", input.title.replace(/\s+/g, " "));
  if (input.body !== undefined) patch.body = cleanText("body", input.body, false);
  if (Object.keys(patch).length === 0)
    throw new DomainError(ErrorCode.InvalidInput, { reason: "nothing_to_change" });
  return deps.store.transaction(async (tx) => {
    const { entry, client } = await entryForCoach(tx, actor, input.entryId);
    const updated = await tx.updateEntry(entry.id, patch);
    await notifyChange(deps, tx, client, updated, "edited", entry.day, entry.day);
    return { entry: updated, client };
  });
}

/** Coach: moves a session to another day of the same calendar (clients cannot reschedule). */
export async function moveSession(
  deps: CoachingDeps,
  actor: Actor,
  input: { entryId: string; toDay: number },
): Promise<{ entry: EntryInfo; client: ClientInfo; fromDay: number }> {
  const toDay = requireDay(input.toDay);
  return deps.store.transaction(async (tx) => {
    const { entry, client } = await entryForCoach(tx, actor, input.entryId);
    if (entry.day === toDay) return { entry, client, fromDay: entry.day };
    const moved = await tx.updateEntry(entry.id, { day: toDay });
    await notifyChange(deps, tx, client, moved, "moved", entry.day, toDay);
    return { entry: moved, client, fromDay: entry.day };
  });
}

/** Coach: removes a session. */
export async function deleteSession(
  deps: CoachingDeps,
  actor: Actor,
  input: { entryId: string },
): Promise<{ entry: EntryInfo; client: ClientInfo }> {
  return deps.store.transaction(async (tx) => {
    const { entry, client } = await entryForCoach(tx, actor, input.entryId);
    await tx.deleteEntry(entry.id);
    await notifyChange(deps, tx, client, entry, "deleted", entry.day, null);
    return { entry, client };
  });
}

/**
 * Coach: copies week N of one client's calendar into week M of another's (both clients the coach's
 * own). Sessions already in the target week stay; the copies are added after them.
 */
export async function copyWeek(
  deps: CoachingDeps,
  actor: Actor,
  input: { fromClientId: string; fromWeek: number; toClientId: string; toWeek?: number },
): Promise<{ copied: number; from: ClientInfo; to: ClientInfo }> {
  const toWeek = input.toWeek ?? input.fromWeek;
  for (const w of [input.fromWeek, toWeek])
    if (!Number.isInteger(w) || w < 1 || !isValidDay(weekRange(w).to))
      throw new DomainError(ErrorCode.InvalidInput, { field: "week" });
  return deps.store.transaction(async (tx) => {
    const { client: from } = await clientForCoach(tx, actor, input.fromClientId);
    const { client: to } = await clientForCoach(tx, actor, input.toClientId, { lock: true });
    if (to.status === "archived") throw new DomainError(ErrorCode.NotFound, { what: "client" });
    const src = weekRange(input.fromWeek);
    const shift = weekRange(toWeek).from - src.from;
    const entries = await tx.listEntries(from.id, src.from, src.to);
    for (const e of entries) {
      const copy = await tx.createEntry({
        clientId: to.id,
        day: e.day + shift,
        title: e.title,
        body: e.body,
      });
      await notifyChange(deps, tx, to, copy, "added", copy.day, copy.day);
    }
    return { copied: entries.length, from, to };
  });
}

export interface CoachWeek {
  client: ClientInfo;
  program: ProgramInfo;
  week: number;
  days: CalendarDayView[];
  /** What the client can see today (the coach sees everything). */
  lastVisibleDay: number | null;
}

/** Coach: a week of a client's calendar, everything in it. Default: the client's current week (or 1). */
export async function coachWeek(
  deps: CoachingDeps,
  actor: Actor,
  input: { clientId: string; week?: number },
): Promise<CoachWeek> {
  return deps.store.transaction(async (tx) => {
    const { client, program } = await clientForCoach(tx, actor, input.clientId);
    const today = localDate(deps.clock.now(), await orgTimezone(tx, actor.orgId));
    const visible = lastVisibleDay(client.startDate, today, client.visibleDays);
    const current = visible === null ? 1 : weekOfDay(visible - client.visibleDays + 1);
    const week = input.week ?? current;
    if (!Number.isInteger(week) || week < 1 || !isValidDay(weekRange(week).to))
      throw new DomainError(ErrorCode.InvalidInput, { field: "week" });
    const r = weekRange(week);
    const entries = await tx.listEntries(client.id, r.from, r.to);
    return {
      client,
      program,
      week,
      days: daysView(entries, client.startDate, r.from, r.to),
      lastVisibleDay: visible,
    };
  });
}

/** Coach: one session of a client they coach (for its edit and move forms). */
export async function sessionForCoach(
  deps: CoachingDeps,
  actor: Actor,
  entryId: string,
): Promise<{ entry: EntryInfo; client: ClientInfo; program: ProgramInfo }> {
  return deps.store.transaction((tx) => entryForCoach(tx, actor, entryId));
}
