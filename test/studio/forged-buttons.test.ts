import { expect, it } from "vitest";
import { createChatCore } from "../../src/chat/core.ts";
import { prismaChatStores } from "../../src/infra/prisma/chat-stores.ts";
import { encodeButton } from "../../src/intents/button-codec.ts";
import type { IncomingInput } from "../../src/ports/chat.ts";
import { lineText } from "../../src/ports/chat.ts";
import * as uc from "../../src/use-cases/index.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { memoryLog } from "../chat/harness.ts";
import { appPlatforms } from "../support/platforms.ts";
import { openStudio } from "./open-studio.ts";

describeOnBothBackends("forged studio buttons and forms", (getDb) => {
  it("are refused to trainers and members and change nothing", async () => {
    const s = await openStudio(getDb());
    const core = createChatCore({
      platforms: appPlatforms,
      store: s.deps.store,
      clock: s.deps.clock,
      ...prismaChatStores(s.db.prisma),
      log: memoryLog(),
    });
    const yoga = await uc.createTrainingType(s.deps, s.admin, { name: "Yoga" });
    const tpl = await uc.createTemplate(s.deps, s.admin, {
      name: "Flow",
      trainingTypeId: yoga.id,
      durationMinutes: 60,
      capacity: 5,
    });
    const closed = await uc.createTemplate(s.deps, s.admin, {
      name: "Course",
      trainingTypeId: yoga.id,
      durationMinutes: 60,
      capacity: 5,
      closed: true,
    });
    const { schedule } = await uc.createSchedule(s.deps, s.admin, {
      templateId: closed.id,
      weekdays: [3],
      startTime: "19:00",
      startDate: "2026-11-23",
      weeks: 2,
    });
    await uc.updateSettings(s.deps, s.admin, { passGrantPolicy: "admins" });
    const tom = await s.join("Tom", "trainer");
    const request = await uc.passForSchedule(s.deps, tom, { scheduleId: schedule.id });
    if (request.kind !== "requested") throw new Error("expected a request");

    let n = 0;
    const press = async (platformUserId: string, input: IncomingInput) => {
      const replies = await core.handle({
        platform: "telegram",
        eventId: `forged-${n++}-${Math.random()}`,
        user: { platformUserId, displayName: "x" },
        conversation: { workspaceId: s.workspaceId, channelId: "c1", isDirect: false },
        input,
      });
      return replies.flatMap((r) => r.lines.map(lineText)).join(" ");
    };
    const tomAccount = (
      await s.db.prisma.platformIdentity.findFirstOrThrow({ where: { personId: tom.personId } })
    ).platformUserId;
    const mia = await s.join("Mia");
    const miaAccount = (
      await s.db.prisma.platformIdentity.findFirstOrThrow({ where: { personId: mia.personId } })
    ).platformUserId;
    const snapshot = async () =>
      JSON.stringify([
        await s.db.prisma.trainingTemplate.findMany({ orderBy: { id: "asc" } }),
        await s.db.prisma.organization.findMany(),
        await s.db.prisma.passType.findMany({ orderBy: { id: "asc" } }),
        await s.db.prisma.adminRequest.findMany(),
      ]);
    const before = await snapshot();
    for (const who of [tomAccount, miaAccount]) {
      for (const data of [
        encodeButton({ op: "sa", entity: "m", id: tpl.id }),
        encodeButton({ op: "rq", requestId: request.requestId, decision: "y" }),
        encodeButton({ op: "sz", which: "tz", index: 1 }),
        encodeButton({ op: "so", form: "tb", id: tpl.id }),
      ])
        expect(await press(who, { kind: "button", data })).toMatch(/^Only studio admins can do that/);
      expect(
        await press(who, {
          kind: "form",
          data: encodeButton({ op: "ss", form: "tb", id: tpl.id }),
          values: { capacity: "1" },
        }),
      ).toMatch(/^Only studio admins can do that/);
      expect(await press(who, { kind: "button", data: "1sa.m.not an id!" })).toMatch(
        /could not read that button/,
      );
    }
    expect(await snapshot()).toBe(before);
  });
});
