import type { Actor } from "../../domain/model.ts";
import type { InviteLinks } from "../../replies/coaching/invite-text.ts";
import type { CoachingDeps } from "../../use-cases/coaching/deps.ts";

/** What coaching handlers need of a chat turn (kept small so the chat core can change around it). */
export interface CoachingChatContext {
  uc: CoachingDeps;
  personId: string;
  /** Null before an organization is known (joining by code works without one). */
  actor: Actor | null;
  org: { id: string; name: string; timezone: string } | null;
  links: InviteLinks;
  /** A person's name in this organization (a coach named to a client), when known. */
  nameOf?: (personId: string) => string | undefined;
}

export type CoachContext = CoachingChatContext & {
  actor: Actor;
  org: { id: string; name: string; timezone: string };
};
