import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { DeliveryRecord, DeliveryStatus, NoticeDeliveryStore } from "../../ports/notice-deliveries.ts";

const OPEN: DeliveryStatus[] = ["pending", "attempting"];
const MAX_ERROR_LENGTH = 500;

type Row = Awaited<ReturnType<PrismaClient["noticeDelivery"]["findUniqueOrThrow"]>>;

function toRecord(r: Row): DeliveryRecord {
  return {
    key: r.key,
    orgId: r.orgId,
    kind: r.kind,
    outboxId: r.outboxId,
    subjectId: r.subjectId,
    personId: r.personId,
    platform: r.platform,
    targetKind: r.targetKind === "channel" ? "channel" : "direct",
    targetId: r.targetId,
    status: r.status as DeliveryStatus,
    attempts: r.attempts,
    attemptedAt: r.attemptedAt,
    sentAt: r.sentAt,
    messageId: r.messageId,
    lastError: r.lastError,
    createdAt: r.createdAt,
  };
}

/** Delivery tracking in the NoticeDelivery table. */
export function createPrismaNoticeDeliveries(prisma: PrismaClient): NoticeDeliveryStore {
  return {
    async ensure(rows) {
      if (rows.length === 0) return;
      await prisma.noticeDelivery.createMany({ data: rows, skipDuplicates: true });
    },

    async get(key) {
      const r = await prisma.noticeDelivery.findUnique({ where: { key } });
      return r ? toRecord(r) : null;
    },

    async listOpenKeysOfOutbox(outboxId) {
      return prisma.noticeDelivery.findMany({
        where: { outboxId, status: { in: OPEN } },
        select: { key: true, platform: true },
        orderBy: { key: "asc" },
      });
    },

    async listOpen(limit) {
      const rows = await prisma.noticeDelivery.findMany({
        where: { status: { in: OPEN } },
        orderBy: [{ createdAt: "asc" }, { key: "asc" }],
        take: limit,
      });
      return rows.map(toRecord);
    },

    async claimAttempt(key, expectedAttempts, now) {
      const r = await prisma.noticeDelivery.updateMany({
        where: { key, attempts: expectedAttempts, status: { in: OPEN } },
        data: { status: "attempting", attempts: { increment: 1 }, attemptedAt: now },
      });
      return r.count === 1;
    },

    async markSent(key, messageId, now) {
      await prisma.noticeDelivery.update({
        where: { key },
        data: { status: "sent", sentAt: now, messageId, lastError: null },
      });
    },

    async markNotSent(key, error) {
      await prisma.noticeDelivery.updateMany({
        where: { key, status: "attempting" },
        data: { status: "pending", lastError: error.slice(0, MAX_ERROR_LENGTH) },
      });
    },

    async markFinal(key, status, error) {
      // Never downgrade a delivery that has been sent.
      await prisma.noticeDelivery.updateMany({
        where: { key, status: { not: "sent" } },
        data: { status, lastError: error.slice(0, MAX_ERROR_LENGTH) },
      });
    },

    async hasEarlierOpen(d) {
      const earlier = await prisma.noticeDelivery.findFirst({
        where: {
          platform: d.platform,
          targetId: d.targetId,
          status: { in: OPEN },
          key: { not: d.key },
          createdAt: { lte: d.createdAt },
          ...(d.outboxId !== null
            ? { OR: [{ outboxId: { lt: d.outboxId } }, { outboxId: null, createdAt: { lt: d.createdAt } }] }
            : { createdAt: { lt: d.createdAt } }),
        },
        select: { key: true },
      });
      return earlier !== null;
    },

    async existsSince(kind, subjectId, personId, since) {
      const found = await prisma.noticeDelivery.findFirst({
        where: { kind, subjectId, personId, createdAt: { gte: since }, status: { not: "skipped" } },
        select: { key: true },
      });
      return found !== null;
    },

    async countByStatus() {
      const groups = await prisma.noticeDelivery.groupBy({ by: ["status"], _count: { _all: true } });
      return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
    },
  };
}
