import type { Role } from "../domain/model.ts";

export interface PassTypeInfo {
  id: string;
  orgId: string;
  name: string;
  sessions: number;
  validityDays: number;
  archived: boolean;
  trainingTypeIds: string[];
  scheduleIds: string[];
}

export interface ScheduleInfo {
  id: string;
  orgId: string;
  templateId: string;
  name: string;
  closed: boolean;
  weekdays: number[];
  startTime: string;
  startDate: string;
  endDate: string;
}

export interface NewTemplate {
  orgId: string;
  name: string;
  description: string;
  trainingTypeId: string;
  durationMinutes: number;
  capacity: number;
  defaultTrainerId: string | null;
  defaultSpaceId: string | null;
  bookingDeadlineMinutes: number;
  cancellationDeadlineMinutes: number;
  closed: boolean;
}

export interface TemplateInfo extends NewTemplate {
  id: string;
}

/** Writes that set up what can be booked: types, spaces, templates, schedules, pass types. */
export interface CatalogTx {
  createTrainingType(orgId: string, name: string): Promise<{ id: string; name: string }>;
  findTrainingTypeByName(orgId: string, name: string): Promise<{ id: string; name: string } | null>;
  listTrainingTypes(orgId: string): Promise<Array<{ id: string; name: string }>>;
  createSpace(orgId: string, name: string): Promise<{ id: string; name: string }>;
  listSpaces(orgId: string): Promise<Array<{ id: string; name: string }>>;
  getSpace(orgId: string, spaceId: string): Promise<{ id: string; name: string } | null>;
  createTemplate(t: NewTemplate): Promise<TemplateInfo>;
  getTemplate(orgId: string, templateId: string): Promise<TemplateInfo | null>;
  createSchedule(s: Omit<ScheduleInfo, "id" | "name" | "closed">): Promise<ScheduleInfo>;
  createPassType(p: {
    orgId: string;
    name: string;
    sessions: number;
    validityDays: number;
    trainingTypeIds: string[];
    scheduleIds: string[];
    priceCents?: number;
    currency?: string;
  }): Promise<PassTypeInfo>;
  linkPassTypeToSchedule(passTypeId: string, scheduleId: string): Promise<void>;
  unlinkPassTypeFromSchedule(passTypeId: string, scheduleId: string): Promise<void>;
  setMembership(orgId: string, personId: string, role: Role): Promise<void>;
}
