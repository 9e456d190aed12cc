import type { Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import type { ChatStateStore } from "../../ports/chat-state.ts";

/** Conversation state in the ConversationState table; expired rows read as absent. */
export function createPrismaChatState(prisma: PrismaClient): ChatStateStore {
  return {
    async get(key, now) {
      const row = await prisma.conversationState.findUnique({ where: { key } });
      return row && row.expiresAt.getTime() > now.getTime() ? row.data : null;
    },
    async set(key, data, expiresAt) {
      // Callers store plain JSON-shaped objects (ids, strings, numbers); Prisma's JSON type says so.
      const json = data as Prisma.InputJsonValue;
      await prisma.conversationState.upsert({
        where: { key },
        create: { key, data: json, expiresAt },
        update: { data: json, expiresAt },
      });
    },
    async delete(key) {
      await prisma.conversationState.deleteMany({ where: { key } });
    },
  };
}
