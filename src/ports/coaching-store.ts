import type {
  ClientInfo,
  ClientStatus,
  EntryInfo,
  InviteInfo,
  InviteMethod,
  ProgramInfo,
  ProgramStatus,
} from "../domain/coaching/model.ts";
import type { OutboxEventInput } from "../domain/events.ts";
import type { Role } from "../domain/model.ts";

export interface NewProgram {
  orgId: string;
  coachId: string;
  name: string;
  priceCents: number;
  currency: string;
  description: string;
  welcomeMessage: string;
  waiver: string | null;
}

export type ProgramPatch = Partial<
  Pick<
    ProgramInfo,
    "name" | "priceCents" | "currency" | "description" | "welcomeMessage" | "waiver" | "digestMinute"
  > & { status: ProgramStatus }
>;

export interface NewClient {
  orgId: string;
  programId: string;
  name: string;
  email: string | null;
  inviteMethod: InviteMethod;
  startDate: string | null;
  startDateFixed: boolean;
}

export type ClientPatch = Partial<{
  programId: string;
  personId: string;
  name: string;
  email: string | null;
  status: ClientStatus;
  startDate: string | null;
  startDateFixed: boolean;
  visibleDays: number;
  invitedAt: Date;
  joinedAt: Date;
  waiverAcceptedAt: Date;
  announcedThrough: number;
  lastDigestOn: string;
}>;

export interface NewInvite {
  orgId: string;
  clientId: string;
  method: InviteInfo["method"];
  codeHash: string | null;
  expiresAt: Date;
  mailStatus: string | null;
}

/** An active client due a digest check, with what the check needs. */
export interface DigestCandidate {
  client: ClientInfo;
  timezone: string;
  digestMinute: number;
}

/** The reads and writes of 1-2-1 coaching, inside one database transaction. Every read is org-scoped. */
export interface CoachingTx {
  getOrgTimezone(orgId: string): Promise<string | null>;
  getRole(orgId: string, personId: string): Promise<Role | null>;
  /** Makes the person a member of the organization (an existing role is kept). */
  ensureMember(orgId: string, personId: string): Promise<void>;

  createProgram(p: NewProgram): Promise<ProgramInfo>;
  getProgram(orgId: string, programId: string): Promise<ProgramInfo | null>;
  /** Locks the program row until the transaction ends. */
  lockProgram(orgId: string, programId: string): Promise<ProgramInfo | null>;
  /** coachId null: every program of the organization. */
  listPrograms(orgId: string, coachId: string | null): Promise<ProgramInfo[]>;
  updateProgram(programId: string, patch: ProgramPatch): Promise<ProgramInfo>;
  /** Clients that are not archived. */
  countClients(programId: string): Promise<number>;

  createClient(c: NewClient): Promise<ClientInfo>;
  getClient(orgId: string, clientId: string): Promise<ClientInfo | null>;
  lockClient(orgId: string, clientId: string): Promise<ClientInfo | null>;
  listClients(orgId: string, programId: string): Promise<ClientInfo[]>;
  /** The person's clients in the organization (any status). */
  listClientsOfPerson(orgId: string, personId: string): Promise<ClientInfo[]>;
  updateClient(clientId: string, patch: ClientPatch): Promise<ClientInfo>;

  listEntries(clientId: string, fromDay: number, toDay: number): Promise<EntryInfo[]>;
  /** A session of a client of this organization (null for another organization's). */
  getEntry(orgId: string, entryId: string): Promise<EntryInfo | null>;
  createEntry(e: Omit<EntryInfo, "id" | "position">): Promise<EntryInfo>;
  updateEntry(entryId: string, patch: Partial<Pick<EntryInfo, "day" | "title" | "body">>): Promise<EntryInfo>;
  deleteEntry(entryId: string): Promise<void>;

  createInvite(i: NewInvite): Promise<InviteInfo>;
  getInvite(orgId: string, inviteId: string): Promise<InviteInfo | null>;
  /** Locks the invite with this code hash (any organization: the code is the key). */
  lockInviteByHash(codeHash: string): Promise<InviteInfo | null>;
  listInvites(clientId: string): Promise<InviteInfo[]>;
  /** Revokes every open invite of the client; returns how many. */
  revokeOpenInvites(clientId: string): Promise<number>;
  markInviteUsed(inviteId: string, personId: string, now: Date): Promise<void>;

  addOutbox(orgId: string, event: OutboxEventInput): Promise<void>;
}

/** Runs a unit of coaching work atomically. */
export interface CoachingStore {
  transaction<T>(fn: (tx: CoachingTx) => Promise<T>): Promise<T>;
  /** Active clients (of unarchived programs) not yet checked today, across organizations. */
  listDigestCandidates(): Promise<DigestCandidate[]>;
}
