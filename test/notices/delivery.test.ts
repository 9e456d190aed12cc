import http from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { createTelegramSender } from "../../adapters/telegram/sender.ts";
import {
  addOutbox,
  promotedEvent,
  rescheduleEvent,
  type Studio,
  seedStudio,
  skippedEvent,
} from "../../fakes/notice-studio.ts";
import { fanOutOutboxEvent } from "../../src/notices/fan-out.ts";
import { RetryableSendError, sendDelivery } from "../../src/notices/send-delivery.ts";
import { SendError } from "../../src/ports/chat-sender.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";
import { dropQuietly, processorDeps } from "./harness.ts";
import { createRecordingSender, duplicates } from "./recording-sender.ts";

describePg("notice processors on PostgreSQL (no Redis)", () => {
  let db: TestDatabase;
  let studio: Studio;
  beforeAll(async () => {
    db = await createTestPgDatabase();
    studio = await seedStudio(db.prisma, { members: 3 });
  });
  afterAll(async () => dropQuietly(db));
  beforeEach(async () => {
    await db.prisma.noticeDelivery.deleteMany();
  });

  it("fans a reschedule out to each booked member and the linked group, the same way every time", async () => {
    const sender = createRecordingSender("telegram");
    const deps = processorDeps(db.prisma, [sender]);
    const id = await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
    const first = await fanOutOutboxEvent(deps.fanOut, id);
    const second = await fanOutOutboxEvent(deps.fanOut, id);
    expect(second).toEqual(first);
    expect(first.map((r) => r.key).sort()).toEqual(
      [...studio.members.map((m) => `n-${id}-p-${m.personId}`), `n-${id}-c-${studio.channelLinkId}`].sort(),
    );
    const rows = await db.prisma.noticeDelivery.findMany({
      where: { outboxId: id },
      orderBy: { key: "asc" },
    });
    expect(rows.map((r) => [r.targetKind, r.targetId]).sort()).toEqual(
      [...studio.members.map((m) => ["direct", m.platformUserId]), ["channel", "-1007770001"]].sort(),
    );
  });

  it("loads and parses the outbox row once for the fan-out and all of its sends", async () => {
    const sender = createRecordingSender("telegram");
    const deps = processorDeps(db.prisma, [sender]);
    let loads = 0;
    const getOutboxEvent = deps.loader.getOutboxEvent.bind(deps.loader);
    deps.loader.getOutboxEvent = (outboxId) => {
      loads++;
      return getOutboxEvent(outboxId);
    };
    const id = await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
    const refs = await fanOutOutboxEvent(deps.fanOut, id);
    expect(refs.length).toBeGreaterThan(1);
    for (const r of refs) expect((await sendDelivery(deps.send, r.key)).kind).toBe("sent");
    expect(sender.sent).toHaveLength(refs.length);
    expect(loads).toBe(1);
  });

  it("sends each delivery once however often its job runs", async () => {
    const sender = createRecordingSender("telegram");
    const deps = processorDeps(db.prisma, [sender]);
    const id = await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
    const refs = await fanOutOutboxEvent(deps.fanOut, id);
    for (let round = 0; round < 3; round++) for (const r of refs) await sendDelivery(deps.send, r.key);
    expect(sender.sent).toHaveLength(refs.length);
    expect(duplicates(sender.sent)).toEqual([]);
    expect(await deps.fanOut.deliveries.countByStatus()).toEqual({ sent: refs.length });
  });

  for (const platform of ["telegram", "discord"] as const) {
    it(`property (${platform}): at-least-once attempts with crashes and concurrent runs never send a key twice`, async () => {
      const m = studio.members;
      if (platform === "discord") {
        // Newer identities win: these members now read notices on Discord.
        await db.prisma.platformIdentity.createMany({
          data: m.map((x, i) => ({
            platform: "discord" as const,
            platformUserId: `90000000000000000${i}`,
            personId: x.personId,
          })),
          skipDuplicates: true,
        });
      }
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              member: fc.nat({ max: 2 }),
              crash: fc.constantFrom("none", "before", "after"),
              parallel: fc.boolean(),
            }),
            {
              minLength: 1,
              maxLength: 12,
            },
          ),
          async (steps) => {
            await db.prisma.noticeDelivery.deleteMany();
            // "Reaches the platform" is what the recording sender records (Discord drops a repeated
            // nonce, as enforce_nonce does). A crash before or after that moment leaves the
            // outcome unrecorded, exactly like a worker dying mid-request.
            let crashNext: "none" | "before" | "after" = "none";
            const sender = createRecordingSender(platform, {
              dedupeByKey: platform === "discord",
              beforeSend: () => {
                if (crashNext === "before")
                  throw new Error("worker died before the request reached the platform");
              },
            });
            const base = sender.send.bind(sender);
            sender.send = async (t, r, k) => {
              const res = await base(t, r, k);
              if (crashNext === "after") throw new Error("worker died after the platform accepted");
              return res;
            };
            const deps = processorDeps(db.prisma, [sender]);
            const id = await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
            await fanOutOutboxEvent(deps.fanOut, id);
            for (const s of steps) {
              const key = `n-${id}-p-${m[s.member]?.personId}`;
              crashNext = s.crash;
              const run = () =>
                sendDelivery(deps.send, key).catch((e) =>
                  e instanceof RetryableSendError ? null : Promise.reject(e),
                );
              await (s.parallel ? Promise.all([run(), run()]) : run());
            }
            expect(duplicates(sender.sent)).toEqual([]);
            // Every key that reached the platform is recorded as sent, or flagged for an operator.
            for (const sent of sender.sent) {
              const row = await deps.deliveries.get(sent.key);
              expect(["sent", "attempting", "uncertain"]).toContain(row?.status);
            }
          },
        ),
        { numRuns: 25 },
      );
    });
  }

  it("does not repeat a Telegram send whose outcome was never recorded; marks it uncertain", async () => {
    const sender = createRecordingSender("telegram", {
      beforeSend: () => {
        throw new Error("socket hang up");
      },
    });
    const deps = processorDeps(db.prisma, [sender]);
    const id = await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
    const key = `n-${id}-p-${studio.members[0]?.personId}`;
    await fanOutOutboxEvent(deps.fanOut, id);
    await expect(sendDelivery(deps.send, key)).rejects.toBeInstanceOf(RetryableSendError);
    expect(await sendDelivery(deps.send, key)).toEqual({ kind: "uncertain" });
    expect(sender.calls.get(key)).toBe(1);
    expect((await deps.deliveries.get(key))?.status).toBe("uncertain");
  });

  it("a Telegram timeout after the request left is uncertain like a crash: not resent; a refused connection is retried", async () => {
    // The real sender against a Bot API that reads the request and never answers.
    let requests = 0;
    const server = http.createServer((req) => {
      req.resume();
      req.on("end", () => {
        requests += 1;
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    try {
      const sender = createTelegramSender({
        token: "123456:TESTtestTESTtestTESTtest",
        apiRoot: `http://127.0.0.1:${port}`,
        timeoutSeconds: 1,
      });
      const deps = processorDeps(db.prisma, [sender]);
      const id = await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
      const key = `n-${id}-p-${studio.members[0]?.personId}`;
      await fanOutOutboxEvent(deps.fanOut, id);
      await expect(sendDelivery(deps.send, key)).rejects.toBeInstanceOf(RetryableSendError);
      expect((await deps.deliveries.get(key))?.status).toBe("attempting");
      expect(await sendDelivery(deps.send, key)).toEqual({ kind: "uncertain" });
      expect(requests).toBe(1);
      expect((await deps.deliveries.get(key))?.status).toBe("uncertain");

      // Nothing listens any more: the connection is refused, so nothing was sent and it stays pending.
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      const other = `n-${id}-p-${studio.members[1]?.personId}`;
      await expect(sendDelivery(deps.send, other)).rejects.toBeInstanceOf(RetryableSendError);
      expect((await deps.deliveries.get(other))?.status).toBe("pending");
    } finally {
      if (server.listening) {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      }
    }
  });

  it("treats 429 as a wait (not a failure): bot-wide pauses the platform, one chat's is retried first", async () => {
    const answers = [
      new SendError("rate_limited", "429", 3_000),
      new SendError("rate_limited", "429 route", 2_000, "chat"),
    ];
    const sender = createRecordingSender("telegram", {
      beforeSend: () => {
        const next = answers.shift();
        if (next) throw next;
      },
    });
    const deps = processorDeps(db.prisma, [sender]);
    const id = await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
    const key = `n-${id}-p-${studio.members[0]?.personId}`;
    await fanOutOutboxEvent(deps.fanOut, id);
    expect(await sendDelivery(deps.send, key)).toEqual({
      kind: "paused",
      ms: 3_000,
      reason: "refused_bot_wide",
    });
    expect((await deps.deliveries.get(key))?.status).toBe("pending");
    // The whole platform is paused for the retry_after: another member's notice waits too.
    const other = `n-${id}-p-${studio.members[1]?.personId}`;
    const again = await sendDelivery(deps.send, other);
    expect(again).toMatchObject({ kind: "paused", reason: "platform_paused" });
    expect(sender.calls.get(key)).toBe(1);
    expect(sender.calls.get(other)).toBeUndefined();

    // A 429 for one chat only: that delivery is retried after its retry_after; the platform goes on.
    const deps2 = processorDeps(db.prisma, [sender]);
    expect(await sendDelivery(deps2.send, other)).toEqual({ kind: "refused", ms: 2_000 });
    expect((await deps2.deliveries.get(other))?.status).toBe("pending");
    const third = `n-${id}-p-${studio.members[2]?.personId}`;
    expect((await sendDelivery(deps2.send, third)).kind).toBe("sent");
    expect(await sendDelivery(deps2.send, other)).toMatchObject({ kind: "delay", reason: "chat_busy" });
  });

  it("keeps notices to one chat in outbox order", async () => {
    const sender = createRecordingSender("telegram");
    const deps = processorDeps(db.prisma, [sender]);
    const m = studio.members[0];
    if (!m) throw new Error("seed");
    const first = await addOutbox(db.prisma, studio.orgId, skippedEvent(studio, m));
    const second = await addOutbox(db.prisma, studio.orgId, promotedEvent(studio, m));
    await fanOutOutboxEvent(deps.fanOut, first);
    const [late] = await fanOutOutboxEvent(deps.fanOut, second);
    expect(await sendDelivery(deps.send, late?.key ?? "")).toEqual({
      kind: "delay",
      ms: 250,
      reason: "ordering",
    });
    await sendDelivery(deps.send, `n-${first}-p-${m.personId}`);
    await sendDelivery(deps.send, late?.key ?? "");
    expect(sender.titles()).toEqual(["Waitlist: spot passed on", "You're in: a spot opened up"]);
  });

  it("finds a reminder by real elapsed time across a DST change", async () => {
    // London springs forward at 01:00 UTC on Sun 28 Mar 2027; the session is 07:00 BST (06:00 UTC).
    await db.prisma.organization.update({
      where: { id: studio.orgId },
      data: { reminderMinutesBefore: 720 },
    });
    const startsAt = new Date("2027-03-28T06:00:00Z");
    const base = await db.prisma.occurrence.findUniqueOrThrow({ where: { id: studio.occurrenceId } });
    const occ = await db.prisma.occurrence.create({
      data: {
        orgId: studio.orgId,
        templateId: base.templateId,
        slotStartsAt: startsAt,
        startsAt,
        durationMinutes: 60,
        capacity: 10,
      },
    });
    const m = studio.members[0];
    if (!m) throw new Error("seed");
    const booking = await db.prisma.booking.create({
      data: { orgId: studio.orgId, occurrenceId: occ.id, personId: m.personId, status: "confirmed" },
    });
    const deps = processorDeps(db.prisma, []);
    // 12 real hours before is 18:00 UTC (18:00 GMT) the day before, not 19:00 as wall-clock maths would say.
    const due = async (from: string, to: string) =>
      (await deps.loader.listDueReminders(new Date(from), new Date(to)))
        .filter((r) => r.occurrenceId === occ.id)
        .map((r) => r.bookingId);
    expect(await due("2027-03-27T17:00:00Z", "2027-03-27T17:59:59Z")).toEqual([]);
    expect(await due("2027-03-27T17:59:59Z", "2027-03-27T18:00:00Z")).toEqual([booking.id]);
    expect(await due("2027-03-27T18:00:00Z", "2027-03-27T19:00:00Z")).toEqual([]);
    await db.prisma.organization.update({
      where: { id: studio.orgId },
      data: { reminderMinutesBefore: null },
    });
  });

  it("announces a capacity-only change to nobody", async () => {
    const deps = processorDeps(db.prisma, [createRecordingSender("telegram")]);
    const id = await addOutbox(db.prisma, studio.orgId, {
      kind: "occurrence.updated",
      payload: {
        occurrenceId: studio.occurrenceId,
        changes: ["capacity"],
        notify: [],
        bookingsCancelled: false,
        refunds: [],
      },
    });
    expect(await fanOutOutboxEvent(deps.fanOut, id)).toEqual([]);
  });
});
