import { expect, it } from "vitest";
import { buildCore } from "../../src/app/build-core.ts";
import { guideForms } from "../../src/handlers/studio/guided-form.ts";
import type { StudioContext } from "../../src/handlers/studio/studio-context.ts";
import { decodeButton, encodeButton } from "../../src/intents/button-codec.ts";
import type { IncomingInput } from "../../src/ports/chat.ts";
import { lineText, type Reply } from "../../src/ports/chat.ts";
import { namedEntryForm } from "../../src/replies/studio/forms.ts";
import * as uc from "../../src/use-cases/index.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { memoryLog } from "../chat/harness.ts";
import { appPlatforms } from "../support/platforms.ts";
import { openStudio } from "./open-studio.ts";

/**
 * Guided questions (Telegram, the console): the sequence lives in ConversationState, each step is an
 * admin action, and a trainer's or member's command, answer or forged tap changes nothing.
 */
describeOnBothBackends("guided studio questions", (getDb) => {
  async function rig() {
    const s = await openStudio(getDb());
    const core = buildCore({
      store: s.deps.store,
      clock: s.deps.clock,
      prisma: s.db.prisma,
      log: memoryLog(),
    }).core;
    await uc.createTrainingType(s.deps, s.admin, { name: "Yoga" });
    const account = async (personId: string) =>
      (await s.db.prisma.platformIdentity.findFirstOrThrow({ where: { personId } })).platformUserId;
    let n = 0;
    let last: Reply[] = [];
    const send = async (platformUserId: string, input: IncomingInput, platform = "telegram") => {
      last = await core.handle({
        platform: platform as "telegram",
        eventId: `g-${n++}-${Math.random()}`,
        user: { platformUserId, displayName: "x" },
        conversation: { workspaceId: s.workspaceId, channelId: "grp", isDirect: false },
        input,
      });
      return last.flatMap((r) => r.lines.map(lineText)).join("\n");
    };
    const text = (who: string, t: string, platform?: string) =>
      send(who, { kind: "text", text: t }, platform);
    const command = (who: string, line: string, platform?: string) => {
      const m = /^\/(\S+)\s*(.*)$/.exec(line);
      return send(who, { kind: "command", name: m?.[1] ?? "", args: m?.[2] ?? "" }, platform);
    };
    const buttons = () => last.flatMap((r) => (r.buttons ?? []).flat());
    return { s, core, account, text, command, send, buttons, owner: s.owner.platformUserId };
  }

  it("asks field by field, refuses a bad answer with the reason and asks again, skips, and survives a restart", async () => {
    const r = await rig();
    expect(await r.command(r.owner, "/template add")).toMatch(
      /A new template: what a class is\.\nNew template, question 1 of 5: Name\n1 to 80 characters\.\n"cancel" stops without saving\./,
    );
    expect(await r.text(r.owner, "Flow")).toMatch(/question 2 of 5: Training type/);
    expect(r.buttons().map((b) => b.label)).toEqual(["Yoga", "Cancel"]);
    // The sequence is in PostgreSQL: a second core (another process, or after a restart) goes on.
    const rows = await r.s.db.prisma.conversationState.findMany({ where: { key: { startsWith: "guide:" } } });
    expect(rows).toHaveLength(1);
    const again = await rig2(r);
    const yoga = r.buttons().find((b) => b.label === "Yoga");
    if (!yoga) throw new Error("no Yoga button");
    expect(await again.send(r.owner, { kind: "button", data: yoga.data })).toMatch(
      /question 3 of 5: Duration/,
    );
    // The same tap again is stale (the question moved on).
    expect(await again.send(r.owner, { kind: "button", data: yoga.data })).toMatch(
      /expired or were answered/,
    );
    expect(await r.text(r.owner, "an hour and a bit")).toMatch(
      /^Duration \(minutes\) must be a whole number from 5 to 1440\.\nNew template, question 3 of 5/,
    );
    expect(await r.text(r.owner, "1h")).toMatch(/question 4 of 5: Capacity/);
    expect(await r.text(r.owner, "help")).toMatch(/^New template, question 4 of 5: Capacity/);
    expect(await r.text(r.owner, "skip")).toMatch(
      /^Capacity \(1-1000; 1 = individual\) is needed: it cannot be skipped\./,
    );
    expect(await r.text(r.owner, "1")).toMatch(/question 5 of 5: Description/);
    expect(await r.text(r.owner, "skip")).toMatch(
      /Template created: Flow \(Yoga, 60 min, capacity 1, individual training\)[\s\S]*Rules of Flow, question 1 of 5/,
    );
    expect(await r.text(r.owner, "Nobody")).toMatch(/trainer[\s\S]*Rules of Flow, question 1 of 5/i);
    expect(await r.text(r.owner, "cancel")).toBe("Stopped: Rules of Flow was not saved.");
    // With the sequence gone, plain text is read as usual again.
    expect(await r.text(r.owner, "Flow")).not.toMatch(/question/);
    expect(await r.s.db.prisma.conversationState.count({ where: { key: { startsWith: "guide:" } } })).toBe(0);
    const flow = await r.s.db.prisma.trainingTemplate.findFirstOrThrow({ where: { name: "Flow" } });
    expect(flow).toMatchObject({ capacity: 1, durationMinutes: 60, defaultTrainerId: null });
  });

  it("a command leaves the questions; Slack and Discord get the form as a modal instead", async () => {
    const r = await rig();
    await r.command(r.owner, "/space add");
    expect(await r.command(r.owner, "/catalog")).toMatch(/Tap an entry to edit it/);
    expect(await r.text(r.owner, "Hall")).not.toMatch(/Space created/);
    // Where the platform has modals, the same form reply is left as it is (the adapter opens it).
    const modal = namedEntryForm("space");
    for (const platform of ["slack", "discord"]) {
      const ctx = { platform, can: appPlatforms.of(platform), actor: r.s.admin } as unknown as StudioContext;
      expect(await guideForms(ctx, [modal])).toEqual([modal]);
    }
  });

  it("a training type typed that does not exist is asked about at the end, never created on a guess", async () => {
    const r = await rig();
    await r.command(r.owner, "/template add");
    await r.text(r.owner, "Flow");
    expect(await r.text(r.owner, "Yga")).toMatch(/question 3 of 5: Duration/);
    await r.text(r.owner, "60");
    await r.text(r.owner, "10");
    expect(await r.text(r.owner, "skip")).toMatch(
      /There is no training type called Yga\. Create a new training type 'Yga'\?/,
    );
    expect(await r.s.db.prisma.trainingType.count({ where: { name: "Yga" } })).toBe(0);
    const use = r.buttons().find((b) => b.label === "Use Yoga");
    if (!use) throw new Error("no Use Yoga button");
    expect(await r.send(r.owner, { kind: "button", data: use.data })).toMatch(
      /Template created: Flow \(Yoga, 60 min, capacity 10, open class\)/,
    );
  });

  it("a name that clashes is asked again; a new edit that changes nothing says so", async () => {
    const r = await rig();
    await r.command(r.owner, "/type add");
    expect(await r.text(r.owner, "yoga")).toMatch(/Yoga already exists[\s\S]*question 1 of 1: Name/);
    expect(await r.text(r.owner, "Spin")).toBe("Training type created: Spin.");
    await r.command(r.owner, "/passtype add Ten | sessions 10 | days 30 | types Yoga");
    expect(await r.command(r.owner, "/passtype edit Ten")).toMatch(
      /Edit Ten, question 1 of 5: Name[\s\S]*Now: Ten/,
    );
    for (let i = 0; i < 4; i++) await r.text(r.owner, "skip");
    expect(await r.text(r.owner, "skip")).toBe("Nothing changed in Edit Ten.");
  });

  it("every step is refused to trainers and members: commands, answers and forged taps change nothing", async () => {
    const r = await rig();
    const tom = await r.account((await r.s.join("Tom", "trainer")).personId);
    const mia = await r.account((await r.s.join("Mia")).personId);
    // The admin has a sequence open; its buttons are what a forger would copy.
    await r.command(r.owner, "/template add");
    await r.text(r.owner, "Flow");
    const copied = r.buttons().map((b) => b.data);
    const key = (() => {
      const d = decodeButton(copied[0]);
      return d.ok && d.action.op === "sg" ? d.action.key : "";
    })();
    expect(key).not.toBe("");
    const snapshot = async () =>
      JSON.stringify([
        await r.s.db.prisma.trainingTemplate.findMany({ orderBy: { id: "asc" } }),
        await r.s.db.prisma.trainingType.findMany({ orderBy: { id: "asc" } }),
        await r.s.db.prisma.space.findMany({ orderBy: { id: "asc" } }),
        await r.s.db.prisma.passType.findMany({ orderBy: { id: "asc" } }),
        await r.s.db.prisma.organization.findMany(),
        await r.s.db.prisma.membership.findMany({ orderBy: { personId: "asc" } }),
        await r.s.db.prisma.conversationState.findMany({ orderBy: { key: "asc" } }),
      ]);
    const before = await snapshot();
    for (const who of [tom, mia]) {
      for (const line of [
        "/template add",
        "/type add",
        "/space add",
        "/schedule add",
        "/passtype add",
        "/settings",
      ])
        expect(`${line}: ${await r.command(who, line)}`).toBe(
          `${line}: Only studio admins can do that. Type help to see what you can do.`,
        );
      for (const data of [
        ...copied,
        encodeButton({ op: "sg", key, step: 1, choice: "0" }),
        encodeButton({ op: "sg", key, step: 1, choice: "c" }),
        encodeButton({ op: "sg", key: "AAAAAAAAAA", step: 0, choice: "s" }),
        encodeButton({ op: "so", form: "st" }),
        encodeButton({ op: "so", form: "tb" }),
      ])
        expect(await r.send(who, { kind: "button", data })).toMatch(/^Only studio admins can do that/);
      expect(await r.send(who, { kind: "button", data: "1sg.AAAAAAAAAA.99.zz" })).toMatch(
        /could not read that button/,
      );
      // Their plain text is never taken as the admin's answer.
      expect(await r.text(who, "Yoga")).not.toMatch(/question/);
    }
    expect(await snapshot()).toBe(before);
    // The admin's sequence is untouched and goes on.
    expect(await r.text(r.owner, "Yoga")).toMatch(/New template, question 3 of 5: Duration/);
  });

  it("an admin made trainer in the middle of a sequence cannot go on with it", async () => {
    const r = await rig();
    const ann = await r.s.join("Ann", "admin");
    const annAccount = await r.account(ann.personId);
    await r.command(annAccount, "/space add");
    const cancel = r.buttons().find((b) => b.label === "Cancel");
    if (!cancel) throw new Error("no Cancel button");
    await uc.addStaff(r.s.deps, r.s.admin, { target: { personId: ann.personId }, role: "trainer" });
    expect(await r.text(annAccount, "Roof")).not.toMatch(/Space created/);
    expect(await r.send(annAccount, { kind: "button", data: cancel.data })).toMatch(/^Only studio admins/);
    expect(await r.s.db.prisma.space.count({ where: { name: "Roof" } })).toBe(0);
  });
});

/** A second chat core on the same database, as another bot process would be. */
async function rig2(r: { s: Awaited<ReturnType<typeof openStudio>> }) {
  const core = buildCore({
    store: r.s.deps.store,
    clock: r.s.deps.clock,
    prisma: r.s.db.prisma,
    log: memoryLog(),
  }).core;
  let n = 0;
  return {
    async send(platformUserId: string, input: IncomingInput) {
      const replies = await core.handle({
        platform: "telegram",
        eventId: `g2-${n++}-${Math.random()}`,
        user: { platformUserId, displayName: "x" },
        conversation: { workspaceId: r.s.workspaceId, channelId: "grp", isDirect: false },
        input,
      });
      return replies.flatMap((x) => x.lines.map(lineText)).join("\n");
    },
  };
}
