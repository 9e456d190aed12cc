import type { Actor, Role } from "../../src/domain/model.ts";
import { createPrismaBookingStore } from "../../src/infra/prisma/booking-store.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import type { UseCaseDeps } from "../../src/use-cases/index.ts";
import * as uc from "../../src/use-cases/index.ts";
import { MONDAY } from "../booking/studio.ts";
import type { TestDatabase } from "../support/test-db.ts";

let counter = 0;

/** A person with a platform identity (as the chat layer makes one on first contact). */
export async function newPerson(db: TestDatabase, name: string, platform: "telegram" | "slack" = "telegram") {
  counter += 1;
  const platformUserId = `${name.toLowerCase()}-${Date.now()}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  const p = await db.prisma.person.create({
    data: { displayName: name, identities: { create: { platform, platformUserId } } },
  });
  return { personId: p.id, platform, platformUserId, name };
}

/** A studio opened the real way: an operator's setup code, redeemed by its owner. */
export async function openStudio(db: TestDatabase, opts: { now?: Date } = {}) {
  const clock = createFixedClock(opts.now ?? MONDAY);
  const deps: UseCaseDeps = { store: createPrismaBookingStore(db.prisma), clock };
  const owner = await newPerson(db, "Olivia");
  const { code } = await uc.issueSetupCode(deps);
  const workspaceId = `grp-${owner.platformUserId}`;
  const r = await uc.redeemSetupCode(deps, { ...owner, workspaceId, code });
  if (!r.ok) throw new Error(`setup failed: ${r.reason}`);
  const admin: Actor = { orgId: r.orgId, personId: owner.personId, role: "admin" };
  const join = async (name: string, role: Role = "member"): Promise<Actor & { name: string }> => {
    const p = await newPerson(db, name);
    await db.prisma.membership.create({ data: { orgId: r.orgId, personId: p.personId, role } });
    return { orgId: r.orgId, personId: p.personId, role, name };
  };
  return { db, deps, clock, orgId: r.orgId, owner, admin, workspaceId, join };
}
