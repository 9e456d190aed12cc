import type { ClientInfo, EntryInfo, ProgramInfo } from "../../domain/coaching/model.ts";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import { type Actor, hasTrainerRights } from "../../domain/model.ts";
import type { CoachingTx } from "../../ports/coaching-store.ts";

/** A coach is a trainer or admin of the organization. */
export function requireCoach(actor: Actor, action: string): void {
  if (!hasTrainerRights(actor.role))
    throw new DomainError(ErrorCode.NotAllowed, { action, role: actor.role });
}

/** Admins manage every program of the organization; a trainer manages the programs they coach. */
export const managesProgram = (actor: Actor, p: ProgramInfo): boolean =>
  p.orgId === actor.orgId && (actor.role === "admin" || p.coachId === actor.personId);

/** A program the actor manages; another coach's or another organization's looks not found. */
export async function programForCoach(
  tx: CoachingTx,
  actor: Actor,
  programId: string,
  opts: { lock?: boolean } = {},
): Promise<ProgramInfo> {
  requireCoach(actor, "manage_program");
  const p = opts.lock
    ? await tx.lockProgram(actor.orgId, programId)
    : await tx.getProgram(actor.orgId, programId);
  if (!p || !managesProgram(actor, p)) throw new DomainError(ErrorCode.NotFound, { what: "program" });
  return p;
}

/** A client of a program the actor manages (locked when asked). */
export async function clientForCoach(
  tx: CoachingTx,
  actor: Actor,
  clientId: string,
  opts: { lock?: boolean } = {},
): Promise<{ client: ClientInfo; program: ProgramInfo }> {
  requireCoach(actor, "manage_client");
  const client = opts.lock
    ? await tx.lockClient(actor.orgId, clientId)
    : await tx.getClient(actor.orgId, clientId);
  const program = client ? await tx.getProgram(actor.orgId, client.programId) : null;
  if (!client || !program || !managesProgram(actor, program))
    throw new DomainError(ErrorCode.NotFound, { what: "client" });
  return { client, program };
}

/** A calendar session of a client the actor coaches, with that client (locked). */
export async function entryForCoach(
  tx: CoachingTx,
  actor: Actor,
  entryId: string,
): Promise<{ entry: EntryInfo; client: ClientInfo; program: ProgramInfo }> {
  requireCoach(actor, "manage_calendar");
  const found = await tx.getEntry(actor.orgId, entryId);
  if (!found) throw new DomainError(ErrorCode.NotFound, { what: "calendar_session" });
  const { client, program } = await clientForCoach(tx, actor, found.clientId, { lock: true }).catch(() => {
    throw new DomainError(ErrorCode.NotFound, { what: "calendar_session" });
  });
  // Read again under the client's lock: a concurrent move or delete has finished by now.
  const entry = await tx.getEntry(actor.orgId, entryId);
  if (!entry) throw new DomainError(ErrorCode.NotFound, { what: "calendar_session" });
  return { entry, client, program };
}

export async function orgTimezone(tx: CoachingTx, orgId: string): Promise<string> {
  const tz = await tx.getOrgTimezone(orgId);
  if (!tz) throw new DomainError(ErrorCode.NotFound, { what: "organization" });
  return tz;
}
