import { localDate } from "../../domain/coaching/calendar-days.ts";
import { hashInviteCode, normalizeInviteCode } from "../../domain/coaching/invite-code.ts";
import type { ClientInfo, ProgramInfo } from "../../domain/coaching/model.ts";
import { lastVisibleDay } from "../../domain/coaching/visibility.ts";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { CoachingTx } from "../../ports/coaching-store.ts";
import { orgTimezone } from "./access.ts";
import type { CoachingDeps } from "./deps.ts";

export interface Joined {
  orgId: string;
  client: ClientInfo;
  program: ProgramInfo;
  /** The program has a waiver the client has not accepted yet: they see nothing until they do. */
  needsWaiver: boolean;
}

/**
 * A person redeems an invite code (from /join, a deep link or an e-mail). The code decides the
 * organization; the person becomes a member there and this client. A code works once: used,
 * expired and revoked codes are refused, each with its own reason.
 */
export async function acceptInvite(deps: CoachingDeps, personId: string, rawCode: string): Promise<Joined> {
  const code = normalizeInviteCode(rawCode);
  if (!code) throw new DomainError(ErrorCode.InviteUnknown);
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    const invite = await tx.lockInviteByHash(hashInviteCode(code));
    if (!invite) throw new DomainError(ErrorCode.InviteUnknown);
    if (invite.status === "used") throw new DomainError(ErrorCode.InviteUsed);
    if (invite.status === "revoked") throw new DomainError(ErrorCode.InviteRevoked);
    if (invite.expiresAt.getTime() <= now.getTime()) throw new DomainError(ErrorCode.InviteExpired);
    const client = await tx.lockClient(invite.orgId, invite.clientId);
    const program = client ? await tx.getProgram(invite.orgId, client.programId) : null;
    if (!client || !program || client.status !== "pending" || client.personId)
      throw new DomainError(ErrorCode.InviteRevoked);
    if (program.status === "archived") throw new DomainError(ErrorCode.ProgramArchived);
    if (
      (await tx.listClientsOfPerson(invite.orgId, personId)).some(
        (c) => c.programId === program.id && c.status !== "archived",
      )
    )
      throw new DomainError(ErrorCode.Conflict, { what: "client", reason: "already_in_program" });

    await tx.markInviteUsed(invite.id, personId, now);
    await tx.ensureMember(invite.orgId, personId);
    const today = localDate(now, await orgTimezone(tx, invite.orgId));
    const startDate = client.startDateFixed && client.startDate ? client.startDate : today;
    const needsWaiver = program.waiver !== null;
    const joined = await tx.updateClient(client.id, {
      personId,
      joinedAt: now,
      startDate,
      ...(needsWaiver ? {} : activation(client, startDate, today)),
    });
    return { orgId: invite.orgId, client: joined, program, needsWaiver };
  });
}

/**
 * On activation the client sees their calendar up to the horizon; the digest then only announces
 * days that become visible later, from tomorrow's digest on.
 */
function activation(client: ClientInfo, startDate: string, today: string) {
  return {
    status: "active" as const,
    announcedThrough: Math.max(0, lastVisibleDay(startDate, today, client.visibleDays) ?? 0),
    lastDigestOn: today,
  };
}

/** The client accepts the program's waiver (the Accept button) and becomes Active. Idempotent. */
export async function acceptWaiver(deps: CoachingDeps, actor: Actor, clientId: string): Promise<Joined> {
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    const client = await ownClient(tx, actor, clientId);
    const program = await tx.getProgram(actor.orgId, client.programId);
    if (!program) throw new DomainError(ErrorCode.NotFound, { what: "coaching" });
    if (client.status === "active") return { orgId: actor.orgId, client, program, needsWaiver: false };
    if (client.status !== "pending" || !client.startDate)
      throw new DomainError(ErrorCode.NotFound, { what: "coaching" });
    const today = localDate(now, await orgTimezone(tx, actor.orgId));
    const updated = await tx.updateClient(client.id, {
      waiverAcceptedAt: now,
      ...activation(client, client.startDate, today),
    });
    return { orgId: actor.orgId, client: updated, program, needsWaiver: false };
  });
}

/** The actor's own client record; anybody else's looks not found, whatever id was sent. */
export async function ownClient(tx: CoachingTx, actor: Actor, clientId: string): Promise<ClientInfo> {
  const client = await tx.lockClient(actor.orgId, clientId);
  if (!client || client.personId !== actor.personId)
    throw new DomainError(ErrorCode.NotFound, { what: "coaching" });
  return client;
}
