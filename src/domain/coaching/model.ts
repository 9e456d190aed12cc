/** 1-2-1 coaching records as use cases see them. Dates without time are local "YYYY-MM-DD" strings. */

export type ProgramStatus = "draft" | "published" | "archived";
export type ClientStatus = "pending" | "active" | "archived";
export type InviteMethod = "manual" | "email" | "link";
export type InviteStatus = "open" | "used" | "revoked";

export interface ProgramInfo {
  id: string;
  orgId: string;
  coachId: string;
  name: string;
  priceCents: number;
  currency: string;
  description: string;
  welcomeMessage: string;
  waiver: string | null;
  status: ProgramStatus;
  digestMinute: number;
}

export interface ClientInfo {
  id: string;
  orgId: string;
  programId: string;
  personId: string | null;
  name: string;
  email: string | null;
  status: ClientStatus;
  inviteMethod: InviteMethod;
  startDate: string | null;
  startDateFixed: boolean;
  visibleDays: number;
  invitedAt: Date | null;
  joinedAt: Date | null;
  waiverAcceptedAt: Date | null;
  announcedThrough: number;
  lastDigestOn: string | null;
}

export interface EntryInfo {
  id: string;
  clientId: string;
  day: number;
  position: number;
  title: string;
  body: string;
}

export interface InviteInfo {
  id: string;
  orgId: string;
  clientId: string;
  method: "email" | "link" | "forward";
  status: InviteStatus;
  expiresAt: Date;
  usedAt: Date | null;
  mailStatus: string | null;
  createdAt: Date;
}
