import { expect, it } from "vitest";
import { isDomainError } from "../../src/domain/errors.ts";
import type { Actor } from "../../src/domain/model.ts";
import { runStudioButton, submitStudioForm } from "../../src/handlers/studio/studio-buttons.ts";
import { runStudioCommand } from "../../src/handlers/studio/studio-commands.ts";
import type { StudioContext } from "../../src/handlers/studio/studio-context.ts";
import { createPrismaChatState } from "../../src/infra/prisma/chat-state.ts";
import { decodeButton } from "../../src/intents/button-codec.ts";
import { parseStudioCommand } from "../../src/intents/studio/parse-studio.ts";
import { lineText, type Reply } from "../../src/ports/chat.ts";
import { domainErrorReply } from "../../src/replies/error-reply.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { appPlatforms } from "../support/platforms.ts";
import { openStudio } from "./open-studio.ts";

type Studio = Awaited<ReturnType<typeof openStudio>>;

let n = 0;
function ctxFor(s: Studio, actor: Actor): StudioContext {
  return {
    uc: s.deps,
    actor,
    org: {
      id: s.orgId,
      name: "Riverside Gym",
      timezone: "Europe/Lisbon",
      locale: "en-GB",
      reminderMinutesBefore: null,
    },
    platform: "telegram",
    can: appPlatforms.of("telegram"),
    channelId: "c1",
    now: s.clock.now(),
    state: createPrismaChatState(s.db.prisma),
    newKey: () => `k${Date.now().toString(36)}${(n++).toString(36)}`.slice(0, 16),
  };
}

/** Runs a typed command the way the chat does: refusals become their reply text. */
async function say(ctx: StudioContext, line: string): Promise<string> {
  const m = /^\/(\S+)\s*(.*)$/.exec(line);
  const cmd = parseStudioCommand(m?.[1] ?? "", m?.[2] ?? "");
  if (!cmd) throw new Error(`not a studio command: ${line}`);
  return text(await guard(() => runStudioCommand(ctx, cmd)));
}
async function guard(fn: () => Promise<Reply[]>): Promise<Reply[]> {
  try {
    return await fn();
  } catch (e) {
    if (isDomainError(e)) return [domainErrorReply(e)];
    throw e;
  }
}
const text = (rs: Reply[]): string =>
  rs
    .flatMap((r) => [...r.lines, ...(r.sections ?? []).flatMap((x) => x.lines)])
    .map(lineText)
    .join("\n");
const buttonsOf = (rs: Reply[]) => rs.flatMap((r) => (r.buttons ?? []).flat());

describeOnBothBackends("studio commands in chat", (getDb) => {
  it("a template naming an unknown training type asks before creating it, then runs once answered", async () => {
    const s = await openStudio(getDb());
    const ctx = ctxFor(s, s.admin);
    expect(await say(ctx, "/type add Yoga")).toBe("Training type created: Yoga.");
    const cmd = parseStudioCommand("template", "add Flow | type Yga | duration 60 | capacity 10");
    if (!cmd) throw new Error("parse");
    const asked = await runStudioCommand(ctx, cmd);
    expect(text(asked)).toBe("There is no training type called Yga. Create a new training type 'Yga'?");
    const [create, useYoga] = buttonsOf(asked);
    expect(useYoga?.label).toBe("Use Yoga");
    expect(await s.db.prisma.trainingType.count({ where: { orgId: s.orgId } })).toBe(1);
    const decoded = decodeButton(useYoga?.data);
    if (!decoded.ok || decoded.action.op !== "sx") throw new Error("button");
    // Someone else's tap on the question is refused.
    const tom = await s.join("Tom", "trainer");
    expect(text(await guard(() => runStudioButton(ctxFor(s, tom), decoded.action as never)))).toMatch(
      /someone else's question/,
    );
    expect(text(await runStudioButton(ctx, decoded.action))).toMatch(
      /^Template created: Flow \(Yoga, 60 min, capacity 10, open class\)/,
    );
    // Answered once: the other button is now stale.
    const again = decodeButton(create?.data);
    if (!again.ok || again.action.op !== "sx") throw new Error("button");
    expect(text(await runStudioButton(ctx, again.action))).toMatch(/expired/);
    expect(await s.db.prisma.trainingType.count({ where: { orgId: s.orgId } })).toBe(1);
  });

  it("a form's answers are checked field by field, and a bad one names its field", async () => {
    const s = await openStudio(getDb());
    const ctx = ctxFor(s, s.admin);
    await say(ctx, "/type add Spin");
    const bad = await guard(() =>
      submitStudioForm(ctx, "tb", undefined, {
        name: "Spin 45",
        type: "Spin",
        duration: "45",
        capacity: "0",
      }),
    );
    expect(text(bad)).toBe("Capacity must be a whole number from 1 to 1000.");
    const dur = await guard(() =>
      submitStudioForm(ctx, "tb", undefined, {
        name: "Spin 45",
        type: "Spin",
        duration: "soon",
        capacity: "8",
      }),
    );
    expect(text(dur)).toBe("Duration (minutes) must be a whole number from 5 to 1440.");
    expect(await s.db.prisma.trainingTemplate.count({ where: { orgId: s.orgId } })).toBe(0);
    expect(
      text(
        await submitStudioForm(ctx, "tb", undefined, {
          name: "Spin 45",
          type: "spin",
          duration: "45m",
          capacity: "8",
        }),
      ),
    ).toMatch(/^Template created: Spin 45/);
    const tpl = await s.db.prisma.trainingTemplate.findFirstOrThrow({ where: { orgId: s.orgId } });
    const kind = await guard(() => submitStudioForm(ctx, "tr", tpl.id, { kind: "secret" }));
    expect(text(kind)).toBe("Kind must be one of: open, closed, individual.");
    await submitStudioForm(ctx, "tr", tpl.id, { booking: "1h", cancel: "1 d", kind: "closed" });
    expect(await s.db.prisma.trainingTemplate.findUnique({ where: { id: tpl.id } })).toMatchObject({
      bookingDeadlineMinutes: 60,
      cancellationDeadlineMinutes: 1440,
      closed: true,
    });
  });

  it("settings by command and by button; the timezone change says sessions keep their instant", async () => {
    const s = await openStudio(getDb());
    const ctx = ctxFor(s, s.admin);
    expect(await say(ctx, "/settings timezone Mars/Base")).toBe(
      "Timezone must be an IANA timezone name, like Europe/Lisbon or America/New_York.",
    );
    expect(await say(ctx, "/settings timezone Europe/Lisbon")).toMatch(
      /Timezone changed from UTC to Europe\/Lisbon\. Every session stays at the same moment/,
    );
    expect(await say(ctx, "/settings reminders 2h")).toMatch(/Reminders: 2 h before/);
    expect(await say(ctx, "/settings grants admins only")).toMatch(/Who may grant passes: admins only/);
    const out = await runStudioButton(ctx, { op: "sz", which: "ts", index: 2 });
    expect(text(out)).toMatch(/Timezone changed from Europe\/Lisbon to Europe\/Berlin/);
    expect(buttonsOf(out).map((b) => b.label)).toContain("Português");
  });

  it("trainers and members are refused every admin command and nothing changes", async () => {
    const s = await openStudio(getDb());
    const admin = ctxFor(s, s.admin);
    await say(admin, "/type add Yoga");
    const tom = await s.join("Tom", "trainer");
    const mia = await s.join("Mia");
    const lines = [
      "/staff",
      "/staff add @mia admin",
      "/staff remove Olivia",
      "/settings",
      "/settings name Mine",
      "/catalog",
      "/type add Spin",
      "/type rename Yoga | Yin",
      "/type archive Yoga",
      "/space add Roof",
      "/template add T | type Yoga | duration 30 | capacity 3",
      "/schedule add T | mon | 07:00 | weeks 1",
      "/passtype add P | sessions 1 | days 1 | types Yoga",
    ];
    const before = JSON.stringify(
      await s.db.prisma.trainingType.findMany({ where: { orgId: s.orgId }, orderBy: { id: "asc" } }),
    );
    for (const who of [tom, mia])
      for (const l of lines)
        expect(`${l}: ${await say(ctxFor(s, who), l)}`).toBe(
          `${l}: Only studio admins can do that. Type help to see what you can do.`,
        );
    expect(await say(ctxFor(s, mia), "/passes Tom")).toMatch(/^Only trainers and admins/);
    expect(
      JSON.stringify(
        await s.db.prisma.trainingType.findMany({ where: { orgId: s.orgId }, orderBy: { id: "asc" } }),
      ),
    ).toBe(before);
    expect(await s.db.prisma.membership.count({ where: { orgId: s.orgId, role: "admin" } })).toBe(1);
  });
});
