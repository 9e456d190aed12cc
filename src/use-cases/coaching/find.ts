import type { ClientInfo, ProgramInfo } from "../../domain/coaching/model.ts";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import { clientForCoach, managesProgram, programForCoach, requireCoach } from "./access.ts";
import type { CoachingDeps } from "./deps.ts";

const norm = (s: string): string =>
  s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

/** Best matches of a typed name: exact, else starting with it, else containing it (case and accents ignored). */
export function bestMatches<T>(items: T[], typed: string, nameOf: (t: T) => string): T[] {
  const t = norm(typed);
  for (const test of [(n: string) => n === t, (n: string) => n.startsWith(t), (n: string) => n.includes(t)]) {
    const hit = items.filter((i) => test(norm(nameOf(i))));
    if (hit.length > 0) return hit;
  }
  return [];
}

const ambiguous = (what: string, names: string[]) =>
  new DomainError(ErrorCode.InvalidInput, { field: what, reason: "ambiguous", names: names.slice(0, 8) });

/**
 * Coach: a program by id or by name among the programs they manage; without either, their only live
 * program. Several matches are refused with the names, so the coach can say which.
 */
export async function findProgram(
  deps: CoachingDeps,
  actor: Actor,
  ref: { id: string } | { name: string } | undefined,
  opts: { includeArchived?: boolean } = {},
): Promise<ProgramInfo> {
  requireCoach(actor, "find_program");
  if (ref && "id" in ref) return deps.store.transaction((tx) => programForCoach(tx, actor, ref.id));
  const all = await deps.store.transaction((tx) =>
    tx.listPrograms(actor.orgId, actor.role === "admin" ? null : actor.personId),
  );
  const pool = all.filter(
    (p) => managesProgram(actor, p) && (opts.includeArchived || p.status !== "archived"),
  );
  const hits = ref ? bestMatches(pool, ref.name, (p) => p.name) : pool;
  if (hits.length === 1 && hits[0]) return hits[0];
  if (hits.length === 0) throw new DomainError(ErrorCode.NotFound, { what: "program" });
  throw ambiguous(
    "program",
    hits.map((p) => p.name),
  );
}

/** Coach: a client by id, or by name among the clients of the programs they manage. */
export async function findClient(
  deps: CoachingDeps,
  actor: Actor,
  ref: { id: string } | { name: string },
): Promise<{ client: ClientInfo; program: ProgramInfo }> {
  requireCoach(actor, "find_client");
  if ("id" in ref) return deps.store.transaction((tx) => clientForCoach(tx, actor, ref.id));
  return deps.store.transaction(async (tx) => {
    const programs = (
      await tx.listPrograms(actor.orgId, actor.role === "admin" ? null : actor.personId)
    ).filter((p) => managesProgram(actor, p) && p.status !== "archived");
    const pool: Array<{ client: ClientInfo; program: ProgramInfo }> = [];
    for (const program of programs)
      for (const client of await tx.listClients(actor.orgId, program.id))
        if (client.status !== "archived") pool.push({ client, program });
    const hits = bestMatches(pool, ref.name, (x) => x.client.name);
    if (hits.length === 1 && hits[0]) return hits[0];
    if (hits.length === 0) throw new DomainError(ErrorCode.NotFound, { what: "client" });
    throw ambiguous(
      "client",
      hits.map((x) => `${x.client.name} (${x.program.name})`),
    );
  });
}
