import { expect, it } from "vitest";
import { ErrorCode } from "../../src/domain/errors.ts";
import * as co from "../../src/use-cases/coaching/index.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { buildCoachingStudio, DAY_MS, refusal } from "./coaching-studio.ts";

type S = Awaited<ReturnType<typeof buildCoachingStudio>>;

/** Writes "D<n>" on each day from..to of a client's calendar. */
async function writeDays(s: S, clientId: string, from: number, to: number) {
  const ids: string[] = [];
  for (let d = from; d <= to; d++)
    ids.push(
      (await co.writeSession(s.deps, s.coach, { clientId, day: d, title: `D${d}`, body: `Block ${d}` })).entry
        .id,
    );
  return ids;
}

const titles = (v: { days: Array<{ entries: Array<{ title: string }> }> }) =>
  v.days.flatMap((d) => d.entries.map((e) => e.title));

describeOnBothBackends("1-2-1 calendars and the visibility horizon", (getDb) => {
  it("days are counted from the client's own Week 1 Day 1, with their local dates", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const jo = await s.joinedClient(p.id, "Jo");
    await writeDays(s, jo.client.id, 1, 14);
    const w2 = await co.coachWeek(s.deps, s.coach, { clientId: jo.client.id, week: 2 });
    expect(w2.days.map((d) => [d.label, d.date])).toEqual([
      ["Week 2 Day 1", "2026-11-30"],
      ["Week 2 Day 2", "2026-12-01"],
      ["Week 2 Day 3", "2026-12-02"],
      ["Week 2 Day 4", "2026-12-03"],
      ["Week 2 Day 5", "2026-12-04"],
      ["Week 2 Day 6", "2026-12-05"],
      ["Week 2 Day 7", "2026-12-06"],
    ]);
    expect(titles(w2)).toEqual(["D8", "D9", "D10", "D11", "D12", "D13", "D14"]);
  });

  it("the training text keeps its line breaks; titles are one line", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const jo = await s.joinedClient(p.id, "Jo");
    const body = "Warm-up: 10 min\n\nA1 Squat 5x5 @ 80kg\nA2 Plank 3x45s";
    const w = await co.writeSession(s.deps, s.coach, {
      clientId: jo.client.id,
      day: 1,
      title: "Lower\nbody",
      body,
    });
    expect(w.entry).toMatchObject({ title: "Lower body", body });
    const day = await co.myDay(s.deps, jo.actor);
    expect(day.days[0]?.entries[0]?.body).toBe(body);
  });

  it("with the default 7-day horizon the client sees exactly days 1-7 on the start day, day 8 the next day", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const jo = await s.joinedClient(p.id, "Jo");
    await writeDays(s, jo.client.id, 1, 14);
    const w1 = await co.myWeek(s.deps, jo.actor);
    expect(w1).toMatchObject({ week: 1, lastVisibleDay: 7, today: 1, hasNext: false, hasPrevious: false });
    expect(titles(w1)).toEqual(["D1", "D2", "D3", "D4", "D5", "D6", "D7"]);
    await expect(co.myWeek(s.deps, jo.actor, { week: 2 })).rejects.toEqual(refusal(ErrorCode.NotVisibleYet));
    await expect(co.myDay(s.deps, jo.actor, { day: 8 })).rejects.toEqual(refusal(ErrorCode.NotVisibleYet));
    s.clock.advance(DAY_MS);
    const w2 = await co.myWeek(s.deps, jo.actor, { week: 2 });
    expect(titles(w2)).toEqual(["D8"]);
    expect(w2.days).toHaveLength(1);
    expect(titles(await co.myDay(s.deps, jo.actor))).toEqual(["D2"]);
    // The coach always sees everything.
    expect(titles(await co.coachWeek(s.deps, s.coach, { clientId: jo.client.id, week: 2 }))).toHaveLength(7);
  });

  it("the coach changes the horizon at any time and it applies at once", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const jo = await s.joinedClient(p.id, "Jo");
    await writeDays(s, jo.client.id, 1, 30);
    await co.setHorizon(s.deps, s.coach, jo.client.id, 28);
    expect(titles(await co.myWeek(s.deps, jo.actor, { week: 4 }))).toHaveLength(7);
    await expect(co.myWeek(s.deps, jo.actor, { week: 5 })).rejects.toEqual(refusal(ErrorCode.NotVisibleYet));
    await co.setHorizon(s.deps, s.coach, jo.client.id, 1);
    expect(titles(await co.myWeek(s.deps, jo.actor))).toEqual(["D1"]);
    for (const bad of [0, -3, 1.5, 367])
      await expect(co.setHorizon(s.deps, s.coach, jo.client.id, bad)).rejects.toEqual(
        refusal(ErrorCode.InvalidInput),
      );
  });

  it("forged ids: a client never reads another client's calendar or a session beyond the horizon", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const jo = await s.joinedClient(p.id, "Jo");
    const al = await s.joinedClient(p.id, "Al");
    const joIds = await writeDays(s, jo.client.id, 1, 10);
    const alIds = await writeDays(s, al.client.id, 1, 3);
    // Al forges Jo's client id and session ids.
    await expect(co.myWeek(s.deps, al.actor, { clientId: jo.client.id })).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
    await expect(co.myDay(s.deps, al.actor, { clientId: jo.client.id, day: 1 })).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
    for (const id of joIds)
      await expect(co.mySession(s.deps, al.actor, { entryId: id })).rejects.toEqual(
        refusal(ErrorCode.NotFound),
      );
    // Jo's own session beyond the horizon looks exactly like a missing one.
    await expect(co.mySession(s.deps, jo.actor, { entryId: joIds[8] ?? "" })).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
    expect((await co.mySession(s.deps, jo.actor, { entryId: joIds[6] ?? "" })).entry.title).toBe("D7");
    expect((await co.mySession(s.deps, al.actor, { entryId: alIds[0] ?? "" })).entry.title).toBe("D1");
    // Clients cannot write, move or delete anything, not even in their own calendar.
    await expect(co.moveSession(s.deps, jo.actor, { entryId: joIds[0] ?? "", toDay: 3 })).rejects.toEqual(
      refusal(ErrorCode.NotAllowed),
    );
    await expect(co.deleteSession(s.deps, jo.actor, { entryId: joIds[0] ?? "" })).rejects.toEqual(
      refusal(ErrorCode.NotAllowed),
    );
    // A member who is nobody's client, and anybody from another organization, see nothing.
    await expect(co.myWeek(s.deps, s.member)).rejects.toEqual(refusal(ErrorCode.NotFound));
    const outsider = { ...jo.actor, orgId: s.other.id };
    await expect(co.myWeek(s.deps, outsider)).rejects.toEqual(refusal(ErrorCode.NotFound));
    await expect(co.mySession(s.deps, outsider, { entryId: joIds[0] ?? "" })).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
    await expect(
      co.editSession(s.deps, s.otherCoach, { entryId: joIds[0] ?? "", title: "x" }),
    ).rejects.toEqual(refusal(ErrorCode.NotFound));
  });

  it("a pending client's calendar is readable by nobody but the coach", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const c = await co.addClient(s.deps, s.coach, { programId: p.id, name: "Pia" });
    const [id] = await writeDays(s, c.id, 1, 1);
    await expect(co.mySession(s.deps, s.member, { entryId: id ?? "" })).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
    await expect(co.myWeek(s.deps, s.member, { clientId: c.id })).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
    const w = await co.coachWeek(s.deps, s.coach, { clientId: c.id });
    expect(w).toMatchObject({ week: 1, lastVisibleDay: null });
    expect(w.days[0]).toMatchObject({ label: "Week 1 Day 1", date: null });
  });

  it("the coach edits, moves and deletes sessions; several sessions a day keep their order", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const c = await co.addClient(s.deps, s.coach, { programId: p.id, name: "Pia" });
    const a = (await co.writeSession(s.deps, s.coach, { clientId: c.id, day: 2, title: "AM run" })).entry;
    const b = (await co.writeSession(s.deps, s.coach, { clientId: c.id, day: 2, title: "PM lift" })).entry;
    await co.editSession(s.deps, s.coach, { entryId: a.id, body: "5 km easy" });
    const moved = await co.moveSession(s.deps, s.coach, { entryId: a.id, toDay: 4 });
    expect(moved).toMatchObject({ fromDay: 2, entry: { day: 4, body: "5 km easy" } });
    await co.deleteSession(s.deps, s.coach, { entryId: b.id });
    const w = await co.coachWeek(s.deps, s.coach, { clientId: c.id, week: 1 });
    expect(w.days.map((d) => d.entries.map((e) => e.title))).toEqual([[], [], [], ["AM run"], [], [], []]);
    await expect(co.deleteSession(s.deps, s.coach, { entryId: b.id })).rejects.toEqual(
      refusal(ErrorCode.NotFound),
    );
    for (const day of [0, -1, 2.5, 5000])
      await expect(co.moveSession(s.deps, s.coach, { entryId: a.id, toDay: day })).rejects.toEqual(
        refusal(ErrorCode.InvalidInput),
      );
    await expect(co.writeSession(s.deps, s.coach, { clientId: c.id, day: 1, title: "  " })).rejects.toEqual(
      refusal(ErrorCode.InvalidInput),
    );
  });

  it("the coach copies a week from one client to another; the source stays as it was", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const a = await co.addClient(s.deps, s.coach, { programId: p.id, name: "A" });
    const b = await co.addClient(s.deps, s.coach, { programId: p.id, name: "B" });
    await writeDays(s, a.id, 8, 10);
    await co.writeSession(s.deps, s.coach, { clientId: b.id, day: 22, title: "B's own" });
    const r = await co.copyWeek(s.deps, s.coach, {
      fromClientId: a.id,
      fromWeek: 2,
      toClientId: b.id,
      toWeek: 4,
    });
    expect(r.copied).toBe(3);
    const w4 = await co.coachWeek(s.deps, s.coach, { clientId: b.id, week: 4 });
    expect(w4.days.map((d) => d.entries.map((e) => `${e.title}|${e.body}`))).toEqual([
      ["B's own|", "D8|Block 8"],
      ["D9|Block 9"],
      ["D10|Block 10"],
      [],
      [],
      [],
      [],
    ]);
    expect(titles(await co.coachWeek(s.deps, s.coach, { clientId: a.id, week: 2 }))).toEqual([
      "D8",
      "D9",
      "D10",
    ]);
    // Another coach's client is neither a source nor a target.
    const other = await co.addClient(s.deps, s.coach2, {
      programId: (await s.program(s.coach2, "Carl")).id,
      name: "C",
    });
    await expect(
      co.copyWeek(s.deps, s.coach, { fromClientId: other.id, fromWeek: 1, toClientId: b.id }),
    ).rejects.toEqual(refusal(ErrorCode.NotFound));
    await expect(
      co.copyWeek(s.deps, s.coach, { fromClientId: a.id, fromWeek: 2, toClientId: other.id }),
    ).rejects.toEqual(refusal(ErrorCode.NotFound));
  });

  it("changes to sessions the client can already see are announced; pending clients and unseen days are not", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const pending = await co.addClient(s.deps, s.coach, { programId: p.id, name: "Pia" });
    const pe = (await co.writeSession(s.deps, s.coach, { clientId: pending.id, day: 1, title: "P1" })).entry;
    await co.editSession(s.deps, s.coach, { entryId: pe.id, title: "P1b" });
    await co.moveSession(s.deps, s.coach, { entryId: pe.id, toDay: 2 });
    expect(await s.outboxKinds()).toEqual([]);

    const jo = await s.joinedClient(p.id, "Jo");
    const ids = await writeDays(s, jo.client.id, 3, 9);
    const d3 = ids[0];
    const d9 = ids[6];
    // Day 3 is visible: adding it was news; days 8 and 9 are not visible yet: not news.
    const changes = async () =>
      (
        await s.prisma.outboxEvent.findMany({
          where: { kind: "coaching.session_changed", orgId: s.org.id },
          orderBy: { id: "asc" },
        })
      ).map((r) => r.payload as { change: string; fromDay: number; toDay: number | null; title: string });
    expect((await changes()).map((c) => [c.change, c.fromDay])).toEqual([
      ["added", 3],
      ["added", 4],
      ["added", 5],
      ["added", 6],
      ["added", 7],
    ]);
    await co.editSession(s.deps, s.coach, { entryId: d9 ?? "", body: "unseen change" });
    await co.moveSession(s.deps, s.coach, { entryId: d3 ?? "", toDay: 20 });
    await co.deleteSession(s.deps, s.coach, { entryId: d9 ?? "" });
    expect((await changes()).slice(5)).toEqual([
      expect.objectContaining({ change: "moved", fromDay: 3, toDay: null, title: "D3" }),
    ]);
  });
});
