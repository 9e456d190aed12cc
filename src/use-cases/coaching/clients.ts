import { localDate } from "../../domain/coaching/calendar-days.ts";
import type { ClientInfo, InviteInfo, ProgramInfo } from "../../domain/coaching/model.ts";
import { cleanLine, parseEmail, parseLocalDate } from "../../domain/coaching/program-input.ts";
import { isValidHorizon, lastVisibleDay, MAX_VISIBLE_DAYS } from "../../domain/coaching/visibility.ts";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import { clientForCoach, orgTimezone, programForCoach } from "./access.ts";
import type { CoachingDeps } from "./deps.ts";

export interface NewClientInput {
  programId: string;
  name: string;
  email?: string | null;
  /** Week 1 Day 1 ("YYYY-MM-DD"); absent: the day the client joins. */
  startDate?: string | null;
}

/**
 * Coach, manual invite: adds a client by name (and optionally e-mail). They are Pending and their
 * calendar exists at once, so the coach can write training before sending the invite. Nothing is
 * sent to anyone until the coach invites them.
 */
export async function addClient(
  deps: CoachingDeps,
  actor: Actor,
  input: NewClientInput,
): Promise<ClientInfo> {
  const name = cleanLine("clientName", input.name);
  const email = input.email ? parseEmail(input.email) : null;
  const startDate = input.startDate ? parseLocalDate(input.startDate) : null;
  return deps.store.transaction(async (tx) => {
    const program = await programForCoach(tx, actor, input.programId, { lock: true });
    if (program.status === "archived")
      throw new DomainError(ErrorCode.ProgramArchived, { programId: program.id });
    return tx.createClient({
      orgId: actor.orgId,
      programId: program.id,
      name,
      email,
      inviteMethod: "manual",
      startDate,
      startDateFixed: startDate !== null,
    });
  });
}

export interface ClientRow extends ClientInfo {
  /** The newest invite, if any (its status says whether the client may still accept it). */
  invite: InviteInfo | null;
  /** The last day the client can see today (null before they have a start date). */
  lastVisibleDay: number | null;
}

/** Coach: a program's clients, split as the coach's Pending and Active tabs. */
export async function listClients(
  deps: CoachingDeps,
  actor: Actor,
  programId: string,
): Promise<{ program: ProgramInfo; pending: ClientRow[]; active: ClientRow[] }> {
  return deps.store.transaction(async (tx) => {
    const program = await programForCoach(tx, actor, programId);
    const today = localDate(deps.clock.now(), await orgTimezone(tx, actor.orgId));
    const rows: ClientRow[] = [];
    for (const c of await tx.listClients(actor.orgId, program.id)) {
      if (c.status === "archived") continue;
      const invites = await tx.listInvites(c.id);
      rows.push({
        ...c,
        invite: invites.at(-1) ?? null,
        lastVisibleDay: lastVisibleDay(c.startDate, today, c.visibleDays),
      });
    }
    return {
      program,
      pending: rows.filter((c) => c.status === "pending"),
      active: rows.filter((c) => c.status === "active"),
    };
  });
}

/** Coach: one client (any program they manage). */
export async function getClient(deps: CoachingDeps, actor: Actor, clientId: string) {
  return deps.store.transaction((tx) => clientForCoach(tx, actor, clientId));
}

/** Coach: how many days ahead (today included) the client sees; takes effect at once. */
export async function setHorizon(
  deps: CoachingDeps,
  actor: Actor,
  clientId: string,
  days: number,
): Promise<ClientInfo> {
  if (!isValidHorizon(days))
    throw new DomainError(ErrorCode.InvalidInput, { field: "horizon", max: MAX_VISIBLE_DAYS });
  return deps.store.transaction(async (tx) => {
    const { client } = await clientForCoach(tx, actor, clientId, { lock: true });
    return tx.updateClient(client.id, { visibleDays: days });
  });
}

/** Coach: the client's Week 1 Day 1; joining later does not move it. */
export async function setStartDate(
  deps: CoachingDeps,
  actor: Actor,
  clientId: string,
  date: string,
): Promise<ClientInfo> {
  const startDate = parseLocalDate(date);
  return deps.store.transaction(async (tx) => {
    const { client } = await clientForCoach(tx, actor, clientId, { lock: true });
    return tx.updateClient(client.id, { startDate, startDateFixed: true });
  });
}

/** Coach: moves a client to another program they manage; the calendar moves with them untouched. */
export async function moveClient(
  deps: CoachingDeps,
  actor: Actor,
  clientId: string,
  toProgramId: string,
): Promise<{ client: ClientInfo; from: ProgramInfo; to: ProgramInfo }> {
  return deps.store.transaction(async (tx) => {
    const { client, program: from } = await clientForCoach(tx, actor, clientId, { lock: true });
    const to = await programForCoach(tx, actor, toProgramId, { lock: true });
    if (to.status === "archived") throw new DomainError(ErrorCode.ProgramArchived, { programId: to.id });
    if (to.id === from.id) return { client, from, to };
    if (client.personId) {
      const twice = (await tx.listClientsOfPerson(actor.orgId, client.personId)).some(
        (c) => c.programId === to.id && c.status !== "archived",
      );
      if (twice) throw new DomainError(ErrorCode.Conflict, { what: "client", reason: "already_in_program" });
    }
    return { client: await tx.updateClient(client.id, { programId: to.id }), from, to };
  });
}
