import { DateTime } from "luxon";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { BookingStore } from "../ports/booking-store.ts";
import type { Clock } from "../ports/clock.ts";
import { createSchedule } from "../use-cases/studio/create-schedule.ts";

/**
 * A demo database opened again weeks later would have nothing left to book. When no session lies
 * ahead, each demo schedule is repeated for two more weeks from today (through the use case, as a
 * studio admin would). Returns the number of schedules added.
 */
export async function refreshDemo(
  prisma: PrismaClient,
  store: BookingStore,
  clock: Clock,
  orgId: string,
): Promise<number> {
  const now = clock.now();
  const ahead = await prisma.occurrence.count({
    where: { orgId, startsAt: { gt: now }, status: "scheduled" },
  });
  if (ahead > 0) return 0;
  const org = await prisma.organization.findUnique({ where: { id: orgId } });
  const admin = await prisma.membership.findFirst({
    where: { orgId, role: "admin" },
    orderBy: { createdAt: "asc" },
  });
  if (!org || !admin) return 0;
  // The latest schedule of each template is the pattern to repeat.
  const schedules = await prisma.schedule.findMany({ where: { orgId }, orderBy: { createdAt: "desc" } });
  const latest = new Map<string, (typeof schedules)[number]>();
  for (const s of schedules) if (!latest.has(s.templateId)) latest.set(s.templateId, s);
  const today = DateTime.fromJSDate(now, { zone: org.timezone }).startOf("day");
  const range = {
    startDate: today.toFormat("yyyy-MM-dd"),
    endDate: today.plus({ days: 13 }).toFormat("yyyy-MM-dd"),
  };
  const actor = { orgId, personId: admin.personId, role: "admin" as const };
  for (const s of latest.values()) {
    await createSchedule({ store, clock }, actor, {
      templateId: s.templateId,
      weekdays: s.weekdays,
      startTime: s.startTime,
      ...range,
    });
  }
  return latest.size;
}
