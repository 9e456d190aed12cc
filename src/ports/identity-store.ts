import type { Role } from "../domain/model.ts";
import type { ChatPlatform } from "./chat.ts";

/** A one-time code (identity linking, organization connect), as stored: its digest, never the code. */
export interface LinkCodeRecord {
  codeHash: string;
  purpose: "link_identity" | "connect_workspace";
  personId: string | null;
  orgId: string | null;
}

/** What came of a typed code. */
export type CodeRedemption =
  | { ok: true; code: LinkCodeRecord }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "slow_down"; retryAfterMs: number };

/** Who is behind a platform account, which organizations a chat workspace and a person belong to. */
export interface IdentityStore {
  findPerson(
    platform: ChatPlatform,
    platformUserId: string,
  ): Promise<{ personId: string; displayName: string } | null>;
  /**
   * Creates a person with this identity; returns the existing one when another process won the race.
   * `visitor`: a shared read-only visitor (IncomingEvent.user.visitor), kept out of member lists.
   */
  createPerson(
    platform: ChatPlatform,
    platformUserId: string,
    displayName: string,
    visitor?: boolean,
  ): Promise<{ personId: string; displayName: string }>;
  /** Points this platform identity at another person (the one who issued a link code). */
  attachIdentity(platform: ChatPlatform, platformUserId: string, personId: string): Promise<void>;
  /** The language a person chose (/language de), or null to follow their platform and studio again. */
  setLanguage(personId: string, language: string | null): Promise<void>;
  /** The language a platform account reports now (stored so notices to it are written in it). */
  setPlatformLanguage(platform: ChatPlatform, platformUserId: string, language: string | null): Promise<void>;

  orgOfWorkspace(platform: ChatPlatform, workspaceId: string): Promise<string | null>;
  /**
   * The organization of a connected workspace and this person's role there, adding them as a member
   * when they are new (one round trip on every workspace message); null for an unconnected workspace.
   */
  joinWorkspaceOrg(
    platform: ChatPlatform,
    workspaceId: string,
    personId: string,
  ): Promise<{ orgId: string; role: Role } | null>;
  mapWorkspace(platform: ChatPlatform, workspaceId: string, orgId: string): Promise<void>;
  memberships(personId: string): Promise<Array<{ orgId: string; orgName: string; role: Role }>>;
  /** Adds a membership (no-op when one exists; an existing role is never lowered). */
  ensureMembership(orgId: string, personId: string, role: Role): Promise<Role>;

  createCode(rec: LinkCodeRecord, expiresAt: Date): Promise<void>;
  /**
   * Marks an unused, unexpired code of that purpose (by its digest) as used and returns it, in one
   * transaction with `guesser`'s count of wrong codes: a wrong one counts, a right one clears it,
   * and while the guesser is blocked every try is refused, a right code too (nothing is spent).
   */
  consumeCode(
    codeHash: string,
    purpose: LinkCodeRecord["purpose"],
    guesser: string,
    now: Date,
  ): Promise<CodeRedemption>;

  /** The platform accounts of one person. */
  identitiesOf(personId: string): Promise<Array<{ platform: ChatPlatform; platformUserId: string }>>;
  /** The accounts on a platform whose person is a trainer or an admin somewhere, with the highest role. */
  staffAccounts(platform: ChatPlatform): Promise<Array<{ platformUserId: string; role: Role }>>;

  linkChannel(link: {
    orgId: string;
    platform: ChatPlatform;
    channelId: string;
    scheduleId?: string;
    trainingTypeId?: string;
  }): Promise<void>;
}
