import { expect, it } from "vitest";
import { ErrorCode } from "../../src/domain/errors.ts";
import * as co from "../../src/use-cases/coaching/index.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { buildCoachingStudio, refusal } from "./coaching-studio.ts";

describeOnBothBackends("1-2-1 programs", (getDb) => {
  it("a coach creates a program as a draft with its texts and price, then publishes it", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await co.createProgram(s.deps, s.coach, {
      name: "  1-2-1   Premium ",
      price: "149,50",
      currency: "gbp",
      description: "More check-ins",
      welcomeMessage: "Hello!\nWe start Monday.",
      waiver: "I train at my own risk.",
    });
    expect(p).toMatchObject({
      name: "1-2-1 Premium",
      priceCents: 14950,
      currency: "GBP",
      welcomeMessage: "Hello!\nWe start Monday.",
      waiver: "I train at my own risk.",
      status: "draft",
      coachId: s.coach.personId,
    });
    expect((await co.publishProgram(s.deps, s.coach, p.id)).status).toBe("published");
    expect((await co.publishProgram(s.deps, s.coach, p.id)).status).toBe("published");
  });

  it("bad program input is refused with the field named, and nothing is created", async () => {
    const s = await buildCoachingStudio(getDb());
    const bad = [
      { name: "", price: "10" },
      { name: "X", price: "ten" },
      { name: "X", price: "-5" },
      { name: "X", price: "10", currency: "EURO" },
      { name: "X".repeat(81), price: "10" },
    ];
    for (const input of bad)
      await expect(co.createProgram(s.deps, s.coach, input)).rejects.toEqual(refusal(ErrorCode.InvalidInput));
    expect(await s.prisma.coachingProgram.count({ where: { orgId: s.org.id } })).toBe(0);
  });

  it("members cannot create or list programs", async () => {
    const s = await buildCoachingStudio(getDb());
    await expect(co.createProgram(s.deps, s.member, { name: "Mine", price: "1" })).rejects.toEqual(
      refusal(ErrorCode.NotAllowed),
    );
    await expect(co.listPrograms(s.deps, s.member)).rejects.toEqual(refusal(ErrorCode.NotAllowed));
  });

  it("a coach edits a program; an empty waiver removes it; an archived program cannot be edited", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program(s.coach, "Standard", "Waiver text");
    const e = await co.editProgram(s.deps, s.coach, p.id, { price: "180", waiver: "", welcomeMessage: "Hi" });
    expect(e).toMatchObject({ priceCents: 18000, waiver: null, welcomeMessage: "Hi", name: "Standard" });
    await expect(co.editProgram(s.deps, s.coach, p.id, {})).rejects.toEqual(refusal(ErrorCode.InvalidInput));
    await co.archiveProgram(s.deps, s.coach, p.id);
    await expect(co.editProgram(s.deps, s.coach, p.id, { name: "Back" })).rejects.toEqual(
      refusal(ErrorCode.ProgramArchived),
    );
  });

  it("a duplicate program can be archived only once it has no clients: move them, then archive", async () => {
    const s = await buildCoachingStudio(getDb());
    const right = await s.program(s.coach, "1-2-1 £200");
    const dup = await s.program(s.coach, "1-2-1 £200 (copy)");
    const c = await co.addClient(s.deps, s.coach, { programId: dup.id, name: "Pia Pending" });
    const w = await co.writeSession(s.deps, s.coach, {
      clientId: c.id,
      day: 1,
      title: "Squats",
      body: "5x5",
    });
    await expect(co.archiveProgram(s.deps, s.coach, dup.id)).rejects.toEqual(
      refusal(ErrorCode.ProgramHasClients),
    );
    const moved = await co.moveClient(s.deps, s.coach, c.id, right.id);
    expect(moved.client.programId).toBe(right.id);
    expect((await co.archiveProgram(s.deps, s.coach, dup.id)).status).toBe("archived");
    // The calendar moved with the client, untouched.
    const week = await co.coachWeek(s.deps, s.coach, { clientId: c.id, week: 1 });
    expect(week.program.id).toBe(right.id);
    expect(week.days[0]?.entries.map((e) => e.id)).toEqual([w.entry.id]);
    // Archived programs drop out of the list and take no new clients.
    expect((await co.listPrograms(s.deps, s.coach)).map((p) => p.id)).toEqual([right.id]);
    await expect(co.addClient(s.deps, s.coach, { programId: dup.id, name: "Late" })).rejects.toEqual(
      refusal(ErrorCode.ProgramArchived),
    );
    await expect(co.moveClient(s.deps, s.coach, c.id, dup.id)).rejects.toEqual(
      refusal(ErrorCode.ProgramArchived),
    );
  });

  it("a trainer sees only their own programs; an admin sees all; another organization sees none", async () => {
    const s = await buildCoachingStudio(getDb());
    const mine = await s.program(s.coach, "Cora's");
    const theirs = await s.program(s.coach2, "Carl's");
    expect((await co.listPrograms(s.deps, s.coach)).map((p) => p.id)).toEqual([mine.id]);
    expect((await co.listPrograms(s.deps, s.admin)).map((p) => p.id)).toEqual([mine.id, theirs.id]);
    await expect(co.getProgram(s.deps, s.coach, theirs.id)).rejects.toEqual(refusal(ErrorCode.NotFound));
    await expect(co.editProgram(s.deps, s.coach, theirs.id, { name: "Mine now" })).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
    expect(await co.listPrograms(s.deps, s.otherCoach)).toEqual([]);
    for (const f of [
      () => co.getProgram(s.deps, s.otherCoach, mine.id),
      () => co.archiveProgram(s.deps, s.otherCoach, mine.id),
      () => co.addClient(s.deps, s.otherCoach, { programId: mine.id, name: "Spy" }),
      () => co.listClients(s.deps, s.otherCoach, mine.id),
    ])
      await expect(f()).rejects.toEqual(refusal(ErrorCode.NotFound));
  });

  it("the digest time is set per program as a local time, and refused when it is not a time", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    expect(p.digestMinute).toBe(7 * 60);
    expect((await co.setDigestTime(s.deps, s.coach, p.id, "6:45")).digestMinute).toBe(6 * 60 + 45);
    for (const t of ["25:00", "7", "seven"])
      await expect(co.setDigestTime(s.deps, s.coach, p.id, t)).rejects.toEqual(
        refusal(ErrorCode.InvalidInput),
      );
  });
});
