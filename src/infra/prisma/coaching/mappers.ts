import type {
  ClientInfo,
  ClientStatus,
  EntryInfo,
  InviteInfo,
  InviteMethod,
  InviteStatus,
  ProgramInfo,
  ProgramStatus,
} from "../../../domain/coaching/model.ts";
import type {
  CalendarEntry,
  CoachingInvite,
  CoachingProgram,
  ProgramClient,
} from "../../../generated/prisma/client.ts";

/** @db.Date columns hold a UTC midnight; the domain speaks local "YYYY-MM-DD" dates. */
export const toDateOnly = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
export const fromDateOnly = (s: string | null): Date | null => (s ? new Date(`${s}T00:00:00.000Z`) : null);

export const toProgram = (r: CoachingProgram): ProgramInfo => ({
  id: r.id,
  orgId: r.orgId,
  coachId: r.coachId,
  name: r.name,
  priceCents: r.priceCents,
  currency: r.currency,
  description: r.description,
  welcomeMessage: r.welcomeMessage,
  waiver: r.waiver,
  status: r.status as ProgramStatus,
  digestMinute: r.digestMinute,
});

export const toClient = (r: ProgramClient): ClientInfo => ({
  id: r.id,
  orgId: r.orgId,
  programId: r.programId,
  personId: r.personId,
  name: r.name,
  email: r.email,
  status: r.status as ClientStatus,
  inviteMethod: r.inviteMethod as InviteMethod,
  startDate: toDateOnly(r.startDate),
  startDateFixed: r.startDateFixed,
  visibleDays: r.visibleDays,
  invitedAt: r.invitedAt,
  joinedAt: r.joinedAt,
  waiverAcceptedAt: r.waiverAcceptedAt,
  announcedThrough: r.announcedThrough,
  lastDigestOn: toDateOnly(r.lastDigestOn),
});

export const toEntry = (r: CalendarEntry): EntryInfo => ({
  id: r.id,
  clientId: r.clientId,
  day: r.day,
  position: r.position,
  title: r.title,
  body: r.body,
});

export const toInvite = (r: CoachingInvite): InviteInfo => ({
  id: r.id,
  orgId: r.orgId,
  clientId: r.clientId,
  method: r.method as InviteInfo["method"],
  status: r.status as InviteStatus,
  expiresAt: r.expiresAt,
  usedAt: r.usedAt,
  mailStatus: r.mailStatus,
  createdAt: r.createdAt,
});
