import { DateTime } from "luxon";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { AvailabilityWindow } from "../../domain/personal/model.ts";
import { isTimeOfDay } from "../../domain/personal/windows.ts";
import { type PersonalDeps, requireTrainer } from "./deps.ts";

const WINDOW_ALLOWED =
  "weekday 1-7 (Mon-Sun) and HH:MM-HH:MM with the start before the end, e.g. mon 09:00-12:00";

/** A trainer's own calendar, or (admins) another trainer's. */
function whose(actor: Actor, trainerId: string | undefined): string {
  requireTrainer(actor, "personal_availability");
  if (trainerId && trainerId !== actor.personId && actor.role !== "admin")
    throw new DomainError(ErrorCode.NotAllowed, { action: "personal_availability_other", role: actor.role });
  return trainerId ?? actor.personId;
}

/** Checks weekly windows; at most 8 a day. */
export function checkWindows(windows: AvailabilityWindow[]): AvailabilityWindow[] {
  for (const w of windows) {
    if (
      !Number.isInteger(w.weekday) ||
      w.weekday < 1 ||
      w.weekday > 7 ||
      !isTimeOfDay(w.startTime) ||
      !isTimeOfDay(w.endTime) ||
      w.startTime === "24:00" ||
      w.startTime >= w.endTime
    )
      throw new DomainError(ErrorCode.InvalidInput, { field: "availability", allowed: WINDOW_ALLOWED });
  }
  for (let d = 1; d <= 7; d++)
    if (windows.filter((w) => w.weekday === d).length > 8)
      throw new DomainError(ErrorCode.InvalidInput, {
        field: "availability",
        allowed: "at most 8 windows a day",
      });
  return [...windows].sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime));
}

/** Replaces the trainer's weekly availability (several windows a day allowed). */
export async function setAvailability(
  deps: PersonalDeps,
  actor: Actor,
  input: { trainerId?: string; windows: AvailabilityWindow[] },
): Promise<AvailabilityWindow[]> {
  const trainerId = whose(actor, input.trainerId);
  const windows = checkWindows(input.windows);
  return deps.personal.transaction(async (tx) => {
    if (!(await tx.listTrainers(actor.orgId)).some((t) => t.id === trainerId))
      throw new DomainError(ErrorCode.NotFound, { what: "trainer", trainerId });
    await tx.replaceWindows(actor.orgId, trainerId, windows);
    return windows;
  });
}

/** Marks a local date off (or back on) for the trainer's personal sessions. */
export async function setDateOff(
  deps: PersonalDeps,
  actor: Actor,
  input: { trainerId?: string; date: string; off: boolean },
): Promise<{ date: string; off: boolean }> {
  const trainerId = whose(actor, input.trainerId);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || !DateTime.fromISO(input.date).isValid)
    throw new DomainError(ErrorCode.InvalidInput, { field: "date", allowed: "a date, e.g. 2026-12-24" });
  await deps.personal.transaction((tx) => tx.setDateOff(actor.orgId, trainerId, input.date, input.off));
  return { date: input.date, off: input.off };
}

/** The trainer's windows and upcoming dates off. */
export async function getAvailability(
  deps: PersonalDeps,
  actor: Actor,
  input: { trainerId?: string } = {},
): Promise<{ trainerId: string; windows: AvailabilityWindow[]; datesOff: string[] }> {
  const trainerId = whose(actor, input.trainerId);
  return deps.personal.transaction(async (tx) => {
    const org = await tx.getOrganization(actor.orgId);
    const today = DateTime.fromJSDate(deps.clock.now(), { zone: org?.timezone ?? "UTC" }).toISODate() ?? "";
    return {
      trainerId,
      windows: await tx.listWindows(actor.orgId, trainerId),
      datesOff: (await tx.listDatesOff(actor.orgId, trainerId)).filter((d) => d >= today),
    };
  });
}
