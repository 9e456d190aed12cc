import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { ChatMenuRecords } from "../../ports/role-menus.ts";

/** ChatMenuRecords in the ChatMenu table (one row per private chat showing a staff menu). */
export function createPrismaChatMenus(prisma: PrismaClient): ChatMenuRecords {
  return {
    async staffMenus(platform) {
      return prisma.chatMenu.findMany({
        where: { platform },
        select: { platformUserId: true, role: true },
        orderBy: { platformUserId: "asc" },
      });
    },
    async menuSet(platform, platformUserId, role) {
      if (role === "member") {
        await prisma.chatMenu.deleteMany({ where: { platform, platformUserId } });
        return;
      }
      await prisma.chatMenu.upsert({
        where: { platform_platformUserId: { platform, platformUserId } },
        create: { platform, platformUserId, role },
        update: { role, setAt: new Date() },
      });
    },
  };
}
