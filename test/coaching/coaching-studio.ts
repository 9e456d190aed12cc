import { expect } from "vitest";
import type { Actor, Role } from "../../src/domain/model.ts";
import { createPrismaCoachingStore } from "../../src/infra/prisma/coaching/coaching-store.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import * as co from "../../src/use-cases/coaching/index.ts";
import type { TestDatabase } from "../support/test-db.ts";

/** Monday 23 Nov 2026, 09:00 UTC (10:00 in Berlin). */
export const MONDAY_MORNING = new Date("2026-11-23T09:00:00.000Z");
export const DAY_MS = 86_400_000;

export const refusal = (code: string) => expect.objectContaining({ name: "DomainError", code });

/**
 * An organization in Berlin with an admin, two trainers (coaches) and a few members, plus a second
 * organization with its own coach, for the cross-organization checks.
 */
export async function buildCoachingStudio(
  db: TestDatabase,
  opts: { now?: Date; mailEnabled?: boolean } = {},
) {
  const prisma = db.prisma;
  const clock = createFixedClock(opts.now ?? MONDAY_MORNING);
  const deps: co.CoachingDeps = {
    store: createPrismaCoachingStore(prisma),
    clock,
    mailEnabled: opts.mailEnabled ?? false,
  };
  const makeOrg = (name: string) => prisma.organization.create({ data: { name, timezone: "Europe/Berlin" } });
  const org = await makeOrg("Coach House");
  const other = await makeOrg("Elsewhere Gym");
  const person = async (
    orgId: string,
    name: string,
    role: Role | null,
  ): Promise<Actor & { name: string }> => {
    const p = await prisma.person.create({ data: { displayName: name } });
    if (role) await prisma.membership.create({ data: { orgId, personId: p.id, role } });
    return { orgId, personId: p.id, role: role ?? "member", name };
  };
  const admin = await person(org.id, "Ada Admin", "admin");
  const coach = await person(org.id, "Cora Coach", "trainer");
  const coach2 = await person(org.id, "Carl Coach", "trainer");
  const member = await person(org.id, "Max Member", "member");
  const otherCoach = await person(other.id, "Olga Other", "admin");
  /** People who are nobody's member yet: they join through invites. */
  const newcomer = async (name: string) => {
    const p = await prisma.person.create({ data: { displayName: name } });
    return {
      personId: p.id,
      name,
      /** As an actor in the coaching organization (after joining). */
      actor: { orgId: org.id, personId: p.id, role: "member" as const },
    };
  };

  const program = async (by: Actor = coach, name = "1-2-1 Standard", waiver: string | null = null) => {
    const p = await co.createProgram(deps, by, {
      name,
      price: "200",
      currency: "GBP",
      description: "Personal coaching",
      welcomeMessage: "Welcome aboard!",
      waiver,
    });
    return co.publishProgram(deps, by, p.id);
  };

  /** A client who joined through a link invite today (Active, Week 1 Day 1 = today). */
  const joinedClient = async (programId: string, name: string, by: Actor = coach) => {
    const who = await newcomer(name);
    const inv = await co.inviteNewClient(deps, by, { programId, name, method: "link" });
    const joined = await co.acceptInvite(deps, who.personId, inv.code ?? "");
    return { ...who, client: joined.client };
  };

  const outboxKinds = async () =>
    (await prisma.outboxEvent.findMany({ where: { orgId: org.id }, orderBy: { id: "asc" } })).map(
      (r) => r.kind,
    );

  return {
    prisma,
    clock,
    deps,
    org,
    other,
    admin,
    coach,
    coach2,
    member,
    otherCoach,
    newcomer,
    program,
    joinedClient,
    outboxKinds,
  };
}
