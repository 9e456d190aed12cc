import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { IdentityStore } from "../../ports/identity-store.ts";
import { createPrismaChatState } from "./chat-state.ts";
import { createPrismaDirectory } from "./directory-store.ts";
import { createPrismaIdentityStore } from "./identity-store.ts";
import { createPrismaPersonalStore } from "./personal-store.ts";

/** The chat core's stores on one database: who is who, conversation state, names, personal sessions. */
export function prismaChatStores(prisma: PrismaClient): {
  identities: IdentityStore;
  state: ReturnType<typeof createPrismaChatState>;
  directory: ReturnType<typeof createPrismaDirectory>;
  personal: ReturnType<typeof createPrismaPersonalStore>;
} {
  return {
    identities: createPrismaIdentityStore(prisma),
    state: createPrismaChatState(prisma),
    directory: createPrismaDirectory(prisma),
    personal: createPrismaPersonalStore(prisma),
  };
}
