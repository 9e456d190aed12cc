import type { ClientInfo, EntryInfo, InviteInfo, ProgramInfo } from "../domain/coaching/model.ts";

/** A client with what a coaching notice shows about them. */
export interface CoachingNoticeClient {
  client: ClientInfo;
  program: ProgramInfo;
  orgName: string;
  timezone: string;
  /** The studio's language tag ("de-DE"): the invite mail is written in it (the client has no chat language yet). */
  locale?: string;
}

/** What coaching notices read (part of the NoticeLoader). */
export interface CoachingNoticeLoader {
  getCoachingClient(clientId: string): Promise<CoachingNoticeClient | null>;
  listCoachingEntries(clientId: string, fromDay: number, toDay: number): Promise<EntryInfo[]>;
  getCoachingEntry(entryId: string): Promise<EntryInfo | null>;
}

/** The e-mail invite's own delivery record, on the invite row (see docs/coaching.md). */
export interface InviteMailStore {
  getInviteForMail(inviteId: string): Promise<{ invite: InviteInfo; notice: CoachingNoticeClient } | null>;
  /**
   * queued -> sending, recording the hash of the code the mail will carry. False when another
   * worker got there first or the invite is no longer queued and open.
   */
  claimInviteMail(inviteId: string, codeHash: string): Promise<boolean>;
  markInviteMail(inviteId: string, status: "sent" | "failed", error?: string): Promise<void>;
  /** The send failed before reaching the server: back to queued, the code forgotten. */
  requeueInviteMail(inviteId: string, error: string): Promise<void>;
}
