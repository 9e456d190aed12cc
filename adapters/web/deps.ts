/** The ports the web chat uses, in one place. */
export type { ChatPlatform } from "../../src/ports/chat.ts";
export type { AdapterHost } from "../../src/ports/chat-adapter.ts";
export type { AdapterInbox } from "../../src/ports/inbox.ts";
export type { Logger } from "../../src/ports/logger.ts";
