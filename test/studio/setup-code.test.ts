import { expect, it } from "vitest";
import { hashSetupCode, SETUP_THROTTLE } from "../../src/domain/setup-code.ts";
import { createPrismaBookingStore } from "../../src/infra/prisma/booking-store.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import type { Logger } from "../../src/ports/logger.ts";
import * as uc from "../../src/use-cases/index.ts";
import { describeOnBothBackends, HOUR, MONDAY } from "../booking/studio.ts";
import { newPerson } from "./open-studio.ts";

describeOnBothBackends("setup codes", (getDb) => {
  const deps = () => ({ store: createPrismaBookingStore(getDb().prisma), clock: createFixedClock(MONDAY) });

  it("a code opens one studio: its sender becomes the first admin and the chat is connected; only the hash is stored", async () => {
    const d = deps();
    const db = getDb();
    const owner = await newPerson(db, "Rita");
    const { code, expiresAt } = await uc.issueSetupCode(d);
    expect(expiresAt.getTime() - MONDAY.getTime()).toBe(24 * HOUR);
    expect(await db.prisma.setupCode.count({ where: { codeHash: code } })).toBe(0);
    expect(await db.prisma.setupCode.count({ where: { codeHash: hashSetupCode(code) } })).toBe(1);

    const r = await uc.redeemSetupCode(d, {
      ...owner,
      workspaceId: `g-${owner.platformUserId}`,
      code: code.toLowerCase(),
    });
    expect(r).toMatchObject({ ok: true, workspaceConnected: true });
    if (!r.ok) return;
    const m = await db.prisma.membership.findUnique({
      where: { orgId_personId: { orgId: r.orgId, personId: owner.personId } },
    });
    expect(m?.role).toBe("admin");
    const ws = await db.prisma.chatWorkspace.findUnique({
      where: { platform_externalId: { platform: "telegram", externalId: `g-${owner.platformUserId}` } },
    });
    expect(ws?.orgId).toBe(r.orgId);
  });

  it("a used code does nothing, and neither does an expired one", async () => {
    const d = deps();
    const db = getDb();
    const [a, b] = [await newPerson(db, "Ann"), await newPerson(db, "Ben")];
    const { code } = await uc.issueSetupCode(d);
    const first = await uc.redeemSetupCode(d, { ...a, workspaceId: null, code });
    expect(first.ok).toBe(true);
    const orgs = await db.prisma.organization.count();
    expect(await uc.redeemSetupCode(d, { ...b, workspaceId: null, code })).toEqual({
      ok: false,
      reason: "invalid",
    });

    const late = await uc.issueSetupCode(d);
    d.clock.advance(24 * HOUR + 1);
    expect(await uc.redeemSetupCode(d, { ...b, workspaceId: null, code: late.code })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await db.prisma.organization.count()).toBe(orgs);
    expect(await db.prisma.membership.count({ where: { personId: b.personId } })).toBe(0);
  });

  it("two owners racing with one code produce one organization", async () => {
    const d = deps();
    const db = getDb();
    const people = await Promise.all(["P1", "P2", "P3", "P4"].map((n) => newPerson(db, n)));
    const { code } = await uc.issueSetupCode(d);
    const before = await db.prisma.organization.count();
    const results = await Promise.all(
      people.map((p) => uc.redeemSetupCode(d, { ...p, workspaceId: `ws-${p.platformUserId}`, code })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.prisma.organization.count()).toBe(before + 1);
  });

  it("a code sent in a chat already connected to a studio is refused and not spent", async () => {
    const d = deps();
    const db = getDb();
    const [a, b] = [await newPerson(db, "Cat"), await newPerson(db, "Dan")];
    const one = await uc.issueSetupCode(d);
    await uc.redeemSetupCode(d, { ...a, workspaceId: `shared-${a.platformUserId}`, code: one.code });
    const two = await uc.issueSetupCode(d);
    expect(
      await uc.redeemSetupCode(d, { ...b, workspaceId: `shared-${a.platformUserId}`, code: two.code }),
    ).toEqual({
      ok: false,
      reason: "workspace_taken",
    });
    expect((await uc.redeemSetupCode(d, { ...b, workspaceId: null, code: two.code })).ok).toBe(true);
  });

  it("repeated wrong guesses are slowed down and logged; even a right code waits out the block", async () => {
    const d = deps();
    const db = getDb();
    const guesser = await newPerson(db, "Eve");
    const warnings: object[] = [];
    const log: Logger = { debug() {}, info() {}, warn: (f) => warnings.push(f), error() {} };
    const { code } = await uc.issueSetupCode(d);
    const reasons: string[] = [];
    for (let i = 0; i < SETUP_THROTTLE.maxFailures; i++) {
      const r = await uc.redeemSetupCode(
        { ...d, log },
        { ...guesser, workspaceId: null, code: `WRONG-${i}` },
      );
      reasons.push(r.ok ? "ok" : r.reason);
    }
    expect(reasons.slice(0, -1).every((r) => r === "invalid")).toBe(true);
    expect(reasons.at(-1)).toBe("slow_down");
    const blocked = await uc.redeemSetupCode({ ...d, log }, { ...guesser, workspaceId: null, code });
    expect(blocked).toMatchObject({ ok: false, reason: "slow_down" });
    expect(warnings.length).toBe(SETUP_THROTTLE.maxFailures + 1);
    d.clock.advance(SETUP_THROTTLE.blockMs + 1);
    expect((await uc.redeemSetupCode(d, { ...guesser, workspaceId: null, code })).ok).toBe(true);
  });
});
