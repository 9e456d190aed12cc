import { expect, it } from "vitest";
import { ErrorCode } from "../../src/domain/errors.ts";
import { domainErrorReply } from "../../src/replies/error-reply.ts";
import * as uc from "../../src/use-cases/index.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { newPerson, openStudio } from "./open-studio.ts";

const refusal = (code: string) => expect.objectContaining({ name: "DomainError", code });

async function refusalText(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    const r = domainErrorReply(e as never);
    return r.lines.map((l) => (typeof l === "string" ? l : "")).join(" ");
  }
  throw new Error("expected a refusal");
}

describeOnBothBackends("staff", (getDb) => {
  it("an admin makes a known member a trainer by name and takes the role back", async () => {
    const s = await openStudio(getDb());
    const sam = await s.join("Sam");
    const r = await uc.addStaff(s.deps, s.admin, { target: { name: "sam" }, role: "trainer" });
    expect(r).toMatchObject({ kind: "granted", personId: sam.personId, role: "trainer", previous: "member" });
    const list = await uc.listStaff(s.deps, s.admin);
    expect(list.staff.map((p) => [p.displayName, p.role])).toEqual([
      ["Olivia", "admin"],
      ["Sam", "trainer"],
    ]);
    expect(await uc.removeStaff(s.deps, s.admin, { target: { personId: sam.personId } })).toMatchObject({
      kind: "removed",
      previous: "trainer",
    });
    expect(
      await s.db.prisma.membership.findUnique({
        where: { orgId_personId: { orgId: s.orgId, personId: sam.personId } },
      }),
    ).toMatchObject({ role: "member" });
  });

  it("someone mentioned before they ever talked to the bot gets the role when they first do (by account or by name)", async () => {
    const s = await openStudio(getDb());
    const uid = `tg-new-${Date.now()}`;
    expect(
      await uc.addStaff(s.deps, s.admin, {
        target: { platform: "telegram", platformUserId: uid, name: "Tara" },
        role: "trainer",
      }),
    ).toEqual({ kind: "pending", name: "Tara", role: "trainer" });
    await uc.addStaff(s.deps, s.admin, { target: { name: "Zed Admin" }, role: "admin" });
    expect((await uc.listStaff(s.deps, s.admin)).pending).toHaveLength(2);

    const tara = await s.db.prisma.person.create({
      data: { displayName: "Tara T", identities: { create: { platform: "telegram", platformUserId: uid } } },
    });
    const claim = { orgId: s.orgId, platform: "telegram" as const };
    expect(
      await uc.claimPendingRoles(s.deps, {
        ...claim,
        personId: tara.id,
        platformUserId: uid,
        displayName: "Tara T",
      }),
    ).toEqual({ role: "trainer", claimed: true });
    const zed = await newPerson(s.db, "Zed Admin");
    expect(
      await uc.claimPendingRoles(s.deps, {
        ...claim,
        personId: zed.personId,
        platformUserId: zed.platformUserId,
        displayName: "zed admin",
      }),
    ).toEqual({ role: "admin", claimed: true });
    // Claimed once: a second person with the same name gets nothing.
    const zed2 = await newPerson(s.db, "Zed Admin");
    expect(
      await uc.claimPendingRoles(s.deps, {
        ...claim,
        personId: zed2.personId,
        platformUserId: zed2.platformUserId,
        displayName: "Zed Admin",
      }),
    ).toEqual({ role: "member", claimed: false });
    expect((await uc.listStaff(s.deps, s.admin)).pending).toHaveLength(0);
  });

  it("the last admin cannot be removed or made a trainer, even by two admins removing each other at once", async () => {
    const s = await openStudio(getDb());
    expect(
      await refusalText(uc.removeStaff(s.deps, s.admin, { target: { personId: s.admin.personId } })),
    ).toMatch(/last admin/);
    await expect(
      uc.addStaff(s.deps, s.admin, { target: { personId: s.admin.personId }, role: "trainer" }),
    ).rejects.toEqual(refusal(ErrorCode.InvalidInput));
    const bea = await s.join("Bea", "admin");
    const results = await Promise.allSettled([
      uc.removeStaff(s.deps, s.admin, { target: { personId: bea.personId } }),
      uc.removeStaff(s.deps, bea, { target: { personId: s.admin.personId } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await s.db.prisma.membership.count({ where: { orgId: s.orgId, role: "admin" } })).toBe(1);
  });

  it("trainers and members cannot touch staff or settings, and nothing changes", async () => {
    const s = await openStudio(getDb());
    const tom = await s.join("Tom", "trainer");
    const mia = await s.join("Mia");
    const before = await s.db.prisma.membership.findMany({
      where: { orgId: s.orgId },
      orderBy: { personId: "asc" },
    });
    for (const who of [tom, mia]) {
      await expect(
        uc.addStaff(s.deps, who, { target: { personId: who.personId }, role: "admin" }),
      ).rejects.toEqual(refusal(ErrorCode.NotAllowed));
      await expect(uc.removeStaff(s.deps, who, { target: { personId: s.admin.personId } })).rejects.toEqual(
        refusal(ErrorCode.NotAllowed),
      );
      await expect(uc.listStaff(s.deps, who)).rejects.toEqual(refusal(ErrorCode.NotAllowed));
      await expect(uc.updateSettings(s.deps, who, { name: "Mine" })).rejects.toEqual(
        refusal(ErrorCode.NotAllowed),
      );
      await expect(uc.showSettings(s.deps, who)).rejects.toEqual(refusal(ErrorCode.NotAllowed));
    }
    expect(await refusalText(uc.updateSettings(s.deps, tom, { name: "Mine" }))).toMatch(/Only studio admins/);
    expect(
      await s.db.prisma.membership.findMany({ where: { orgId: s.orgId }, orderBy: { personId: "asc" } }),
    ).toEqual(before);
    expect((await uc.showSettings(s.deps, s.admin)).name).toBe("New studio");
  });
});

describeOnBothBackends("settings", (getDb) => {
  it("name, timezone, language, reminders and grant policy are set; every bad value names its field", async () => {
    const s = await openStudio(getDb());
    const r = await uc.updateSettings(s.deps, s.admin, {
      name: "Riverside Gym",
      timezone: "Europe/Lisbon",
      locale: "pt-PT",
      reminderMinutesBefore: 120,
      passGrantPolicy: "admins",
    });
    expect(r.settings).toMatchObject({
      name: "Riverside Gym",
      timezone: "Europe/Lisbon",
      locale: "pt-PT",
      reminderMinutesBefore: 120,
      passGrantPolicy: "admins",
    });
    expect(
      (await uc.updateSettings(s.deps, s.admin, { reminderMinutesBefore: null })).settings
        .reminderMinutesBefore,
    ).toBeNull();
    expect(await refusalText(uc.updateSettings(s.deps, s.admin, { timezone: "Mars/Olympus" }))).toBe(
      "Timezone must be an IANA timezone name, like Europe/Lisbon or America/New_York.",
    );
    expect(await refusalText(uc.updateSettings(s.deps, s.admin, { timezone: "+02:00" }))).toMatch(
      /^Timezone must be/,
    );
    expect(await refusalText(uc.updateSettings(s.deps, s.admin, { locale: "klingon" }))).toMatch(
      /^Language must be one of: en-GB, /,
    );
    expect(await refusalText(uc.updateSettings(s.deps, s.admin, { reminderMinutesBefore: 2 }))).toBe(
      "Reminder lead time (minutes) must be a whole number from 5 to 10080.",
    );
    expect(await refusalText(uc.updateSettings(s.deps, s.admin, { passGrantPolicy: "everyone" }))).toBe(
      "Who may grant passes must be one of: staff (trainers and admins), admins (admins only).",
    );
    // A refused change with a good field beside it changes nothing.
    await expect(uc.updateSettings(s.deps, s.admin, { name: "Other", timezone: "Nowhere" })).rejects.toEqual(
      refusal(ErrorCode.InvalidInput),
    );
    expect((await uc.showSettings(s.deps, s.admin)).name).toBe("Riverside Gym");
  });

  it("changing the timezone keeps every session at its instant and says how many now read differently", async () => {
    const s = await openStudio(getDb());
    await uc.updateSettings(s.deps, s.admin, { timezone: "Europe/Berlin" });
    const yoga = await uc.createTrainingType(s.deps, s.admin, { name: "Yoga" });
    const tpl = await uc.createTemplate(s.deps, s.admin, {
      name: "Flow",
      trainingTypeId: yoga.id,
      durationMinutes: 60,
      capacity: 8,
    });
    await uc.createSchedule(s.deps, s.admin, {
      templateId: tpl.id,
      weekdays: [2, 4],
      startTime: "09:00",
      startDate: "2026-11-23",
      weeks: 2,
    });
    const before = await s.db.prisma.occurrence.findMany({
      where: { orgId: s.orgId },
      orderBy: { startsAt: "asc" },
    });
    const r = await uc.updateSettings(s.deps, s.admin, { timezone: "Europe/Lisbon" });
    expect(r.timezoneChange).toEqual({ from: "Europe/Berlin", to: "Europe/Lisbon", upcomingSessions: 4 });
    const after = await s.db.prisma.occurrence.findMany({
      where: { orgId: s.orgId },
      orderBy: { startsAt: "asc" },
    });
    expect(after.map((o) => o.startsAt.getTime())).toEqual(before.map((o) => o.startsAt.getTime()));
    expect(after[0]?.startsAt.getTime()).toBe(Date.parse("2026-11-24T08:00:00Z"));
    expect(before.length).toBe(4);
  });
});
