import { afterAll, beforeAll, expect, it } from "vitest";
import { addOutbox, rescheduleEvent, type Studio, seedStudio } from "../../fakes/notice-studio.ts";
import { fanOutOutboxEvent } from "../../src/notices/fan-out.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { dropQuietly, processorDeps } from "./harness.ts";
import { createRecordingSender } from "./recording-sender.ts";

describePg("a channel linked twice hears a change once", () => {
  let db: TestDatabase;
  let studio: Studio;
  beforeAll(async () => {
    db = await createTestPgDatabase();
    studio = await seedStudio(db.prisma, { members: 1, tag: "twice" });
  });
  afterAll(async () => dropQuietly(db));

  it("linked by training type and by schedule, the group gets one delivery, the same on a re-run", async () => {
    const first = await db.prisma.channelLink.findUniqueOrThrow({ where: { id: studio.channelLinkId } });
    // The fixture links by schedule; link the same group by the training type too (what /linkchannel spin did).
    await db.prisma.channelLink.create({
      data: {
        orgId: studio.orgId,
        platform: first.platform,
        channelId: first.channelId,
        trainingTypeId: studio.trainingTypeId,
      },
    });
    const deps = processorDeps(db.prisma, [createRecordingSender("telegram")]);
    const id = await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
    const refs = await fanOutOutboxEvent(deps.fanOut, id);
    expect(await fanOutOutboxEvent(deps.fanOut, id)).toEqual(refs);
    const channel = await db.prisma.noticeDelivery.findMany({
      where: { outboxId: id, targetKind: "channel" },
    });
    expect(channel.map((d) => d.targetId)).toEqual([first.channelId]);
  });
});
