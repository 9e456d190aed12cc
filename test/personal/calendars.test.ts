import fs from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { expect, it } from "vitest";
import { ErrorCode, isDomainError } from "../../src/domain/errors.ts";
import type { Actor } from "../../src/domain/model.ts";
import { FeedAddressRefusedError } from "../../src/ports/personal-store.ts";
import { domainErrorReply } from "../../src/replies/error-reply.ts";
import * as uc from "../../src/use-cases/index.ts";
import * as pu from "../../src/use-cases/personal/index.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { berlin, buildPersonalStudio } from "./personal-studio.ts";

const ICS = fs.readFileSync(path.join(import.meta.dirname, "../data/trainer-busy.ics"), "utf8");

function parsedEvents(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return root
    .getAllSubcomponents("vevent")
    .map((ve) => {
      const e = new ICAL.Event(ve);
      return {
        uid: e.uid,
        start: e.startDate.toJSDate().toISOString(),
        end: e.endDate.toJSDate().toISOString(),
        summary: e.summary,
        location: e.location,
      };
    })
    .sort((a, b) => a.start.localeCompare(b.start));
}

describeOnBothBackends("personal calendars in and out", (getDb) => {
  it("a feed's busy events block slots; a failing feed keeps the last good copy and warns the trainer once", async () => {
    const s = await buildPersonalStudio(getDb());
    s.fetcher.text = ICS;
    const added = await pu.addCalendarFeed(s.pdeps, s.trainer, {
      url: "webcal://calendar.example.org/sam.ics",
    });
    expect(added.feed.source).toBe("https://calendar.example.org/sam.ics");
    expect(added.outcome).toMatchObject({ status: "ok" });
    const blocks = await s.prisma.busyBlock.count({ where: { feedId: added.feed.id } });
    expect(blocks).toBeGreaterThan(10);
    // The weekly physio (Mon 23 Nov 09:00-10:00) and the UTC lunch (Thu 26 Nov 13:00 local) block slots.
    const slots = await pu.findFreeSlots(s.pdeps, s.member, {
      sessionTypeId: s.group.id,
      from: berlin("2026-11-26T11:00"),
      to: berlin("2026-11-26T15:00"),
    });
    const local = ["11:00", "11:15", "11:30", "11:45", "12:00", "14:00", "14:15", "14:30", "14:45"];
    expect(slots.slots.map((x) => x.startsAt.toISOString())).toEqual(
      local.map((t) => berlin(`2026-11-26T${t}`).toISOString()),
    );

    s.fetcher.error = "HTTP 503";
    const failed = await pu.refreshCalendarFeed(s.pdeps, added.feed.id);
    expect(failed).toMatchObject({ status: "failed", warned: true });
    expect(await pu.refreshCalendarFeed(s.pdeps, added.feed.id)).toMatchObject({
      status: "failed",
      warned: false,
    });
    s.fetcher.error = null;
    s.fetcher.text = "<html>sign in</html>";
    expect(await pu.refreshCalendarFeed(s.pdeps, added.feed.id)).toMatchObject({
      status: "failed",
      warned: false,
    });
    expect(await s.prisma.busyBlock.count({ where: { feedId: added.feed.id } })).toBe(blocks);
    const warnings = await s.prisma.outboxEvent.findMany({
      where: { orgId: s.org.id, kind: "personal.feed_failed" },
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.payload).toMatchObject({ feedId: added.feed.id, trainerId: s.trainer.personId });
    // A good load clears the failure: the next failure spell warns again.
    s.fetcher.text = ICS;
    expect(await pu.refreshCalendarFeed(s.pdeps, added.feed.id)).toMatchObject({ status: "ok" });
    s.fetcher.error = "timeout";
    expect(await pu.refreshCalendarFeed(s.pdeps, added.feed.id)).toMatchObject({
      status: "failed",
      warned: true,
    });
    expect(
      await s.prisma.outboxEvent.count({ where: { orgId: s.org.id, kind: "personal.feed_failed" } }),
    ).toBe(2);
  });

  it("an uploaded .ics file is checked, and a bad feed URL is refused with what is allowed", async () => {
    const s = await buildPersonalStudio(getDb());
    const bad = await pu
      .addCalendarFeed(s.pdeps, s.trainer, { url: "file:///etc/passwd" })
      .catch((e: unknown) => e);
    expect(isDomainError(bad) && bad.context).toMatchObject({ field: "feedUrl" });
    const notIcs = await pu
      .importCalendarFile(s.pdeps, s.trainer, { name: "x.ics", text: "hello" })
      .catch((e: unknown) => e);
    expect(isDomainError(notIcs) && notIcs.code).toBe(ErrorCode.InvalidInput);
    const ok = await pu.importCalendarFile(s.pdeps, s.trainer, { name: "sam.ics", text: ICS });
    expect(ok.busyBlocks).toBeGreaterThan(10);
    expect((await pu.listCalendarFeeds(s.pdeps, s.trainer)).map((f) => f.kind)).toEqual(["file"]);
    expect((await pu.listCalendarFeeds(s.pdeps, s.member).catch((e: unknown) => e)) as object).toMatchObject({
      code: ErrorCode.NotAllowed,
    });
  });

  it("the exported .ics parses back with ical.js into the same events, with stable UIDs", async () => {
    const s = await buildPersonalStudio(getDb());
    await s.grant(s.member, s.yogaPass.id);
    const occ = (await s.occurrencesOf(s.yogaSchedule.id))[2];
    await uc.bookSession(s.deps, s.member, { occurrenceId: occ?.id ?? "" });
    const p = await pu.bookPersonalSession(s.pdeps, s.member, {
      sessionTypeId: s.lesson.id,
      trainerId: s.trainer.personId,
      startsAt: berlin("2026-11-24T15:00"),
      paymentMethod: "at_session",
    });
    const first = parsedEvents(await pu.exportMyCalendar(s.pdeps, s.member, "test.local"));
    expect(first).toEqual([
      {
        uid: `personal-${p.id}@test.local`,
        start: berlin("2026-11-24T15:00").toISOString(),
        end: berlin("2026-11-24T16:00").toISOString(),
        summary: "Private lesson with Tom Trainer",
        location: "Studio A",
      },
      {
        uid: expect.stringMatching(/^booking-.+@test\.local$/),
        start: occ?.startsAt.toISOString(),
        end: new Date((occ?.startsAt.getTime() ?? 0) + 3_600_000).toISOString(),
        summary: "Morning Yoga",
        location: "Studio A",
      },
    ]);
    s.clock.advance(60_000);
    expect(
      parsedEvents(await pu.exportMyCalendar(s.pdeps, s.member, "test.local")).map((e) => e.uid),
    ).toEqual(first.map((e) => e.uid));
    // The trainer's calendar holds the sessions taught and the personal session with the member's name.
    const trainer = parsedEvents(await pu.exportMyCalendar(s.pdeps, s.trainer, "test.local"));
    expect(trainer.find((e) => e.uid === `personal-${p.id}@test.local`)?.summary).toBe(
      "Private lesson: Member 1",
    );
    expect(trainer.filter((e) => e.summary === "Morning Yoga (teaching)")).toHaveLength(7);
    // Another member's export shows none of it.
    expect(parsedEvents(await pu.exportMyCalendar(s.pdeps, s.members[1] as Actor))).toEqual([]);
  });

  it("a subscription token is unguessable, stored hashed, and answers nothing once revoked or replaced", async () => {
    const s = await buildPersonalStudio(getDb());
    await pu.bookPersonalSession(s.pdeps, s.member, {
      sessionTypeId: s.lesson.id,
      trainerId: s.trainer.personId,
      startsAt: berlin("2026-11-24T15:00"),
      paymentMethod: "at_session",
    });
    const { token } = await pu.createCalendarSubscription(s.pdeps, s.member);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await s.prisma.calendarSubscription.findMany({ where: { orgId: s.org.id } });
    expect(rows.map((r) => r.tokenHash)).not.toContain(token);
    const ics = await pu.calendarForToken(s.pdeps, token);
    expect(parsedEvents(ics ?? "").map((e) => e.summary)).toEqual(["Private lesson with Tom Trainer"]);
    expect(await pu.calendarForToken(s.pdeps, `${token.slice(0, 42)}x`)).toBeNull();
    expect(await pu.calendarForToken(s.pdeps, "../../etc")).toBeNull();
    const second = await pu.createCalendarSubscription(s.pdeps, s.member);
    expect(await pu.calendarForToken(s.pdeps, token)).toBeNull();
    expect(await pu.calendarForToken(s.pdeps, second.token)).not.toBeNull();
    expect(await pu.revokeCalendarSubscription(s.pdeps, s.member)).toEqual({ revoked: 1 });
    expect(await pu.calendarForToken(s.pdeps, second.token)).toBeNull();
  });
});

describeOnBothBackends("a feed URL refused by the address policy", (getDb) => {
  it("is not kept and is refused with the rule named; no warning notice is written", async () => {
    const s = await buildPersonalStudio(getDb());
    const real = s.fetcher.fetch;
    s.fetcher.fetch = async () => {
      throw new FeedAddressRefusedError("address not allowed: 169.254.169.254");
    };
    try {
      await pu.addCalendarFeed(s.pdeps, s.trainer, { url: "http://169.254.169.254/latest/meta-data/" });
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code === ErrorCode.InvalidInput).toBe(true);
      expect(domainErrorReply(e as never).lines.join(" ")).toMatch(/public internet \(not a private/);
    } finally {
      s.fetcher.fetch = real;
    }
    expect(await pu.listCalendarFeeds(s.pdeps, s.trainer)).toEqual([]);
    expect(await s.prisma.outboxEvent.count({ where: { kind: "personal.feed_failed" } })).toBe(0);
  });
});
