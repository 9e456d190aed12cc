import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { BookingTx } from "../../ports/booking-store.ts";
import type { CatalogPassType } from "../../ports/studio-store.ts";
import { requireAdmin, requireTrainer } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";

/** What the one-step fix pre-fills: the course's name, ten sessions, ninety days. */
export const DEFAULT_COURSE_PASS = { sessions: 10, validityDays: 90 } as const;
/** The name of the pass type made for a closed course (a number follows when it is taken). */
export const coursePassName = (scheduleName: string): string => `${scheduleName} pass`.slice(0, 74);
export const PASS_REQUEST_KIND = "create_pass_for_schedule";

export type PassForScheduleResult =
  | { kind: "created"; passType: CatalogPassType }
  | { kind: "requested"; requestId: string; scheduleName: string };

/**
 * The one-step fix for "No pass linked": a pass type named after the closed course and linked to it.
 * Admins (and trainers, when trainers may grant passes) create it at once; otherwise a trainer's tap
 * sends the admins a pre-filled request that one of them approves with one tap.
 */
export async function passForSchedule(
  deps: UseCaseDeps,
  actor: Actor,
  input: { scheduleId: string },
): Promise<PassForScheduleResult> {
  requireTrainer(actor, "create_pass_for_schedule");
  return deps.store.transaction(async (tx): Promise<PassForScheduleResult> => {
    const settings = await tx.getSettings(actor.orgId);
    const schedule = await closedSchedule(tx, actor.orgId, input.scheduleId);
    if (actor.role === "admin" || settings?.passGrantPolicy === "staff")
      return { kind: "created", passType: await createLinked(tx, actor.orgId, schedule) };
    const req = await tx.createAdminRequest({
      orgId: actor.orgId,
      kind: PASS_REQUEST_KIND,
      payload: { scheduleId: schedule.id },
      requestedById: actor.personId,
    });
    await tx.addOutbox(actor.orgId, {
      kind: "admin.request",
      payload: {
        requestId: req.id,
        requestedById: actor.personId,
        scheduleId: schedule.id,
        scheduleName: schedule.name,
      },
    });
    return { kind: "requested", requestId: req.id, scheduleName: schedule.name };
  });
}

/** Admin: approves (creating the pass type) or declines a trainer's request; a decided request stays decided. */
export async function decideAdminRequest(
  deps: UseCaseDeps,
  actor: Actor,
  input: { requestId: string; approve: boolean },
): Promise<
  { kind: "approved"; passType: CatalogPassType } | { kind: "declined" } | { kind: "already_decided" }
> {
  requireAdmin(actor, "decide_request");
  return deps.store.transaction(async (tx) => {
    const req = await tx.decideAdminRequest(
      actor.orgId,
      input.requestId,
      input.approve ? "approved" : "declined",
      actor.personId,
      deps.clock.now(),
    );
    if (!req) return { kind: "already_decided" as const };
    if (!input.approve) return { kind: "declined" as const };
    const scheduleId = (req.payload as { scheduleId?: unknown } | null)?.scheduleId;
    if (req.kind !== PASS_REQUEST_KIND || typeof scheduleId !== "string")
      throw new DomainError(ErrorCode.NotFound, { what: "request" });
    const schedule = await closedSchedule(tx, actor.orgId, scheduleId);
    return { kind: "approved" as const, passType: await createLinked(tx, actor.orgId, schedule) };
  });
}

async function closedSchedule(tx: BookingTx, orgId: string, scheduleId: string) {
  const schedule = (await tx.getCatalog(orgId)).schedules.find((s) => s.id === scheduleId && !s.archived);
  if (!schedule) throw new DomainError(ErrorCode.NotFound, { what: "schedule" });
  if (!schedule.closed)
    throw new DomainError(ErrorCode.InvalidInput, { field: "schedules", reason: "not_closed" });
  return schedule;
}

async function createLinked(
  tx: BookingTx,
  orgId: string,
  schedule: { id: string; name: string; templateId: string },
): Promise<CatalogPassType> {
  const catalog = await tx.getCatalog(orgId);
  const already = catalog.passTypes.find((p) => !p.archived && p.scheduleIds.includes(schedule.id));
  if (already) return already;
  const template = catalog.templates.find((t) => t.id === schedule.templateId);
  if (!template) throw new DomainError(ErrorCode.NotFound, { what: "schedule" });
  const taken = new Set(catalog.passTypes.map((p) => p.name.toLowerCase()));
  const base = coursePassName(schedule.name);
  const name = [base, `${base} 2`, `${base} 3`, `${base} 4`].find((n) => !taken.has(n.toLowerCase()));
  if (!name) throw new DomainError(ErrorCode.Conflict, { what: "pass_type", name: base });
  const p = await tx.createPassType({
    orgId,
    name,
    ...DEFAULT_COURSE_PASS,
    trainingTypeIds: [template.trainingTypeId],
    scheduleIds: [schedule.id],
  });
  return { ...p, priceCents: 0, currency: "EUR" };
}
