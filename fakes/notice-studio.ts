import type { OutboxEventInput } from "../src/domain/events.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";

/** A studio in London with a Yoga session on Sat 28 Nov 2026 07:00, members on Telegram and Slack. */
export const SESSION_START = new Date("2026-11-28T07:00:00Z");
export const TZ = "Europe/London";

export interface Studio {
  orgId: string;
  occurrenceId: string;
  scheduleId: string;
  closedScheduleId: string;
  trainingTypeId: string;
  trainerId: string;
  adminId: string;
  /** The trainer's and the admin's Telegram chats. */
  trainerChat: string;
  adminChat: string;
  passTypeId: string;
  members: Array<{ personId: string; passId: string; bookingId: string; platformUserId: string }>;
  channelLinkId: string;
}

/** Seeds one organization; `members` each get a Telegram identity (the first also Slack), a pass and a confirmed booking. */
export async function seedStudio(
  prisma: PrismaClient,
  opts: {
    members: number;
    tag?: string;
    reminderMinutesBefore?: number | null;
    /** Links the pass type to the closed schedule, so the hourly "No pass linked" scan finds nothing. */
    closedScheduleHasPass?: boolean;
  },
): Promise<Studio> {
  const tag = opts.tag ?? "s";
  const org = await prisma.organization.create({
    data: { name: `Studio ${tag}`, timezone: TZ, reminderMinutesBefore: opts.reminderMinutesBefore ?? null },
  });
  const trainer = await prisma.person.create({ data: { displayName: "Anna" } });
  const admin = await prisma.person.create({ data: { displayName: "Ben" } });
  await prisma.membership.createMany({
    data: [
      { orgId: org.id, personId: trainer.id, role: "trainer" },
      { orgId: org.id, personId: admin.id, role: "admin" },
    ],
  });
  await prisma.platformIdentity.createMany({
    data: [
      { platform: "telegram", platformUserId: `${tag}-tg-trainer`, personId: trainer.id },
      { platform: "telegram", platformUserId: `${tag}-tg-admin`, personId: admin.id },
    ],
  });
  const space = await prisma.space.create({ data: { orgId: org.id, name: "Studio 2" } });
  const type = await prisma.trainingType.create({ data: { orgId: org.id, name: "Yoga" } });
  const template = await prisma.trainingTemplate.create({
    data: {
      orgId: org.id,
      name: "Morning Yoga",
      trainingTypeId: type.id,
      durationMinutes: 60,
      capacity: 2000,
      defaultTrainerId: trainer.id,
      defaultSpaceId: space.id,
    },
  });
  const closedTemplate = await prisma.trainingTemplate.create({
    data: {
      orgId: org.id,
      name: "Closed Pilates",
      trainingTypeId: type.id,
      durationMinutes: 60,
      capacity: 8,
      closed: true,
    },
  });
  const dates = { startDate: new Date("2026-11-01"), endDate: new Date("2027-03-31") };
  const schedule = await prisma.schedule.create({
    data: { orgId: org.id, templateId: template.id, weekdays: [6], startTime: "07:00", ...dates },
  });
  const closed = await prisma.schedule.create({
    data: { orgId: org.id, templateId: closedTemplate.id, weekdays: [2], startTime: "18:00", ...dates },
  });
  const occ = await prisma.occurrence.create({
    data: {
      orgId: org.id,
      templateId: template.id,
      scheduleId: schedule.id,
      slotStartsAt: SESSION_START,
      startsAt: SESSION_START,
      durationMinutes: 60,
      capacity: 2000,
      trainerId: trainer.id,
      spaceId: space.id,
    },
  });
  const passType = await prisma.passType.create({
    data: { orgId: org.id, name: "10-class pass", sessions: 10, validityDays: 90 },
  });
  if (opts.closedScheduleHasPass)
    await prisma.passTypeSchedule.create({ data: { passTypeId: passType.id, scheduleId: closed.id } });
  const link = await prisma.channelLink.create({
    data: { orgId: org.id, platform: "telegram", channelId: "-1007770001", scheduleId: schedule.id },
  });

  const members: Studio["members"] = [];
  const people = await prisma.person.createManyAndReturn({
    data: Array.from({ length: opts.members }, (_, i) => ({ displayName: `Member ${i}` })),
  });
  await prisma.membership.createMany({
    data: people.map((p) => ({ orgId: org.id, personId: p.id, role: "member" as const })),
  });
  await prisma.platformIdentity.createMany({
    data: people.map((p, i) => ({
      platform: "telegram" as const,
      platformUserId: `${tag}-tg-${i}`,
      personId: p.id,
      createdAt: new Date("2026-01-01T00:00:00Z"),
    })),
  });
  const passes = await prisma.pass.createManyAndReturn({
    data: people.map((p) => ({
      orgId: org.id,
      personId: p.id,
      passTypeId: passType.id,
      remaining: 9,
      validFrom: new Date("2026-11-01T00:00:00Z"),
      validUntil: new Date("2027-01-31T00:00:00Z"),
    })),
  });
  const bookings = await prisma.booking.createManyAndReturn({
    data: people.map((p, i) => ({
      orgId: org.id,
      occurrenceId: occ.id,
      personId: p.id,
      passId: passes[i]?.id ?? null,
      status: "confirmed" as const,
      confirmedAt: new Date("2026-11-20T10:00:00Z"),
    })),
  });
  people.forEach((p, i) => {
    members.push({
      personId: p.id,
      passId: passes[i]?.id ?? "",
      bookingId: bookings[i]?.id ?? "",
      platformUserId: `${tag}-tg-${i}`,
    });
  });
  return {
    orgId: org.id,
    occurrenceId: occ.id,
    scheduleId: schedule.id,
    closedScheduleId: closed.id,
    trainingTypeId: type.id,
    trainerId: trainer.id,
    adminId: admin.id,
    trainerChat: `${tag}-tg-trainer`,
    adminChat: `${tag}-tg-admin`,
    passTypeId: passType.id,
    members,
    channelLinkId: link.id,
  };
}

/**
 * An IANA zone (Etc/GMT±n) in which the local hour at `now` is `hour`: lets a test make the daily
 * "No pass linked" scan (from 09:00 local) find work whatever time the test runs.
 */
export function zoneWithLocalHour(now: Date, hour: number): string {
  let offset = hour - now.getUTCHours();
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  // Etc/GMT names carry the inverted sign: Etc/GMT-2 is UTC+2.
  return offset === 0 ? "Etc/GMT" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
}

/** Writes an outbox row as the booking engine does (shaped by src/domain/events.ts). */
export async function addOutbox(
  prisma: PrismaClient,
  orgId: string,
  event: OutboxEventInput,
): Promise<bigint> {
  const row = await prisma.outboxEvent.create({ data: { orgId, kind: event.kind, payload: event.payload } });
  return row.id;
}

/** A reschedule announced to every booked member (and the linked group channel). */
export function rescheduleEvent(s: Studio): OutboxEventInput {
  return {
    kind: "occurrence.rescheduled",
    payload: {
      occurrenceId: s.occurrenceId,
      previousStartsAt: "2026-11-28T06:00:00.000Z",
      changes: ["time"],
      notify: s.members.map((m) => m.personId),
      bookingsCancelled: false,
      refunds: [],
    },
  };
}

type Member = Studio["members"][number];

/** A waitlist promotion of one member on the studio's session. */
export const promotedEvent = (s: Studio, m: Member): OutboxEventInput => ({
  kind: "waitlist.promoted",
  payload: { occurrenceId: s.occurrenceId, bookingId: m.bookingId, personId: m.personId, passId: m.passId },
});

/** A promotion skipped for lack of a usable pass, for one member on the studio's session. */
export const skippedEvent = (s: Studio, m: Member): OutboxEventInput => ({
  kind: "waitlist.skipped",
  payload: {
    occurrenceId: s.occurrenceId,
    bookingId: m.bookingId,
    personId: m.personId,
    reason: "no_usable_pass",
  },
});
