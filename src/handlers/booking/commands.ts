import type { CommandTable } from "../command.ts";
import { openFormHandler } from "./forms.ts";
import {
  bookHandler,
  cancelBookingHandler,
  listSessionsHandler,
  myBookingsHandler,
  myPassesHandler,
  myRemindersHandler,
  sessionDetailHandler,
  weekViewHandler,
} from "./member.ts";
import {
  addToIndividualHandler,
  cancelOccurrenceHandler,
  grantPassHandler,
  overrideHandler,
  rosterHandler,
} from "./staff.ts";

/** Group training: sessions, booking and cancelling, my bookings and passes, rosters, overrides. */
export const bookingCommands = {
  list_sessions: { role: "member", run: listSessionsHandler },
  week_view: { role: "member", run: weekViewHandler },
  session_detail: { role: "member", run: sessionDetailHandler },
  book: { role: "member", run: bookHandler },
  my_bookings: { role: "member", run: myBookingsHandler },
  cancel_booking: { role: "member", run: cancelBookingHandler },
  my_passes: { role: "member", run: (turn) => myPassesHandler(turn) },
  my_reminders: { role: "member", run: myRemindersHandler },
  roster: { role: "trainer", run: rosterHandler },
  override: { role: "trainer", run: overrideHandler },
  cancel_occurrence: { role: "trainer", run: cancelOccurrenceHandler },
  open_form: { role: "trainer", run: openFormHandler },
  add_to_individual: { role: "trainer", run: addToIndividualHandler },
  grant_pass: { role: "trainer", run: grantPassHandler },
} as const satisfies CommandTable;
