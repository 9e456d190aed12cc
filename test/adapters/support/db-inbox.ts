import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createInboxProcessor, type InboxProcessor } from "../../../src/inbox/inbox-processor.ts";
import { createPrismaInbox } from "../../../src/infra/prisma/inbox-store.ts";
import type { Logger } from "../../../src/ports/logger.ts";
import { silentLogger } from "../../../src/ports/logger.ts";

/** The inbox exactly as the app runs it (src/app/main.ts), on a test database. */
export function createDbInbox(prisma: PrismaClient, log: Logger = silentLogger): InboxProcessor {
  return createInboxProcessor({ inbox: createPrismaInbox(prisma), log });
}
