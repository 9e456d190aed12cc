import { isValidDay, localDate, weekRange } from "../../domain/coaching/calendar-days.ts";
import type { ClientInfo, EntryInfo, ProgramInfo } from "../../domain/coaching/model.ts";
import { lastVisibleDay } from "../../domain/coaching/visibility.ts";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { CoachingTx } from "../../ports/coaching-store.ts";
import { orgTimezone } from "./access.ts";
import { type CalendarDayView, daysView, weekOfDay } from "./calendar-view.ts";
import type { CoachingDeps } from "./deps.ts";

/** A client's own coaching, as they may see it. */
export interface MyCoaching {
  client: ClientInfo;
  program: ProgramInfo;
  /** Joined but the waiver is not accepted yet: nothing of the calendar is shown. */
  needsWaiver: boolean;
}

/** The actor's own 1-2-1 programs in this organization (joined ones only). */
export async function myCoaching(deps: CoachingDeps, actor: Actor): Promise<MyCoaching[]> {
  return deps.store.transaction(async (tx) => {
    const out: MyCoaching[] = [];
    for (const c of await tx.listClientsOfPerson(actor.orgId, actor.personId)) {
      if (c.status === "archived") continue;
      const program = await tx.getProgram(actor.orgId, c.programId);
      if (program) out.push({ client: c, program, needsWaiver: c.status === "pending" });
    }
    return out;
  });
}

/**
 * The one calendar the actor reads: theirs, active, in this organization. With a client id (from a
 * button) it must be one of theirs; anything else looks not found, whatever was forged.
 */
async function ownActiveClient(
  tx: CoachingTx,
  actor: Actor,
  clientId: string | undefined,
): Promise<{ client: ClientInfo; program: ProgramInfo }> {
  const mine = (await tx.listClientsOfPerson(actor.orgId, actor.personId)).filter(
    (c) => c.status === "active",
  );
  const client = clientId ? mine.find((c) => c.id === clientId) : mine[0];
  if (!client) throw new DomainError(ErrorCode.NotFound, { what: "coaching" });
  if (!clientId && mine.length > 1)
    throw new DomainError(ErrorCode.InvalidInput, { field: "program", reason: "choose_program" });
  const program = await tx.getProgram(actor.orgId, client.programId);
  if (!program) throw new DomainError(ErrorCode.NotFound, { what: "coaching" });
  return { client, program };
}

export interface ClientCalendarView {
  client: ClientInfo;
  program: ProgramInfo;
  /** Set for a week view. */
  week: number | null;
  days: CalendarDayView[];
  lastVisibleDay: number;
  /** Today's day number (0 or less before the start date). */
  today: number;
  /** Whether any day of the previous / next week is visible (for the view's buttons). */
  hasPrevious: boolean;
  hasNext: boolean;
}

async function view(
  deps: CoachingDeps,
  tx: CoachingTx,
  actor: Actor,
  clientId: string | undefined,
  range: (today: number) => { from: number; to: number; week: number | null },
): Promise<ClientCalendarView> {
  const { client, program } = await ownActiveClient(tx, actor, clientId);
  const todayDate = localDate(deps.clock.now(), await orgTimezone(tx, actor.orgId));
  const last = lastVisibleDay(client.startDate, todayDate, client.visibleDays);
  if (last === null || !client.startDate) throw new DomainError(ErrorCode.NotFound, { what: "coaching" });
  const today = last - client.visibleDays + 1;
  const r = range(today);
  if (!isValidDay(r.from) || r.from > r.to) throw new DomainError(ErrorCode.InvalidInput, { field: "day" });
  // Nothing beyond the horizon is read at all, so nothing beyond it can leak into a reply.
  if (r.from > last) throw new DomainError(ErrorCode.NotVisibleYet, { lastVisibleDay: last });
  const to = Math.min(r.to, last);
  const entries = await tx.listEntries(client.id, r.from, to);
  return {
    client,
    program,
    week: r.week,
    days: daysView(entries, client.startDate, r.from, to),
    lastVisibleDay: last,
    today,
    hasPrevious: r.from > 1,
    hasNext: r.to < last,
  };
}

/** Client: a week of their calendar up to their horizon. Default: the current week. */
export async function myWeek(
  deps: CoachingDeps,
  actor: Actor,
  input: { clientId?: string; week?: number } = {},
): Promise<ClientCalendarView> {
  return deps.store.transaction((tx) =>
    view(deps, tx, actor, input.clientId, (today) => {
      const week = input.week ?? weekOfDay(today);
      if (!Number.isInteger(week) || week < 1)
        throw new DomainError(ErrorCode.InvalidInput, { field: "week" });
      return { ...weekRange(week), week };
    }),
  );
}

/** Client: one day of their calendar (default today), if it is within their horizon. */
export async function myDay(
  deps: CoachingDeps,
  actor: Actor,
  input: { clientId?: string; day?: number } = {},
): Promise<ClientCalendarView> {
  return deps.store.transaction((tx) =>
    view(deps, tx, actor, input.clientId, (today) => {
      const day = input.day ?? Math.max(1, today);
      if (!Number.isInteger(day)) throw new DomainError(ErrorCode.InvalidInput, { field: "day" });
      return { from: day, to: day, week: null };
    }),
  );
}

/** Client: one session by id; another client's, or one beyond the horizon, looks not found. */
export async function mySession(
  deps: CoachingDeps,
  actor: Actor,
  input: { entryId: string },
): Promise<{ entry: EntryInfo; client: ClientInfo; program: ProgramInfo; date: string | null }> {
  return deps.store.transaction(async (tx) => {
    const entry = await tx.getEntry(actor.orgId, input.entryId);
    const notFound = new DomainError(ErrorCode.NotFound, { what: "calendar_session" });
    if (!entry) throw notFound;
    const { client, program } = await ownActiveClient(tx, actor, entry.clientId).catch(() => {
      throw notFound;
    });
    const todayDate = localDate(deps.clock.now(), await orgTimezone(tx, actor.orgId));
    const last = lastVisibleDay(client.startDate, todayDate, client.visibleDays);
    if (last === null || entry.day > last) throw notFound;
    const v = daysView([entry], client.startDate, entry.day, entry.day)[0];
    return { entry, client, program, date: v?.date ?? null };
  });
}
