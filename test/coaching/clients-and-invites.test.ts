import { expect, it } from "vitest";
import { hashInviteCode } from "../../src/domain/coaching/invite-code.ts";
import { ErrorCode } from "../../src/domain/errors.ts";
import * as co from "../../src/use-cases/coaching/index.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { buildCoachingStudio, DAY_MS, refusal } from "./coaching-studio.ts";

describeOnBothBackends("1-2-1 clients and invites", (getDb) => {
  it("manual invite: the client is Pending with a calendar at once, and nothing is sent to anyone", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const c = await co.addClient(s.deps, s.coach, { programId: p.id, name: "Pia", email: "Pia@Example.com" });
    expect(c).toMatchObject({
      status: "pending",
      inviteMethod: "manual",
      email: "pia@example.com",
      personId: null,
    });
    await co.writeSession(s.deps, s.coach, { clientId: c.id, day: 1, title: "Day one", body: "Walk 20 min" });
    await co.writeSession(s.deps, s.coach, { clientId: c.id, day: 9, title: "Week two", body: "" });
    const lists = await co.listClients(s.deps, s.coach, p.id);
    expect(lists.pending.map((x) => [x.name, x.invite])).toEqual([["Pia", null]]);
    expect(lists.active).toEqual([]);
    expect(await s.outboxKinds()).toEqual([]);
    expect(await s.prisma.coachingInvite.count()).toBe(0);
  });

  it("link invite: accepting makes the client Active from today (Week 1 Day 1) and a member", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const c = await co.addClient(s.deps, s.coach, { programId: p.id, name: "Pia" });
    const inv = await co.inviteClient(s.deps, s.coach, { clientId: c.id, method: "link" });
    expect(inv.delivery).toBe("link");
    expect(inv.code).toMatch(/^[A-Z2-9]{10}$/);
    const pia = await s.newcomer("Pia");
    const joined = await co.acceptInvite(s.deps, pia.personId, (inv.code ?? "").toLowerCase());
    expect(joined).toMatchObject({ orgId: s.org.id, needsWaiver: false });
    expect(joined.program.welcomeMessage).toBe("Welcome aboard!");
    expect(joined.client).toMatchObject({
      status: "active",
      personId: pia.personId,
      startDate: "2026-11-23",
    });
    const m = await s.prisma.membership.findUnique({
      where: { orgId_personId: { orgId: s.org.id, personId: pia.personId } },
    });
    expect(m?.role).toBe("member");
    const lists = await co.listClients(s.deps, s.coach, p.id);
    expect(lists.active.map((x) => x.id)).toEqual([c.id]);
    expect(lists.pending).toEqual([]);
  });

  it("codes are stored only hashed", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const inv = await co.inviteNewClient(s.deps, s.coach, { programId: p.id, name: "Bo", method: "link" });
    const code = inv.code ?? "";
    const row = await s.prisma.coachingInvite.findUniqueOrThrow({ where: { id: inv.invite.id } });
    expect(row.codeHash).toBe(hashInviteCode(code));
    const everything = JSON.stringify(
      await Promise.all([
        s.prisma.coachingInvite.findMany(),
        s.prisma.programClient.findMany(),
        s.prisma.outboxEvent.findMany({ select: { payload: true } }),
      ]),
    );
    expect(everything).not.toContain(code);
  });

  it("a code works once: a second use, by anyone, is refused as used", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const inv = await co.inviteNewClient(s.deps, s.coach, { programId: p.id, name: "Bo", method: "link" });
    const bo = await s.newcomer("Bo");
    const eve = await s.newcomer("Eve");
    await co.acceptInvite(s.deps, bo.personId, inv.code ?? "");
    await expect(co.acceptInvite(s.deps, bo.personId, inv.code ?? "")).rejects.toEqual(
      refusal(ErrorCode.InviteUsed),
    );
    await expect(co.acceptInvite(s.deps, eve.personId, inv.code ?? "")).rejects.toEqual(
      refusal(ErrorCode.InviteUsed),
    );
    const client = await s.prisma.programClient.findUniqueOrThrow({ where: { id: inv.client.id } });
    expect(client.personId).toBe(bo.personId);
  });

  it("two people redeeming one code at the same moment: exactly one joins", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const inv = await co.inviteNewClient(s.deps, s.coach, { programId: p.id, name: "Bo", method: "link" });
    const people = await Promise.all([s.newcomer("A"), s.newcomer("B"), s.newcomer("C")]);
    const results = await Promise.allSettled(
      people.map((x) => co.acceptInvite(s.deps, x.personId, inv.code ?? "")),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toEqual(refusal(ErrorCode.InviteUsed));
  });

  it("expired, revoked, replaced and unknown codes are each refused with their reason", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const bo = await s.newcomer("Bo");
    const expired = await co.inviteNewClient(s.deps, s.coach, {
      programId: p.id,
      name: "Old",
      method: "link",
    });
    const revoked = await co.inviteNewClient(s.deps, s.coach, {
      programId: p.id,
      name: "Rev",
      method: "link",
    });
    await co.revokeInvite(s.deps, s.coach, revoked.client.id);
    const first = await co.inviteNewClient(s.deps, s.coach, { programId: p.id, name: "Re", method: "link" });
    const resent = await co.inviteClient(s.deps, s.coach, { clientId: first.client.id, method: "link" });
    expect(resent.code).not.toBe(first.code);
    s.clock.advance(15 * DAY_MS);
    await expect(co.acceptInvite(s.deps, bo.personId, expired.code ?? "")).rejects.toEqual(
      refusal(ErrorCode.InviteExpired),
    );
    s.clock.advance(-15 * DAY_MS);
    await expect(co.acceptInvite(s.deps, bo.personId, revoked.code ?? "")).rejects.toEqual(
      refusal(ErrorCode.InviteRevoked),
    );
    await expect(co.acceptInvite(s.deps, bo.personId, first.code ?? "")).rejects.toEqual(
      refusal(ErrorCode.InviteRevoked),
    );
    for (const bad of ["", "nope", "ZZZZZZZZZZ", "'; drop table x"])
      await expect(co.acceptInvite(s.deps, bo.personId, bad)).rejects.toEqual(
        refusal(ErrorCode.InviteUnknown),
      );
    // None of it made Bo anybody's client or member.
    expect(await s.prisma.programClient.count({ where: { personId: bo.personId } })).toBe(0);
    expect(await s.prisma.membership.count({ where: { personId: bo.personId } })).toBe(0);
    // The resent code still works.
    expect((await co.acceptInvite(s.deps, bo.personId, resent.code ?? "")).client.status).toBe("active");
  });

  it("revoking with no open invite, inviting a joined client, or a draft program are refused", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const c = await co.addClient(s.deps, s.coach, { programId: p.id, name: "Pia" });
    await expect(co.revokeInvite(s.deps, s.coach, c.id)).rejects.toEqual(refusal(ErrorCode.InvalidInput));
    const joined = await s.joinedClient(p.id, "Jo");
    await expect(
      co.inviteClient(s.deps, s.coach, { clientId: joined.client.id, method: "link" }),
    ).rejects.toEqual(refusal(ErrorCode.Conflict));
    const draft = await co.createProgram(s.deps, s.coach, { name: "Draft", price: "1" });
    await expect(
      co.inviteNewClient(s.deps, s.coach, { programId: draft.id, name: "X", method: "link" }),
    ).rejects.toEqual(refusal(ErrorCode.InvalidInput));
    await expect(co.inviteClient(s.deps, s.coach, { clientId: c.id, method: "email" })).rejects.toEqual(
      refusal(ErrorCode.InvalidInput),
    );
  });

  it("e-mail invite without SMTP: the coach gets the text to forward; nothing is queued", async () => {
    const s = await buildCoachingStudio(getDb(), { mailEnabled: false });
    const p = await s.program();
    const r = await co.inviteNewClient(s.deps, s.coach, {
      programId: p.id,
      name: "Mo",
      email: "mo@example.com",
      method: "email",
    });
    expect(r.delivery).toBe("forward");
    expect(r.code).toMatch(/^[A-Z2-9]{10}$/);
    expect(await s.outboxKinds()).toEqual([]);
  });

  it("e-mail invite with SMTP: queued through the outbox with no code yet (it is minted when mailed)", async () => {
    const s = await buildCoachingStudio(getDb(), { mailEnabled: true });
    const p = await s.program();
    const r = await co.inviteNewClient(s.deps, s.coach, {
      programId: p.id,
      name: "Mo",
      email: "mo@example.com",
      method: "email",
    });
    expect(r).toMatchObject({ delivery: "email_queued", code: null });
    expect(await s.outboxKinds()).toEqual(["coaching.invite_email"]);
    const row = await s.prisma.coachingInvite.findUniqueOrThrow({ where: { id: r.invite.id } });
    expect(row).toMatchObject({ codeHash: null, mailStatus: "queued", method: "email" });
  });

  it("a waiver: joining shows it, the client sees nothing until they accept it, then is Active", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program(s.coach, "With waiver", "I accept the risks.");
    const inv = await co.inviteNewClient(s.deps, s.coach, { programId: p.id, name: "Wy", method: "link" });
    await co.writeSession(s.deps, s.coach, { clientId: inv.client.id, day: 1, title: "Run" });
    const wy = await s.newcomer("Wy");
    const joined = await co.acceptInvite(s.deps, wy.personId, inv.code ?? "");
    expect(joined).toMatchObject({ needsWaiver: true });
    expect(joined.program.waiver).toBe("I accept the risks.");
    expect(joined.client.status).toBe("pending");
    await expect(co.myWeek(s.deps, wy.actor)).rejects.toEqual(refusal(ErrorCode.NotFound));
    expect((await co.myCoaching(s.deps, wy.actor)).map((m) => m.needsWaiver)).toEqual([true]);
    // Somebody else pressing the Accept button with this client id changes nothing.
    await expect(co.acceptWaiver(s.deps, s.member, inv.client.id)).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
    const ok = await co.acceptWaiver(s.deps, wy.actor, inv.client.id);
    expect(ok.client.status).toBe("active");
    expect((await co.acceptWaiver(s.deps, wy.actor, inv.client.id)).client.status).toBe("active");
    expect((await co.myWeek(s.deps, wy.actor)).days[0]?.entries.map((e) => e.title)).toEqual(["Run"]);
  });

  it("a start date set by the coach is kept when the client joins later", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const c = await co.addClient(s.deps, s.coach, { programId: p.id, name: "Pia", startDate: "2026-11-30" });
    expect(c).toMatchObject({ startDate: "2026-11-30", startDateFixed: true });
    await expect(co.setStartDate(s.deps, s.coach, c.id, "2026-02-30")).rejects.toEqual(
      refusal(ErrorCode.InvalidInput),
    );
    const inv = await co.inviteClient(s.deps, s.coach, { clientId: c.id, method: "link" });
    const pia = await s.newcomer("Pia");
    expect((await co.acceptInvite(s.deps, pia.personId, inv.code ?? "")).client.startDate).toBe("2026-11-30");
  });

  it("clients of another coach or another organization are out of reach", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program(s.coach);
    const c = await co.addClient(s.deps, s.coach, { programId: p.id, name: "Pia" });
    for (const who of [s.coach2, s.otherCoach, s.member]) {
      for (const f of [
        () => co.inviteClient(s.deps, who, { clientId: c.id, method: "link" }),
        () => co.setHorizon(s.deps, who, c.id, 28),
        () => co.coachWeek(s.deps, who, { clientId: c.id }),
        () => co.writeSession(s.deps, who, { clientId: c.id, day: 1, title: "x" }),
      ])
        await expect(f()).rejects.toEqual(
          refusal(who === s.member ? ErrorCode.NotAllowed : ErrorCode.NotFound),
        );
    }
    // The admin of the organization may.
    expect((await co.setHorizon(s.deps, s.admin, c.id, 28)).visibleDays).toBe(28);
  });
});
