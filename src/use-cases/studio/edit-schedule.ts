import { DateTime } from "luxon";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import { expandWeekly } from "../../domain/recurrence.ts";
import type { BookingTx } from "../../ports/booking-store.ts";
import type { CatalogSchedule } from "../../ports/studio-store.ts";
import { requireAdmin } from "../access.ts";
import { guardClashes } from "../booking/calendar-clashes.ts";
import type { UseCaseDeps } from "../deps.ts";
import { requireDate } from "./catalog-validation.ts";
import { checkPattern, type Pattern } from "./schedule-pattern.ts";

export interface EditScheduleResult {
  schedule: CatalogSchedule;
  /** Unbooked future sessions removed and new ones made. */
  removed: number;
  added: number;
  /** Booked future sessions that no longer fit the pattern: kept as they are, their members told. */
  keptBooked: Array<{ occurrenceId: string; startsAt: Date; people: number }>;
}

/**
 * Admin: changes a schedule's weekdays, start time or end (end date or number of weeks). Only future
 * sessions nobody booked change; a booked session that no longer fits stays where it is and its
 * members hear (through the outbox) that their booking stands.
 */
export async function editSchedule(
  deps: UseCaseDeps,
  actor: Actor,
  input: {
    scheduleId: string;
    weekdays?: number[];
    startTime?: string;
    endDate?: string;
    weeks?: number;
    /** Make the new sessions although some clash with another session's trainer or space (recorded). */
    bookAnyway?: boolean;
  },
): Promise<EditScheduleResult> {
  requireAdmin(actor, "edit_schedule");
  if ([input.weekdays, input.startTime, input.endDate, input.weeks].every((v) => v === undefined))
    throw new DomainError(ErrorCode.InvalidInput, { field: "schedule", reason: "nothing_to_change" });
  return deps.store.transaction(async (tx) => {
    const current = await loadSchedule(tx, actor, input.scheduleId);
    const pattern = checkPattern({
      weekdays: input.weekdays ?? current.weekdays,
      startTime: input.startTime ?? current.startTime,
      startDate: current.startDate,
      ...(input.weeks !== undefined ? { weeks: input.weeks } : { endDate: input.endDate ?? current.endDate }),
    });
    return reshape(deps, tx, actor, current, pattern, false, "edited", false, input.bookAnyway);
  });
}

/**
 * Admin: ends a schedule after `lastDate` (default: today in the studio's timezone), or archives it
 * (ends it today and hides it from the catalogue). Booked later sessions stay and their members are told.
 */
export async function endSchedule(
  deps: UseCaseDeps,
  actor: Actor,
  input: { scheduleId: string; lastDate?: string; archive?: boolean },
): Promise<EditScheduleResult> {
  requireAdmin(actor, "end_schedule");
  if (input.lastDate !== undefined) requireDate(input.lastDate, "endDate");
  return deps.store.transaction(async (tx) => {
    const current = await loadSchedule(tx, actor, input.scheduleId);
    const org = await tx.getOrganization(actor.orgId);
    const today = DateTime.fromJSDate(deps.clock.now(), { zone: org?.timezone ?? "UTC" }).toISODate() ?? "";
    const lastDate = input.lastDate ?? today;
    // Ending never lengthens a schedule: a later last day is an edit (`| until`), refused here.
    if (lastDate > current.endDate)
      throw new DomainError(ErrorCode.InvalidInput, {
        field: "endDate",
        reason: "after_end",
        endDate: current.endDate,
        lastDate,
      });
    // Ending before the start leaves an empty pattern; the row keeps its start date.
    const empty = lastDate < current.startDate;
    const endDate = empty ? current.startDate : lastDate;
    const pattern: Pattern = { ...current, endDate };
    return reshape(deps, tx, actor, current, pattern, empty, "ended", input.archive === true);
  });
}

async function loadSchedule(tx: BookingTx, actor: Actor, scheduleId: string): Promise<CatalogSchedule> {
  const s = (await tx.getCatalog(actor.orgId)).schedules.find((x) => x.id === scheduleId);
  if (!s || s.archived) throw new DomainError(ErrorCode.NotFound, { what: "schedule" });
  return s;
}

async function reshape(
  deps: UseCaseDeps,
  tx: BookingTx,
  actor: Actor,
  current: CatalogSchedule,
  pattern: Pattern,
  empty: boolean,
  change: "edited" | "ended",
  archive = false,
  bookAnyway = false,
): Promise<EditScheduleResult> {
  const now = deps.clock.now();
  const org = await tx.getOrganization(actor.orgId);
  const template = await tx.getTemplate(actor.orgId, current.templateId);
  if (!org || !template) throw new DomainError(ErrorCode.NotFound, { what: "schedule" });
  const wanted = empty ? [] : expandWeekly({ ...pattern, timezone: org.timezone }).filter((s) => s > now);
  const wantedMs = new Set(wanted.map((d) => d.getTime()));
  const future = await tx.listFutureOccurrences(current.id, now);
  const existingMs = new Set(future.map((o) => o.slotStartsAt.getTime()));
  const remove: string[] = [];
  const keptBooked: EditScheduleResult["keptBooked"] = [];
  for (const o of future) {
    if (wantedMs.has(o.slotStartsAt.getTime())) continue;
    if (o.bookedPersonIds.length === 0) remove.push(o.id);
    else keptBooked.push({ occurrenceId: o.id, startsAt: o.startsAt, people: o.bookedPersonIds.length });
  }
  await tx.deleteOccurrences(remove);
  const fresh = wanted.filter((d) => !existingMs.has(d.getTime()));
  // No double-booking: new sessions that would clash are reported, every date, and nothing changes.
  const slot = (startsAt: Date) => ({
    startsAt,
    durationMinutes: template.durationMinutes,
    trainerId: template.defaultTrainerId,
    spaceId: template.defaultSpaceId,
  });
  await guardClashes(tx, actor, fresh.map(slot), { excludeIds: remove, bookAnyway });
  const added = await tx.insertOccurrences(
    fresh.map((startsAt) => ({
      orgId: actor.orgId,
      templateId: template.id,
      scheduleId: current.id,
      slotStartsAt: startsAt,
      startsAt,
      durationMinutes: template.durationMinutes,
      capacity: template.capacity,
      trainerId: template.defaultTrainerId,
      spaceId: template.defaultSpaceId,
    })),
  );
  await tx.updateSchedule(current.id, {
    weekdays: pattern.weekdays,
    startTime: pattern.startTime,
    endDate: pattern.endDate,
    ...(archive ? { archived: true } : {}),
  });
  for (const k of keptBooked) {
    const o = future.find((f) => f.id === k.occurrenceId);
    await tx.addOutbox(actor.orgId, {
      kind: "schedule.changed",
      payload: {
        scheduleId: current.id,
        occurrenceId: k.occurrenceId,
        change,
        notify: o?.bookedPersonIds ?? [],
        weekdays: pattern.weekdays,
        startTime: pattern.startTime,
        endDate: pattern.endDate,
      },
    });
  }
  return {
    schedule: { ...current, ...pattern, archived: archive || current.archived },
    removed: remove.length,
    added,
    keptBooked,
  };
}
