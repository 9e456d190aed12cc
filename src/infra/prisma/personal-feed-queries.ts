import type { PersonalEvent } from "../../domain/personal/events.ts";
import type { Interval } from "../../domain/personal/slots.ts";
import type { CalendarFeed, PersonCalendarItem } from "../../ports/personal-store.ts";
import type { Tx } from "./tx.ts";

const PAYMENT_WORDS: Record<string, string> = {
  at_session: "pay at the session",
  check: "check",
  online: "online",
};

function toFeed(r: Awaited<ReturnType<Tx["trainerCalendarFeed"]["findFirstOrThrow"]>>): CalendarFeed {
  return {
    id: r.id,
    orgId: r.orgId,
    trainerId: r.trainerId,
    kind: r.kind === "file" ? "file" : "url",
    source: r.source,
    lastGoodAt: r.lastGoodAt,
    lastError: r.lastError,
    warnedAt: r.warnedAt,
  };
}

/** External calendar feeds, busy blocks, subscriptions and the calendar export. */
export function personalFeedQueries(tx: Tx) {
  return {
    async listFeeds(orgId: string, trainerId: string): Promise<CalendarFeed[]> {
      return (
        await tx.trainerCalendarFeed.findMany({ where: { orgId, trainerId }, orderBy: { createdAt: "asc" } })
      ).map(toFeed);
    },

    async upsertFeed(
      orgId: string,
      trainerId: string,
      kind: "url" | "file",
      source: string,
    ): Promise<CalendarFeed> {
      return toFeed(
        await tx.trainerCalendarFeed.upsert({
          where: { orgId_trainerId_source: { orgId, trainerId, source } },
          create: { orgId, trainerId, kind, source },
          update: { kind },
        }),
      );
    },

    async getFeed(feedId: string): Promise<CalendarFeed | null> {
      const r = await tx.trainerCalendarFeed.findUnique({ where: { id: feedId } });
      return r ? toFeed(r) : null;
    },

    async listUrlFeedIds(limit: number): Promise<string[]> {
      const rows = await tx.trainerCalendarFeed.findMany({
        where: { kind: "url" },
        select: { id: true },
        orderBy: [{ lastAttemptAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
        take: limit,
      });
      return rows.map((r) => r.id);
    },

    async removeFeed(orgId: string, feedId: string): Promise<boolean> {
      return (await tx.trainerCalendarFeed.deleteMany({ where: { id: feedId, orgId } })).count > 0;
    },

    async replaceBusy(feed: CalendarFeed, blocks: Interval[], now: Date): Promise<void> {
      await tx.busyBlock.deleteMany({ where: { feedId: feed.id } });
      if (blocks.length > 0)
        await tx.busyBlock.createMany({
          data: blocks.map((b) => ({
            orgId: feed.orgId,
            trainerId: feed.trainerId,
            feedId: feed.id,
            startsAt: b.startsAt,
            endsAt: b.endsAt,
          })),
        });
      await tx.trainerCalendarFeed.update({
        where: { id: feed.id },
        data: { lastGoodAt: now, lastAttemptAt: now, lastError: null, warnedAt: null },
      });
    },

    async markFeedFailed(feedId: string, error: string, now: Date): Promise<boolean> {
      const first = await tx.trainerCalendarFeed.updateMany({
        where: { id: feedId, warnedAt: null },
        data: { lastAttemptAt: now, lastError: error.slice(0, 500), warnedAt: now },
      });
      if (first.count > 0) return true;
      await tx.trainerCalendarFeed.updateMany({
        where: { id: feedId },
        data: { lastAttemptAt: now, lastError: error.slice(0, 500) },
      });
      return false;
    },

    async replaceSubscription(orgId: string, personId: string, tokenHash: string, now: Date): Promise<void> {
      await tx.calendarSubscription.updateMany({
        where: { orgId, personId, revokedAt: null },
        data: { revokedAt: now },
      });
      await tx.calendarSubscription.create({ data: { orgId, personId, tokenHash } });
    },

    async revokeSubscriptions(orgId: string, personId: string, now: Date): Promise<number> {
      return (
        await tx.calendarSubscription.updateMany({
          where: { orgId, personId, revokedAt: null },
          data: { revokedAt: now },
        })
      ).count;
    },

    async findSubscription(tokenHash: string): Promise<{ orgId: string; personId: string } | null> {
      return tx.calendarSubscription.findFirst({
        where: { tokenHash, revokedAt: null },
        select: { orgId: true, personId: true },
      });
    },

    async listCalendarOf(orgId: string, personId: string, from: Date): Promise<PersonCalendarItem[]> {
      // One after the other: an interactive transaction is one connection.
      const booked = await tx.booking.findMany({
        where: {
          orgId,
          personId,
          status: "confirmed",
          // The booking's own copy of the start: read by ("personId", "startsAt"), not the whole history.
          startsAt: { gte: from },
          occurrence: { status: "scheduled" },
        },
        select: {
          id: true,
          confirmedAt: true,
          createdAt: true,
          occurrence: {
            select: {
              startsAt: true,
              durationMinutes: true,
              overriddenAt: true,
              template: { select: { name: true } },
              space: { select: { name: true } },
              trainer: { select: { displayName: true } },
            },
          },
        },
        take: 500,
      });
      const taught = await tx.occurrence.findMany({
        where: { orgId, trainerId: personId, status: "scheduled", startsAt: { gte: from } },
        select: {
          id: true,
          startsAt: true,
          durationMinutes: true,
          createdAt: true,
          overriddenAt: true,
          template: { select: { name: true } },
          space: { select: { name: true } },
        },
        take: 500,
      });
      const personal = await tx.personalBooking.findMany({
        where: { orgId, active: true, endsAt: { gt: from }, OR: [{ personId }, { trainerId: personId }] },
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          createdAt: true,
          personId: true,
          paymentMethod: true,
          sessionType: { select: { name: true, location: true } },
          person: { select: { displayName: true } },
          trainer: { select: { displayName: true } },
        },
        take: 500,
      });
      const end = (s: Date, min: number) => new Date(s.getTime() + min * 60_000);
      return [
        ...booked.map((b) => ({
          uid: `booking-${b.id}`,
          startsAt: b.occurrence.startsAt,
          endsAt: end(b.occurrence.startsAt, b.occurrence.durationMinutes),
          title: b.occurrence.template.name,
          location: b.occurrence.space?.name ?? null,
          detail: b.occurrence.trainer ? `With ${b.occurrence.trainer.displayName}` : "",
          updatedAt: b.occurrence.overriddenAt ?? b.confirmedAt ?? b.createdAt,
        })),
        ...taught.map((o) => ({
          uid: `session-${o.id}`,
          startsAt: o.startsAt,
          endsAt: end(o.startsAt, o.durationMinutes),
          title: `${o.template.name} (teaching)`,
          location: o.space?.name ?? null,
          detail: "",
          updatedAt: o.overriddenAt ?? o.createdAt,
        })),
        ...personal.map((p) => ({
          uid: `personal-${p.id}`,
          startsAt: p.startsAt,
          endsAt: p.endsAt,
          title:
            p.personId === personId
              ? `${p.sessionType.name} with ${p.trainer.displayName}`
              : `${p.sessionType.name}: ${p.person.displayName}`,
          location: p.sessionType.location,
          detail: `Payment: ${PAYMENT_WORDS[p.paymentMethod] ?? p.paymentMethod}`,
          updatedAt: p.createdAt,
        })),
      ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    },

    async addOutbox(orgId: string, event: PersonalEvent): Promise<void> {
      await tx.outboxEvent.create({ data: { orgId, kind: event.kind, payload: event.payload } });
    },
  };
}
