import { DateTime } from "luxon";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createFormMemory } from "../../src/chat/form-memory.ts";
import { createPrismaChatState } from "../../src/infra/prisma/chat-state.ts";
import { encodeButton } from "../../src/intents/button-codec.ts";
import type { Reply } from "../../src/ports/chat.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import { DEMO_TIMEZONE } from "../../src/seed/demo.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { buildDemo, button, DEMO_NOW, dropDatabase, textOf } from "./harness.ts";

const formOf = (replies: Reply[]) => {
  const f = replies.find((r) => r.form)?.form;
  if (!f) throw new Error(`no form in:\n${textOf(replies)}`);
  return f;
};

describePg("trainer forms (modals) through the chat core", () => {
  let db: TestDatabase;
  let demo: Awaited<ReturnType<typeof buildDemo>>;
  const submit = (who: string, data: string, values: Record<string, string>) =>
    demo.chat.send(who, { kind: "form", data, values });
  const spinTomorrow = () =>
    db.prisma.occurrence.findFirstOrThrow({
      where: { template: { name: "Spin" }, startsAt: { gt: DEMO_NOW } },
      orderBy: { startsAt: "asc" },
    });
  const snapshot = () => db.prisma.occurrence.findMany({ orderBy: { id: "asc" } });

  beforeAll(async () => {
    db = await createTestPgDatabase();
    demo = await buildDemo(db.prisma);
  });
  afterAll(async () => dropDatabase(db));

  it("the roster offers the change and cancel forms; the change form is filled with the session's current values", async () => {
    const occ = await spinTomorrow();
    const roster = await demo.chat.press("Sam", encodeButton({ op: "ro", occurrenceId: occ.id }));
    const form = formOf(await demo.chat.press("Sam", button(roster, "Change this session")));
    expect(form.title).toBe("Change this session");
    expect(form.fields.map((f) => [f.name, f.initial ?? ""])).toEqual([
      ["capacity", "2"],
      ["when", ""],
      ["trainer", "Sam"],
      ["space", "Spin Room"],
      ["reset", "no"],
    ]);
    expect(
      formOf(await demo.chat.press("Sam", button(roster, "Cancel this session"))).fields.map((f) => f.name),
    ).toEqual(["reason"]);
  });

  it("a submitted change form moves and resizes only that session", async () => {
    const occ = await spinTomorrow();
    const others = (await snapshot()).filter((o) => o.id !== occ.id);
    const form = formOf(
      await demo.chat.press("Sam", encodeButton({ op: "fo", form: "ov", occurrenceId: occ.id })),
    );
    const r = await submit("Sam", form.data, {
      capacity: "6",
      when: "fri 19:15",
      trainer: "Sam",
      space: "Spin Room",
      reset: "no",
    });
    // Issue 11: a move by more than a day is previewed; nothing changes until Confirm.
    expect(textOf(r)).toContain("Time: Mon 23 Nov 2026, 18:00 → Fri 27 Nov 2026, 19:15");
    expect((await db.prisma.occurrence.findUniqueOrThrow({ where: { id: occ.id } })).capacity).toBe(2);
    const done = await demo.chat.press("Sam", button(r, "Confirm change"));
    expect(textOf(done)).toContain("Rescheduled: Spin, Fri 27 Nov 2026, 19:15");
    const after = await db.prisma.occurrence.findUniqueOrThrow({ where: { id: occ.id } });
    expect(after.capacity).toBe(6);
    expect(DateTime.fromJSDate(after.startsAt, { zone: DEMO_TIMEZONE }).toFormat("ccc dd HH:mm")).toBe(
      "Fri 27 19:15",
    );
    expect((await snapshot()).filter((o) => o.id !== occ.id)).toEqual(others);
  });

  it("a submitted cancel form cancels the session with the reason members will read", async () => {
    const occ = await db.prisma.occurrence.findFirstOrThrow({
      where: { template: { name: "Pilates Core" }, startsAt: { gt: DEMO_NOW } },
      orderBy: { startsAt: "asc" },
    });
    const form = formOf(
      await demo.chat.press("Tara", encodeButton({ op: "fo", form: "co", occurrenceId: occ.id })),
    );
    const r = await submit("Tara", form.data, { reason: "Studio heating broken" });
    expect(textOf(r)).toContain("reason given: Studio heating broken");
    expect(await db.prisma.occurrence.findUniqueOrThrow({ where: { id: occ.id } })).toMatchObject({
      status: "cancelled",
      cancelReason: "Studio heating broken",
    });
    expect(
      textOf(await demo.chat.press("Tara", encodeButton({ op: "fo", form: "co", occurrenceId: occ.id }))),
    ).toContain("already cancelled");
  });

  it.each([
    [{ capacity: "lots" }, "Capacity must be a whole number from 1 to 1000."],
    [{ capacity: "0" }, "Capacity must be a whole number from 1 to 1000."],
    [{ when: "when pigs fly" }, "as a day and time"],
    [{ trainer: "Nobody Atall" }, 'No trainer is called "Nobody Atall"'],
    [{ reset: "maybe" }, 'Answer "yes" or "no"'],
    [{ space: "x".repeat(401) }, "at most 400 characters"],
    [{ reason: "y".repeat(5000) }, "I could not read that message"],
  ])("a bad answer (%#) gets a clear reply and changes nothing", async (values, expected) => {
    const occ = await spinTomorrow();
    const before = await snapshot();
    const r = await submit("Sam", encodeButton({ op: "fs", form: "ov", occurrenceId: occ.id }), values);
    expect(textOf(r)).toContain(expected);
    expect(await snapshot()).toEqual(before);
  });

  it("a member cannot open or submit a trainer form, even with forged data", async () => {
    const occ = await spinTomorrow();
    const before = await snapshot();
    const opened = await demo.chat.press(
      "Maria",
      encodeButton({ op: "fo", form: "co", occurrenceId: occ.id }),
    );
    expect(textOf(opened)).toMatch(/Only trainers and admins can do that/);
    const submitted = await submit("Maria", encodeButton({ op: "fs", form: "co", occurrenceId: occ.id }), {
      reason: "x",
    });
    expect(textOf(submitted)).toMatch(/Only trainers and admins can do that/);
    expect(await snapshot()).toEqual(before);
  });

  it("an open form is remembered in the database once, for a day", async () => {
    const clock = createFixedClock(DEMO_NOW);
    const forms = createFormMemory(createPrismaChatState(db.prisma), clock);
    const form = {
      data: "1no",
      title: "T",
      submitLabel: "OK",
      fields: [{ name: "reason", label: "Reason", kind: "text" as const }],
    };
    await forms.remember("telegram:1:2:3", form);
    // Another process (a fresh memory over the same database) takes it, once.
    const other = createFormMemory(createPrismaChatState(db.prisma), clock);
    expect(await other.recall("telegram:1:2:3")).toEqual(form);
    expect(await forms.recall("telegram:1:2:3")).toBeNull();
    await forms.remember("discord:x", form);
    clock.advance(25 * 3_600_000);
    expect(await forms.recall("discord:x")).toBeNull();
  });
});
