import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import { priceFor, type SessionType } from "../../domain/personal/model.ts";
import { computeFreeSlots, type FreeSlot } from "../../domain/personal/slots.ts";
import type { PersonalTx } from "../../ports/personal-store.ts";
import { enabledSettings, type PersonalDeps, visibleTypeOrFail } from "./deps.ts";

const MAX_RANGE_MS = 62 * 24 * 3_600_000;

export interface TrainerSlot extends FreeSlot {
  trainerId: string;
  trainerName: string;
}

export interface FreeSlotsResult {
  type: SessionType;
  timezone: string;
  slots: TrainerSlot[];
  /** The price this person pays, and whether it is the member price. */
  price: { amountCents: number; memberPrice: boolean; currency: string };
  paymentMethods: string[];
}

/** Free slots of one trainer for a type, as the domain computes them from what the database holds. */
export async function trainerSlots(
  tx: PersonalTx,
  orgId: string,
  zone: string,
  type: SessionType,
  trainerId: string,
  from: Date,
  to: Date,
  now: Date,
): Promise<FreeSlot[]> {
  const windows = await tx.listWindows(orgId, trainerId);
  const datesOff = await tx.listDatesOff(orgId, trainerId);
  const cal = await tx.loadTrainerCalendar(orgId, trainerId, from, to);
  return computeFreeSlots({ zone, now, from, to, type, windows, datesOff, ...cal });
}

/** Free slots of a type over a range, for every trainer offering it (or one), soonest first. */
export async function findFreeSlots(
  deps: PersonalDeps,
  actor: Actor,
  input: { sessionTypeId: string; trainerId?: string; from: Date; to: Date },
): Promise<FreeSlotsResult> {
  if (!(input.to > input.from) || input.to.getTime() - input.from.getTime() > MAX_RANGE_MS)
    throw new DomainError(ErrorCode.InvalidInput, { field: "range", allowed: "a range of up to two months" });
  return deps.personal.transaction(async (tx) => {
    const now = deps.clock.now();
    const settings = await enabledSettings(tx, actor);
    const type = await visibleTypeOrFail(tx, actor, settings, input.sessionTypeId, now);
    const org = await tx.getOrganization(actor.orgId);
    if (!org) throw new DomainError(ErrorCode.NotFound, { what: "organization" });
    const trainerIdx = type.trainerIds
      .map((id, i) => ({ id, name: type.trainerNames[i] ?? "" }))
      .filter((t) => !input.trainerId || t.id === input.trainerId);
    const slots: TrainerSlot[] = [];
    for (const t of trainerIdx) {
      for (const s of await trainerSlots(
        tx,
        actor.orgId,
        org.timezone,
        type,
        t.id,
        input.from,
        input.to,
        now,
      ))
        slots.push({ ...s, trainerId: t.id, trainerName: t.name });
    }
    slots.sort(
      (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.trainerName.localeCompare(b.trainerName),
    );
    const member = await tx.holdsValidPass(actor.orgId, actor.personId, now);
    return {
      type,
      timezone: org.timezone,
      slots,
      price: { ...priceFor(type, member), currency: type.currency },
      paymentMethods: settings.paymentMethods,
    };
  });
}
