/** Started sessions and their next one, clashes of whole schedules (English, the source). */
export const clash = {
  "started.nextOne": "The next one is {session}.",
  "started.noneThen": "No {described}.",
  "started.book": "Book {session}",
  "clash.scheduleIntro": "Nothing was changed: that would put a trainer or a space in two places at once.",
  "clash.bookAnywayAsk":
    'Press "Book anyway" to make {n, plural, one {it} other {them}} all the same; the clash is then recorded with your name.',
  "clash.bookAnyway": "Book anyway",
  "clash.keep": "Cancel",
  "coachingMove.askCoach":
    "Only your coach moves sessions in your 1-2-1 calendar. Ask {named, select, yes {{coach}} other {your coach}} to move {from} to {to}.",
  "override.nobodyToldUnchanged": "Nothing changes for the members booked, so nobody is notified.",
  "cancelSession.preview":
    "This cancels {session} (only this session; the rest of the schedule is unchanged):",
  "cancelSession.reason": "Reason given: {reason}",
};
