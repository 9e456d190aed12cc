/** 1-2-1 coaching use cases: programs, clients and invites, private calendars, the daily digest. */
export { acceptInvite, acceptWaiver } from "./accept.ts";
export { myCoaching, myDay, mySession, myWeek } from "./calendar-client.ts";
export {
  coachWeek,
  copyWeek,
  deleteSession,
  editSession,
  moveSession,
  sessionForCoach,
  writeSession,
} from "./calendar-coach.ts";
export { addClient, getClient, listClients, moveClient, setHorizon, setStartDate } from "./clients.ts";
export type { CoachingDeps } from "./deps.ts";
export { scanCoachingDigests } from "./digest.ts";
export { bestMatches, findClient, findProgram } from "./find.ts";
export { inviteClient, inviteNewClient, revokeInvite } from "./invites.ts";
export {
  archiveProgram,
  createProgram,
  editProgram,
  getProgram,
  listPrograms,
  publishProgram,
  setDigestTime,
} from "./programs.ts";
