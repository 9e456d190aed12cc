/** The booking service: one use case per file, each `(deps, actor, input) => result`. */
export { addMemberToIndividual } from "./add-member-to-individual.ts";
export { bookSession } from "./book-session.ts";
export { cancelBooking } from "./cancel-booking.ts";
export { cancelOccurrence } from "./cancel-occurrence.ts";
export {
  closedSchedulesWithoutPass,
  linkPassTypeToSchedule,
  unlinkPassTypeFromSchedule,
} from "./closed-schedule-links.ts";
export { createPassType, createSpace, createTemplate, createTrainingType } from "./create-catalog.ts";
export { createSchedule } from "./create-schedule.ts";
export type { UseCaseDeps } from "./deps.ts";
export { grantPass } from "./grant-pass.ts";
export { listSessions } from "./list-sessions.ts";
export { myBookings, myPasses } from "./my-bookings.ts";
export { overrideOccurrence } from "./override-occurrence.ts";
export { roster } from "./roster.ts";
export { sessionDetail } from "./session-detail.ts";
