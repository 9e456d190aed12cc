import { Prisma } from "../../generated/prisma/client.ts";

/**
 * The reminder lead time in minutes for one booking, as a lateral subquery over `m` (the booker's
 * Membership, left-joined) and `org`: none when the member switched reminders off, else the member's
 * own lead time, else the studio's (null: the studio sends none). docs/notices.md, "Reminders".
 */
export const MEMBER_LEAD = Prisma.sql`SELECT CASE WHEN COALESCE(m."remindersOff", false) THEN NULL
  ELSE COALESCE(m."reminderMinutesBefore", org."reminderMinutesBefore") END AS lead`;
