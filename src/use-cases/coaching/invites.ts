import { DateTime } from "luxon";
import { generateInviteCode, hashInviteCode, INVITE_TTL_DAYS } from "../../domain/coaching/invite-code.ts";
import type { ClientInfo, InviteInfo, ProgramInfo } from "../../domain/coaching/model.ts";
import { cleanLine, parseEmail } from "../../domain/coaching/program-input.ts";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { CoachingTx } from "../../ports/coaching-store.ts";
import { clientForCoach, programForCoach } from "./access.ts";
import type { CoachingDeps } from "./deps.ts";

/**
 * What an invite produced. `code` is the only copy of the raw code (it is stored hashed): shown to
 * the coach for a link invite or an e-mail they forward themselves; absent when the mail is queued.
 */
export interface InviteResult {
  client: ClientInfo;
  program: ProgramInfo;
  invite: InviteInfo;
  delivery: "link" | "email_queued" | "forward";
  code: string | null;
}

/**
 * Coach: sends (or re-sends) an invite to a client who has not joined. Any earlier open invite of
 * theirs is revoked, so only the newest code works. "email" queues a mail through the outbox
 * (the code is minted when it is composed) or, without SMTP, gives the coach the text to forward.
 */
export async function inviteClient(
  deps: CoachingDeps,
  actor: Actor,
  input: { clientId: string; method: "link" | "email" },
): Promise<InviteResult> {
  return deps.store.transaction(async (tx) => {
    const { client, program } = await clientForCoach(tx, actor, input.clientId, { lock: true });
    return issueInvite(deps, tx, client, program, input.method);
  });
}

/** Coach, e-mail or link invite of someone new: the client is added and invited in one step. */
export async function inviteNewClient(
  deps: CoachingDeps,
  actor: Actor,
  input: { programId: string; name: string; email?: string | null; method: "link" | "email" },
): Promise<InviteResult> {
  const name = cleanLine("clientName", input.name);
  const email = input.email ? parseEmail(input.email) : null;
  if (input.method === "email" && !email)
    throw new DomainError(ErrorCode.InvalidInput, { field: "email", reason: "missing" });
  return deps.store.transaction(async (tx) => {
    const program = await programForCoach(tx, actor, input.programId, { lock: true });
    if (program.status === "archived")
      throw new DomainError(ErrorCode.ProgramArchived, { programId: program.id });
    const client = await tx.createClient({
      orgId: actor.orgId,
      programId: program.id,
      name,
      email,
      inviteMethod: input.method,
      startDate: null,
      startDateFixed: false,
    });
    return issueInvite(deps, tx, client, program, input.method);
  });
}

async function issueInvite(
  deps: CoachingDeps,
  tx: CoachingTx,
  client: ClientInfo,
  program: ProgramInfo,
  method: "link" | "email",
): Promise<InviteResult> {
  if (client.status !== "pending" || client.personId)
    throw new DomainError(ErrorCode.Conflict, { what: "client", reason: "already_joined" });
  if (program.status !== "published")
    throw new DomainError(
      program.status === "archived" ? ErrorCode.ProgramArchived : ErrorCode.InvalidInput,
      {
        field: "program",
        reason: "not_published",
      },
    );
  if (method === "email" && !client.email)
    throw new DomainError(ErrorCode.InvalidInput, { field: "email", reason: "missing" });
  const now = deps.clock.now();
  await tx.revokeOpenInvites(client.id);
  const expiresAt = DateTime.fromJSDate(now).plus({ days: INVITE_TTL_DAYS }).toJSDate();
  const queued = method === "email" && deps.mailEnabled;
  const code = queued ? null : (deps.newCode ?? generateInviteCode)();
  const invite = await tx.createInvite({
    orgId: client.orgId,
    clientId: client.id,
    method: method === "link" ? "link" : queued ? "email" : "forward",
    codeHash: code ? hashInviteCode(code) : null,
    expiresAt,
    mailStatus: queued ? "queued" : null,
  });
  if (queued)
    await tx.addOutbox(client.orgId, {
      kind: "coaching.invite_email",
      payload: { inviteId: invite.id, clientId: client.id },
    });
  const updated = await tx.updateClient(client.id, { invitedAt: now });
  return {
    client: updated,
    program,
    invite,
    delivery: method === "link" ? "link" : queued ? "email_queued" : "forward",
    code,
  };
}

/** Coach: withdraws the client's open invite; its code is then refused as revoked. */
export async function revokeInvite(deps: CoachingDeps, actor: Actor, clientId: string): Promise<ClientInfo> {
  return deps.store.transaction(async (tx) => {
    const { client } = await clientForCoach(tx, actor, clientId, { lock: true });
    const n = await tx.revokeOpenInvites(client.id);
    if (n === 0) throw new DomainError(ErrorCode.InvalidInput, { field: "invite", reason: "no_open_invite" });
    return client;
  });
}
