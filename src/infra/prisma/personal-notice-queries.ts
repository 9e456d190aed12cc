import type { PersonalFacts } from "../../domain/personal/events.ts";
import type { PaymentMethod } from "../../domain/personal/model.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { MEMBER_LEAD } from "./reminder-lead.ts";

export interface DuePersonalReminder {
  bookingId: string;
  orgId: string;
  personId: string;
  startsAt: Date;
}

/** What the notices need of personal bookings: reminders due, and a booking's facts now. */
export function createPersonalNoticeQueries(prisma: PrismaClient) {
  return {
    /** Confirmed personal bookings whose reminder time (the organization's lead) fell in (from, to]. */
    async listDuePersonalReminders(from: Date, to: Date): Promise<DuePersonalReminder[]> {
      return prisma.$queryRaw<DuePersonalReminder[]>`
        SELECT b.id AS "bookingId", b."orgId", b."personId", b."startsAt"
        FROM "PersonalBooking" b
        JOIN "Organization" org ON org.id = b."orgId"
        LEFT JOIN "Membership" m ON m."orgId" = b."orgId" AND m."personId" = b."personId"
        CROSS JOIN LATERAL (${MEMBER_LEAD}) r
        WHERE b.active AND r.lead IS NOT NULL
          AND b."startsAt" > ${to}
          AND b."startsAt" - make_interval(mins => r.lead) > ${from}
          AND b."startsAt" - make_interval(mins => r.lead) <= ${to}
        ORDER BY b."startsAt", b.id`;
    },

    /** A confirmed personal booking as a reminder tells it; null once cancelled or moved. */
    async personalReminderFacts(
      bookingId: string,
    ): Promise<{ facts: PersonalFacts; timezone: string } | null> {
      const b = await prisma.personalBooking.findFirst({
        where: { id: bookingId, active: true },
        include: {
          sessionType: { select: { name: true, location: true } },
          person: { select: { displayName: true } },
          trainer: { select: { displayName: true } },
        },
      });
      if (!b) return null;
      const org = await prisma.organization.findUnique({
        where: { id: b.orgId },
        select: { timezone: true },
      });
      return {
        timezone: org?.timezone ?? "UTC",
        facts: {
          bookingId: b.id,
          personId: b.personId,
          personName: b.person.displayName,
          trainerId: b.trainerId,
          trainerName: b.trainer.displayName,
          sessionTypeId: b.sessionTypeId,
          typeName: b.sessionType.name,
          startsAt: b.startsAt.toISOString(),
          endsAt: b.endsAt.toISOString(),
          location: b.sessionType.location,
          paymentMethod: b.paymentMethod as PaymentMethod,
          amountCents: b.amountCents,
          currency: b.currency,
        },
      };
    },
  };
}
