import type { PrismaClient } from "../../generated/prisma/client.ts";

/** A delivery whose send may or may not have reached the platform (docs/notices.md, guarantee 5). */
export interface UncertainDelivery {
  key: string;
  orgId: string;
  kind: string;
  platform: string;
  targetKind: string;
  targetId: string;
  attempts: number;
  attemptedAt: Date | null;
  lastError: string | null;
}

/**
 * What an operator needs for uncertain deliveries: the list (status endpoint, CLI), and a resend
 * after a human decided the person did not get it (the row goes back to "pending" and the next
 * delivery pass sends it; its key and target stay the same).
 */
export function createUncertainDeliveries(prisma: PrismaClient) {
  return {
    async list(limit = 100): Promise<UncertainDelivery[]> {
      return prisma.noticeDelivery.findMany({
        where: { status: "uncertain" },
        orderBy: [{ attemptedAt: "asc" }, { key: "asc" }],
        take: limit,
        select: {
          key: true,
          orgId: true,
          kind: true,
          platform: true,
          targetKind: true,
          targetId: true,
          attempts: true,
          attemptedAt: true,
          lastError: true,
        },
      });
    },

    /** Back to pending, only if still uncertain; returns the keys that were reopened. */
    async approveResend(keys: string[], operator: string): Promise<string[]> {
      const reopened: string[] = [];
      for (const key of keys) {
        const r = await prisma.noticeDelivery.updateMany({
          where: { key, status: "uncertain" },
          data: { status: "pending", lastError: `resend approved by ${operator.slice(0, 100)}` },
        });
        if (r.count === 1) reopened.push(key);
      }
      return reopened;
    },
  };
}
