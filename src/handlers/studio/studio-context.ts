import type { Actor, Organization } from "../../domain/model.ts";
import type { ChatPlatform, PlatformCapabilities } from "../../ports/chat.ts";
import type { ChatStateStore } from "../../ports/chat-state.ts";
import type { UseCaseDeps } from "../../use-cases/deps.ts";

/** What a studio command needs of the turn it runs in (kept narrow so the chat core can change around it). */
export interface StudioContext {
  uc: UseCaseDeps;
  actor: Actor;
  org: Organization;
  platform: ChatPlatform;
  /** What that platform can do (a modal, or questions field by field). */
  can: PlatformCapabilities;
  /** The chat the message came from (a guided question is answered there or in a direct message). */
  channelId: string;
  now: Date;
  state: ChatStateStore;
  /** A fresh key for a question waiting in ConversationState. */
  newKey(): string;
}
