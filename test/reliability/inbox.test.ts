import { expect, it } from "vitest";
import { createInboxProcessor, type InboxHandler } from "../../src/inbox/inbox-processor.ts";
import { createPrismaInbox } from "../../src/infra/prisma/inbox-store.ts";
import { type ClaimedEvent, InboxLeaseLostError } from "../../src/ports/inbox.ts";
import { silentLogger } from "../../src/ports/logger.ts";
import { bookSessionInTransaction } from "../../src/use-cases/booking/book-session.ts";
import * as uc from "../../src/use-cases/index.ts";
import { buildStudio, describeOnBothBackends } from "../booking/studio.ts";

let n = 0;
const eventId = () => `test:${process.pid}:${Date.now()}:${++n}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeOnBothBackends(
  "the inbox: recorded before acknowledged, effect and done mark in one transaction",
  (getDb) => {
    it("records an event once: a redelivery writes nothing", async () => {
      const inbox = createPrismaInbox(getDb().prisma);
      const id = eventId();
      expect(await inbox.record({ id, platform: "telegram", payload: { update_id: 1 } })).toBe(true);
      expect(await inbox.record({ id, platform: "telegram", payload: { update_id: 1 } })).toBe(false);
      expect((await inbox.status(id))?.status).toBe("pending");
    });

    it("records a batch leased to its receiver in one insert: fresh ones come back, a redelivered or repeated id does not", async () => {
      const inbox = createPrismaInbox(getDb().prisma);
      const [a, b, c] = [eventId(), eventId(), eventId()];
      expect(await inbox.record({ id: a, platform: "telegram", payload: { update_id: 1 } })).toBe(true);
      const fresh = await inbox.recordClaimed(
        [
          { id: a, platform: "telegram", payload: { update_id: 1 } },
          { id: b, platform: "telegram", payload: { update_id: 2, text: "<b>&amp;</b>" } },
          { id: c, platform: "telegram", payload: { update_id: 3 } },
          { id: b, platform: "telegram", payload: { update_id: 2, text: "<b>&amp;</b>" } },
        ],
        60_000,
      );
      expect(fresh.map((e) => e.id)).toEqual([b, c]);
      expect(fresh[0]?.payload).toEqual({ update_id: 2, text: "<b>&amp;</b>" });
      expect(new Set(fresh.map((e) => e.token)).size).toBe(2);
      expect((await inbox.status(a))?.status).toBe("pending");
      for (const id of [b, c])
        expect(await inbox.status(id)).toMatchObject({ status: "processing", attempts: 1 });
      // Leased to the receiver: nobody else claims them while the lease runs.
      expect(await inbox.claim(b, 60_000)).toBeNull();
      expect((await inbox.claimDue(100, 60_000)).map((e) => e.id)).not.toContain(c);
      expect(await inbox.recordClaimed([], 60_000)).toEqual([]);
    });

    it("events received at the same time share inserts, and each caller gets only its own; an id sent twice at once is one event", async () => {
      const inbox = createPrismaInbox(getDb().prisma);
      const ids = Array.from({ length: 12 }, () => eventId());
      // Each id arrives twice at once (a platform retry racing the first delivery), each as a call of its own.
      const calls = [...ids, ...ids].map((id, k) =>
        inbox.recordClaimed([{ id, platform: "slack", payload: { n: k } }], 60_000),
      );
      const got = await Promise.all(calls);
      for (const [k, claims] of got.entries())
        for (const ev of claims) expect(ev.id).toBe([...ids, ...ids][k]); // never another call's event
      const claimed = got.flat();
      expect(claimed.map((e) => e.id).sort()).toEqual([...ids].sort()); // each id once, to one caller
      for (const id of ids)
        expect(await inbox.status(id)).toMatchObject({ status: "processing", attempts: 1 });
    });

    it("leases an event to one claimant; a fresh event is left to its receiver for a grace period", async () => {
      const inbox = createPrismaInbox(getDb().prisma);
      const id = eventId();
      await inbox.record({ id, platform: "telegram", payload: {} });
      expect((await inbox.claimDue(100, 60_000)).map((e) => e.id)).not.toContain(id);
      const first = await inbox.claim(id, 60_000);
      expect(first?.attempts).toBe(1);
      expect(await inbox.claim(id, 60_000)).toBeNull();
    });

    it("a booking and the event's done mark commit together, on the one-statement and the transaction path", async () => {
      const db = getDb();
      const inbox = createPrismaInbox(db.prisma);
      const s = await buildStudio(db, { yogaCapacity: 5, members: 2 });
      const [a, b] = s.members;
      await s.grant(a!, s.yogaPass.id);
      await s.grant(b!, s.yogaPass.id);
      const occurrenceId = (await s.occurrencesOf(s.yogaSchedule.id))[1]!.id;
      for (const [member, book] of [
        [a!, uc.bookSession],
        [b!, bookSessionInTransaction],
      ] as const) {
        const id = eventId();
        await inbox.record({ id, platform: "console", payload: {} });
        const ev = (await inbox.claim(id, 60_000))!;
        // A read-only transaction first: it marks nothing.
        await inbox.withinClaim(ev, () => uc.myBookings(s.deps, member));
        expect((await inbox.status(id))?.status).toBe("processing");
        await inbox.withinClaim(ev, () => book(s.deps, member, { occurrenceId }));
        expect((await inbox.status(id))?.status).toBe("done");
        // A second write in the same handling does not need (or fail on) the mark again.
        await inbox.withinClaim(ev, async () => {
          await book(s.deps, member, { occurrenceId }).catch(() => undefined);
        });
      }
    });

    it("a handling whose lease was taken over writes nothing: the booking rolls back with its mark", async () => {
      const db = getDb();
      const inbox = createPrismaInbox(db.prisma);
      const s = await buildStudio(db, { yogaCapacity: 5, members: 2 });
      const occurrenceId = (await s.occurrencesOf(s.yogaSchedule.id))[1]!.id;
      for (const [member, book] of [
        [s.members[0]!, uc.bookSession],
        [s.members[1]!, bookSessionInTransaction],
      ] as const) {
        await s.grant(member, s.yogaPass.id);
        const id = eventId();
        await inbox.record({ id, platform: "console", payload: {} });
        const stale = (await inbox.claim(id, 1))!;
        await sleep(20);
        const taker = await inbox.claim(id, 60_000); // the lease ran out: another process takes over
        expect(taker?.token).not.toBe(stale.token);
        await expect(inbox.withinClaim(stale, () => book(s.deps, member, { occurrenceId }))).rejects.toThrow(
          InboxLeaseLostError,
        );
        expect(await db.prisma.booking.count({ where: { occurrenceId, personId: member.personId } })).toBe(0);
        await inbox.withinClaim(taker!, () => book(s.deps, member, { occurrenceId }));
        expect(await db.prisma.booking.count({ where: { occurrenceId, personId: member.personId } })).toBe(1);
      }
    });

    it("the processor: handles once, retries a failure, never redoes a done effect nor repeats replies in doubt", async () => {
      const db = getDb();
      const inbox = createPrismaInbox(db.prisma);
      const s = await buildStudio(db, { yogaCapacity: 5, members: 1 });
      const member = s.members[0]!;
      await s.grant(member, s.yogaPass.id);
      const occurrenceId = (await s.occurrencesOf(s.yogaSchedule.id))[1]!.id;
      const delivered: Array<{ id: string; replies: unknown }> = [];
      let failOnce = true;
      const handler: InboxHandler = {
        async handle(ev: ClaimedEvent) {
          const p = ev.payload as { op: string };
          if (p.op === "flaky" && failOnce) {
            failOnce = false;
            throw new Error("handler broke before committing anything");
          }
          if (p.op === "book") return [(await uc.bookSession(s.deps, member, { occurrenceId })).status];
          return ["read"];
        },
        async deliver(ev, replies) {
          delivered.push({ id: ev.id, replies });
        },
      };
      const processor = createInboxProcessor({
        inbox,
        handlerFor: () => handler,
        log: silentLogger,
        leaseMs: 300,
        pollMs: 100,
      });
      const book = eventId();
      const flaky = eventId();
      expect((await processor.accept({ id: book, platform: "console", payload: { op: "book" } })).fresh).toBe(
        true,
      );
      expect((await processor.accept({ id: book, platform: "console", payload: { op: "book" } })).fresh).toBe(
        false,
      );
      await processor.accept({ id: flaky, platform: "console", payload: { op: "flaky" } });
      // A crash while the replies were being sent (stored, never confirmed): in doubt, not repeated.
      const crashed = eventId();
      await inbox.record({ id: crashed, platform: "console", payload: { op: "book-other" } });
      const ev = (await inbox.claim(crashed, 1))!;
      const before = await inbox.unconfirmedReplies();
      await inbox.complete(ev, ["stored reply"]);
      expect(await inbox.unconfirmedReplies()).toBe(before + 1);
      processor.start();
      // (Events left by the tests above are handled too: this database is shared by the suite.)
      const ours = () => delivered.filter((d) => [book, flaky, crashed].includes(d.id));
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && ours().length < 2) await sleep(100);
      await sleep(400); // past a lease: nothing is handled or sent a second time
      await processor.stop();
      expect(ours().map((d) => d.id)).toHaveLength(2);
      expect(new Set(ours().map((d) => d.id))).toEqual(new Set([book, flaky]));
      expect(delivered.find((d) => d.id === book)?.replies).toEqual(["confirmed"]);
      // The booking's transaction marked it done; its replies were stored with the sent mark (one write).
      const booked = await db.prisma.inboxEvent.findUniqueOrThrow({ where: { id: book } });
      expect(booked.replies).toEqual(["confirmed"]);
      expect(booked.repliedAt).not.toBeNull();
      expect((await inbox.status(flaky))?.attempts).toBe(2);
      expect(await db.prisma.booking.count({ where: { occurrenceId, personId: member.personId } })).toBe(1);
      for (const id of [book, flaky, crashed]) expect((await inbox.status(id))?.status).toBe("done");
    });
  },
);
