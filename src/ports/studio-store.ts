import type { Role } from "../domain/model.ts";
import type { PassTypeInfo, ScheduleInfo, TemplateInfo } from "./catalog-store.ts";
import type { ChatPlatform } from "./chat.ts";

/** Who may grant passes: trainers and admins ("staff"), or admins only. */
export type PassGrantPolicy = "staff" | "admins";

/** The settings an admin changes from chat. */
export interface OrgSettings {
  id: string;
  name: string;
  timezone: string;
  locale: string;
  reminderMinutesBefore: number | null;
  passGrantPolicy: PassGrantPolicy;
}

/** A member's own reminder settings in one studio: off, or their lead time over the studio's. */
export interface MemberReminders {
  off: boolean;
  /** Null: the studio's lead time. */
  minutesBefore: number | null;
}

/** A named catalogue entry that can be archived (training type, space). */
export interface NamedEntry {
  id: string;
  name: string;
  archived: boolean;
}

export interface CatalogTemplate extends TemplateInfo {
  archived: boolean;
}

export interface CatalogSchedule extends ScheduleInfo {
  archived: boolean;
}

export interface CatalogPassType extends PassTypeInfo {
  priceCents: number;
  currency: string;
}

/** Everything in an organization's catalogue, archived entries included (flagged). */
export interface Catalog {
  trainingTypes: NamedEntry[];
  spaces: NamedEntry[];
  templates: CatalogTemplate[];
  schedules: CatalogSchedule[];
  passTypes: CatalogPassType[];
}

/** A staff role waiting for someone who has not talked to the bot yet. */
export interface PendingRole {
  id: string;
  orgId: string;
  role: Exclude<Role, "member">;
  platform: ChatPlatform | null;
  platformUserId: string | null;
  name: string | null;
}

/** An upcoming occurrence of a schedule with its active (confirmed or waitlisted) bookers. */
export interface FutureOccurrence {
  id: string;
  slotStartsAt: Date;
  startsAt: Date;
  bookedPersonIds: string[];
}

/** One ledger line of a pass, for staff looking at a member's passes. */
export interface LedgerLine {
  passId: string;
  kind: "grant" | "deduct" | "refund";
  amount: number;
  cause: string;
  at: Date;
}

export interface AdminRequestRecord {
  id: string;
  orgId: string;
  kind: string;
  payload: unknown;
  requestedById: string;
  status: "open" | "approved" | "declined";
}

/** Reads and writes for opening a studio, staff, settings and editing the catalogue (one transaction). */
export interface StudioTx {
  // setup codes
  insertSetupCode(codeHash: string, expiresAt: Date): Promise<void>;
  /** Marks an unused, unexpired code used and returns its id; null when none. Atomic under races. */
  consumeSetupCode(codeHash: string, now: Date): Promise<string | null>;
  finishSetupCode(id: string, personId: string, orgId: string): Promise<void>;
  /** Locks (creating) the attempt row of a platform account and returns its state. */
  lockSetupAttempt(
    key: string,
    now: Date,
  ): Promise<{ failures: number; windowStart: Date; blockedUntil: Date | null }>;
  saveSetupAttempt(
    key: string,
    state: { failures: number; windowStart: Date; blockedUntil: Date | null },
  ): Promise<void>;
  countOrganizations(): Promise<number>;
  createOrganization(o: { name: string; timezone: string; locale: string }): Promise<{ id: string }>;
  orgOfWorkspace(platform: ChatPlatform, externalId: string): Promise<string | null>;
  connectWorkspace(platform: ChatPlatform, externalId: string, orgId: string): Promise<void>;

  // settings and staff
  getSettings(orgId: string): Promise<OrgSettings | null>;
  /** Locks the organization row: serializes changes that check "the last admin". */
  lockOrganization(orgId: string): Promise<void>;
  updateSettings(orgId: string, patch: Partial<Omit<OrgSettings, "id">>): Promise<OrgSettings>;
  /** A member's own reminder settings; null when they are not a member of the studio. */
  getMemberReminders(orgId: string, personId: string): Promise<MemberReminders | null>;
  setMemberReminders(orgId: string, personId: string, r: MemberReminders): Promise<void>;
  countUpcomingOccurrences(orgId: string, now: Date): Promise<number>;
  countAdmins(orgId: string): Promise<number>;
  personOfIdentity(platform: ChatPlatform, platformUserId: string): Promise<string | null>;
  addPendingRole(p: Omit<PendingRole, "id"> & { grantedById: string }): Promise<PendingRole>;
  listPendingRoles(orgId: string): Promise<PendingRole[]>;
  deletePendingRoles(ids: string[]): Promise<void>;
  /** Pending roles matching this account or name, marked claimed (each once, under races). */
  claimPendingRoles(
    orgId: string,
    match: { platform: ChatPlatform; platformUserId: string; name: string },
    now: Date,
  ): Promise<PendingRole[]>;

  // catalogue
  getCatalog(orgId: string): Promise<Catalog>;
  updateTrainingType(id: string, patch: { name?: string; archived?: boolean }): Promise<void>;
  updateSpace(id: string, patch: { name?: string; archived?: boolean }): Promise<void>;
  updateTemplate(id: string, patch: Partial<Omit<CatalogTemplate, "id" | "orgId">>): Promise<void>;
  updateSchedule(
    id: string,
    patch: Partial<Pick<CatalogSchedule, "weekdays" | "startTime" | "startDate" | "endDate" | "archived">>,
  ): Promise<void>;
  updatePassType(
    id: string,
    patch: Partial<
      Pick<
        CatalogPassType,
        "name" | "sessions" | "validityDays" | "priceCents" | "currency" | "archived" | "trainingTypeIds"
      >
    > & { scheduleIds?: string[] },
  ): Promise<void>;
  /** Scheduled occurrences of a schedule starting after `after`, with their active bookers. */
  listFutureOccurrences(scheduleId: string, after: Date): Promise<FutureOccurrence[]>;
  deleteOccurrences(ids: string[]): Promise<void>;
  /** The sessions applyTemplateToFutureOccurrences would change (to check them for clashes first). */
  listTemplateFutureOccurrences(
    templateId: string,
    after: Date,
  ): Promise<
    Array<{
      id: string;
      startsAt: Date;
      durationMinutes: number;
      trainerId: string | null;
      spaceId: string | null;
    }>
  >;
  /** Gives a template's new terms to its future sessions that nobody booked and no trainer overrode. */
  applyTemplateToFutureOccurrences(
    templateId: string,
    after: Date,
    patch: {
      durationMinutes?: number;
      capacity?: number;
      trainerId?: string | null;
      spaceId?: string | null;
    },
  ): Promise<number>;

  // passes and requests
  listLedgerOf(orgId: string, personId: string): Promise<LedgerLine[]>;
  createAdminRequest(r: {
    orgId: string;
    kind: string;
    payload: unknown;
    requestedById: string;
  }): Promise<AdminRequestRecord>;
  /** Moves an open request to approved/declined; null when it is not open (decided already, or unknown). */
  decideAdminRequest(
    orgId: string,
    id: string,
    status: "approved" | "declined",
    by: string,
    now: Date,
  ): Promise<AdminRequestRecord | null>;
}
