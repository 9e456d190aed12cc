import { expect, it } from "vitest";
import { fanOutOutboxEvent } from "../../src/notices/fan-out.ts";
import { sendDelivery } from "../../src/notices/send-delivery.ts";
import { lineText, type Reply } from "../../src/ports/chat.ts";
import * as co from "../../src/use-cases/coaching/index.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { processorDeps } from "../notices/harness.ts";
import { createRecordingSender } from "../notices/recording-sender.ts";
import { buildCoachingStudio, DAY_MS } from "./coaching-studio.ts";

type S = Awaited<ReturnType<typeof buildCoachingStudio>>;

/** Everything a reply says, as plain text lines. */
const textOf = (r: Reply): string[] => [
  ...(r.title ? [r.title] : []),
  ...r.lines.map(lineText),
  ...(r.sections ?? []).flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.lines.map(lineText)]),
];

/** Relays this organization's new outbox rows through the real fan-out and delivery processors. */
async function drain(s: S, sender: ReturnType<typeof createRecordingSender>) {
  const { fanOut, send } = processorDeps(s.prisma, [sender], s.clock);
  const rows = await s.prisma.outboxEvent.findMany({
    where: { orgId: s.org.id, relayedAt: null },
    orderBy: { id: "asc" },
  });
  for (const r of rows) {
    for (const d of await fanOutOutboxEvent(fanOut, r.id)) await sendDelivery(send, d.key);
    await s.prisma.outboxEvent.update({ where: { id: r.id }, data: { relayedAt: s.clock.now() } });
  }
}

async function joinedWithChat(
  s: S,
  programId: string,
  name: string,
  write?: (clientId: string) => Promise<void>,
) {
  const pending = await co.addClient(s.deps, s.coach, { programId, name });
  await write?.(pending.id);
  const inv = await co.inviteClient(s.deps, s.coach, { clientId: pending.id, method: "link" });
  const who = await s.newcomer(name);
  const joined = await co.acceptInvite(s.deps, who.personId, inv.code ?? "");
  await s.prisma.platformIdentity.create({
    data: { platform: "console", platformUserId: `console-${who.personId}`, personId: who.personId },
  });
  return { ...who, client: joined.client };
}

/** The scan runs over every organization (the test database is shared): count this one's digests. */
async function scan(s: S): Promise<number> {
  const before = await s.prisma.outboxEvent.count({ where: { orgId: s.org.id, kind: "coaching.digest" } });
  await co.scanCoachingDigests(s.deps);
  return (await s.prisma.outboxEvent.count({ where: { orgId: s.org.id, kind: "coaching.digest" } })) - before;
}

const at = (iso: string) => new Date(iso);

describeOnBothBackends("1-2-1 digest and change notices", (getDb) => {
  it("the next day's digest, at the coach's time, lists exactly the day that became visible, once", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    await co.setDigestTime(s.deps, s.coach, p.id, "06:30");
    // Two weeks written while Jo is still pending: nothing is sent for them.
    const jo = await joinedWithChat(s, p.id, "Jo", async (clientId) => {
      for (let d = 1; d <= 14; d++)
        await co.writeSession(s.deps, s.coach, {
          clientId,
          day: d,
          title: `D${d}`,
          body: `Line A\nLine B ${d}`,
        });
    });
    const sender = createRecordingSender("console");
    // Joining day, after the digest time: the client has just seen days 1-7; no digest today.
    expect(await scan(s)).toBe(0);
    await drain(s, sender);
    expect(sender.sent).toEqual([]);
    // Tuesday 06:00 Berlin: before the digest time.
    s.clock.set(at("2026-11-24T05:00:00Z"));
    expect(await scan(s)).toBe(0);
    // Tuesday 06:30 Berlin: day 8 became visible.
    s.clock.set(at("2026-11-24T05:30:00Z"));
    expect(await scan(s)).toBe(1);
    expect(await scan(s)).toBe(0);
    await drain(s, sender);
    expect(sender.sent).toHaveLength(1);
    const text = textOf(sender.sent[0]?.reply as Reply);
    expect(text).toContain("Week 2 Day 1 · Mon 30 Nov 2026");
    expect(text).toContain("D8");
    expect(text).toContain("  Line B 8");
    expect(text.join("\n")).not.toMatch(/D9|D7\b/);
    expect(sender.sent[0]?.target).toEqual({
      kind: "direct",
      platform: "console",
      platformUserId: `console-${jo.personId}`,
    });
    // Later the same day: nothing more.
    s.clock.set(at("2026-11-24T20:00:00Z"));
    await co.scanCoachingDigests(s.deps);
    await drain(s, sender);
    expect(sender.sent).toHaveLength(1);
  });

  it("a wider horizon: the next digest announces all newly visible days in one message; empty days send nothing", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const jo = await joinedWithChat(s, p.id, "Jo", async (clientId) => {
      await co.writeSession(s.deps, s.coach, { clientId, day: 10, title: "Ten" });
      await co.writeSession(s.deps, s.coach, { clientId, day: 12, title: "Twelve" });
      await co.writeSession(s.deps, s.coach, { clientId, day: 30, title: "Thirty" });
    });
    const sender = createRecordingSender("console");
    s.clock.set(at("2026-11-24T07:00:00Z")); // day 2: day 8 visible, nothing on it
    expect(await scan(s)).toBe(0);
    await co.setHorizon(s.deps, s.coach, jo.client.id, 14);
    s.clock.set(at("2026-11-25T07:00:00Z")); // day 3: visible through day 16
    expect(await scan(s)).toBe(1);
    await drain(s, sender);
    const text = textOf(sender.sent[0]?.reply as Reply).join("\n");
    expect(text).toContain("Ten");
    expect(text).toContain("Twelve");
    expect(text).not.toContain("Thirty");
  });

  it("pending clients get no digest and no change notices; another client never hears of this calendar", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const pending = await co.addClient(s.deps, s.coach, { programId: p.id, name: "Pia" });
    await co.writeSession(s.deps, s.coach, { clientId: pending.id, day: 1, title: "P" });
    const al = await joinedWithChat(s, p.id, "Al");
    const jo = await joinedWithChat(s, p.id, "Jo");
    const sender = createRecordingSender("console");
    const e = await co.writeSession(s.deps, s.coach, {
      clientId: jo.client.id,
      day: 2,
      title: "Jo's run",
      body: "8 km",
    });
    await co.editSession(s.deps, s.coach, { entryId: e.entry.id, body: "10 km\nnegative split" });
    await co.moveSession(s.deps, s.coach, { entryId: e.entry.id, toDay: 4 });
    await co.deleteSession(s.deps, s.coach, { entryId: e.entry.id });
    s.clock.set(at("2026-11-24T07:00:00Z"));
    await co.scanCoachingDigests(s.deps);
    await drain(s, sender);
    const to = (personId: string) =>
      sender.sent.filter(
        (x) => x.target.kind === "direct" && x.target.platformUserId === `console-${personId}`,
      );
    expect(to(al.personId)).toEqual([]);
    const jos = to(jo.personId).map((x) => textOf(x.reply).join("\n"));
    expect(jos).toHaveLength(4);
    expect(jos[0]).toContain("New session on Week 1 Day 2");
    // The notice states the facts of its moment; the edit shows the session as it is when sent.
    expect(jos[1]).toContain("Updated session on Week 1 Day 2");
    expect(jos[2]).toContain(
      '"Jo\'s run" moved from Week 1 Day 2 · Tue 24 Nov 2026 to Week 1 Day 4 · Thu 26 Nov 2026.',
    );
    expect(jos[3]).toContain('"Jo\'s run" on Week 1 Day 4 · Thu 26 Nov 2026 was removed.');
    expect(sender.sent).toHaveLength(4);
  });

  it("a change notice for a client who has since left is skipped, not sent", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const jo = await joinedWithChat(s, p.id, "Jo");
    await co.writeSession(s.deps, s.coach, { clientId: jo.client.id, day: 1, title: "Run" });
    await s.prisma.programClient.update({ where: { id: jo.client.id }, data: { status: "archived" } });
    const sender = createRecordingSender("console");
    await drain(s, sender);
    expect(sender.sent).toEqual([]);
    const skipped = await s.prisma.noticeDelivery.findMany({ where: { orgId: s.org.id } });
    expect(skipped.map((d) => d.status)).toEqual(["skipped"]);
  });

  it("moving a visible session beyond the horizon does not reveal where it went", async () => {
    const s = await buildCoachingStudio(getDb());
    const p = await s.program();
    const jo = await joinedWithChat(s, p.id, "Jo");
    const e = await co.writeSession(s.deps, s.coach, { clientId: jo.client.id, day: 2, title: "Tempo" });
    s.clock.advance(DAY_MS / 24);
    await co.moveSession(s.deps, s.coach, { entryId: e.entry.id, toDay: 20 });
    const sender = createRecordingSender("console");
    await drain(s, sender);
    const last = textOf(sender.sent.at(-1)?.reply as Reply).join("\n");
    expect(last).toContain("moved to a later day");
    expect(last).not.toMatch(/Week 3|Day 20|Dec 2026/);
  });
});
