import type { ProgramInfo } from "../../domain/coaching/model.ts";
import {
  cleanLine,
  cleanText,
  parseCurrency,
  parsePriceCents,
  parseTimeOfDay,
} from "../../domain/coaching/program-input.ts";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { ProgramPatch } from "../../ports/coaching-store.ts";
import { programForCoach, requireCoach } from "./access.ts";
import type { CoachingDeps } from "./deps.ts";

export interface ProgramInput {
  name: string;
  price: string | number;
  currency?: string;
  description?: string;
  welcomeMessage?: string;
  /** Empty or absent: no waiver. */
  waiver?: string | null;
}

const waiverOf = (w: string | null | undefined): string | null => {
  const v = w == null ? "" : cleanText("waiver", w, false);
  return v === "" ? null : v;
};

/** Coach: a 1-2-1 program (a draft until published). One program per price point, any number of clients. */
export async function createProgram(
  deps: CoachingDeps,
  actor: Actor,
  input: ProgramInput,
): Promise<ProgramInfo> {
  requireCoach(actor, "create_program");
  const data = {
    orgId: actor.orgId,
    coachId: actor.personId,
    name: cleanLine("name", input.name),
    priceCents: parsePriceCents(input.price),
    currency: parseCurrency(input.currency ?? "EUR"),
    description: cleanText("description", input.description ?? "", false),
    welcomeMessage: cleanText("welcome", input.welcomeMessage ?? "", false),
    waiver: waiverOf(input.waiver),
  };
  return deps.store.transaction((tx) => tx.createProgram(data));
}

/** Coach: changes any of the program's texts or its price. An archived program is not edited. */
export async function editProgram(
  deps: CoachingDeps,
  actor: Actor,
  programId: string,
  input: Partial<ProgramInput>,
): Promise<ProgramInfo> {
  const patch: ProgramPatch = {};
  if (input.name !== undefined) patch.name = cleanLine("name", input.name);
  if (input.price !== undefined) patch.priceCents = parsePriceCents(input.price);
  if (input.currency !== undefined) patch.currency = parseCurrency(input.currency);
  if (input.description !== undefined) patch.description = cleanText("description", input.description, false);
  if (input.welcomeMessage !== undefined)
    patch.welcomeMessage = cleanText("welcome", input.welcomeMessage, false);
  if (input.waiver !== undefined) patch.waiver = waiverOf(input.waiver);
  if (Object.keys(patch).length === 0)
    throw new DomainError(ErrorCode.InvalidInput, { reason: "nothing_to_change" });
  return deps.store.transaction(async (tx) => {
    const p = await programForCoach(tx, actor, programId, { lock: true });
    if (p.status === "archived") throw new DomainError(ErrorCode.ProgramArchived, { programId });
    return tx.updateProgram(p.id, patch);
  });
}

/** Coach: makes a draft program open for clients. Publishing twice changes nothing. */
export async function publishProgram(
  deps: CoachingDeps,
  actor: Actor,
  programId: string,
): Promise<ProgramInfo> {
  return deps.store.transaction(async (tx) => {
    const p = await programForCoach(tx, actor, programId, { lock: true });
    if (p.status === "archived") throw new DomainError(ErrorCode.ProgramArchived, { programId });
    return p.status === "published" ? p : tx.updateProgram(p.id, { status: "published" });
  });
}

/**
 * Coach: archives a program, for example a duplicate created by mistake. Only once it has no clients
 * (move them to the right program first), so nobody's calendar is orphaned.
 */
export async function archiveProgram(
  deps: CoachingDeps,
  actor: Actor,
  programId: string,
): Promise<ProgramInfo> {
  return deps.store.transaction(async (tx) => {
    const p = await programForCoach(tx, actor, programId, { lock: true });
    if (p.status === "archived") return p;
    const clients = await tx.countClients(p.id);
    if (clients > 0) throw new DomainError(ErrorCode.ProgramHasClients, { programId, clients });
    return tx.updateProgram(p.id, { status: "archived" });
  });
}

/** Coach: the time of day ("07:30", organization timezone) the program's clients get their digest. */
export async function setDigestTime(
  deps: CoachingDeps,
  actor: Actor,
  programId: string,
  time: string,
): Promise<ProgramInfo> {
  const digestMinute = parseTimeOfDay(time);
  return deps.store.transaction(async (tx) => {
    const p = await programForCoach(tx, actor, programId, { lock: true });
    return tx.updateProgram(p.id, { digestMinute });
  });
}

/** Coach: the programs they manage (admins: all of the organization), archived ones last or left out. */
export async function listPrograms(
  deps: CoachingDeps,
  actor: Actor,
  opts: { includeArchived?: boolean } = {},
): Promise<ProgramInfo[]> {
  requireCoach(actor, "list_programs");
  const all = await deps.store.transaction((tx) =>
    tx.listPrograms(actor.orgId, actor.role === "admin" ? null : actor.personId),
  );
  const live = all.filter((p) => p.status !== "archived");
  return opts.includeArchived ? [...live, ...all.filter((p) => p.status === "archived")] : live;
}

/** Coach: one program they manage. */
export async function getProgram(deps: CoachingDeps, actor: Actor, programId: string): Promise<ProgramInfo> {
  return deps.store.transaction((tx) => programForCoach(tx, actor, programId));
}
