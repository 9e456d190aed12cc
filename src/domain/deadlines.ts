import type { OccurrenceInfo } from "./model.ts";

const MINUTE = 60_000;

export const hasStarted = (occ: OccurrenceInfo, now: Date): boolean =>
  now.getTime() >= occ.startsAt.getTime();

/** The last instant a booking is accepted. */
export const bookingClosesAt = (occ: OccurrenceInfo): Date =>
  new Date(occ.startsAt.getTime() - occ.bookingDeadlineMinutes * MINUTE);

/** The last instant a member may cancel a confirmed booking. */
export const cancellationClosesAt = (occ: OccurrenceInfo): Date =>
  new Date(occ.startsAt.getTime() - occ.cancellationDeadlineMinutes * MINUTE);

export const bookingOpen = (occ: OccurrenceInfo, now: Date): boolean =>
  now.getTime() <= bookingClosesAt(occ).getTime();

export const cancellationOpen = (occ: OccurrenceInfo, now: Date): boolean =>
  now.getTime() <= cancellationClosesAt(occ).getTime();
