/** Help with the studio's own names, "not understood", courtesies and unreadable text (English, the source). */
export const help = {
  "help.day":
    "{day, select, tomorrow {tomorrow} mon {mon} tue {tue} wed {wed} thu {thu} fri {fri} sat {sat} other {sun}}",
  "help.browse":
    "sessions · sessions tomorrow{hasTrainer, select, yes { · what's on next week with {trainer}} other {}} · week",
  "help.book": "book {what} {day} {time} · my bookings · cancel my {day} {what}",
  "help.bookPlaceholder": "book <class> <day> <time> · my bookings · cancel my <class> <day>",
  "help.passes": "passes · /reminders (yours: off, 2h, default) · my week (1-2-1) · /join CODE",
  "help.personal": "/personal · my personal sessions · /calendar link",
  "help.session": "{what} {day} {time}",
  "help.sessionPlaceholder": "<class> <day> <time>",
  "help.trainerSessions": "/roster {at} · /override {at} capacity 20 · /cancelsession {at} reason: ill",
  "help.trainerGrant":
    "/grant {hasMember, select, yes {{member}} other {<name>}} {hasPass, select, yes {{pass}} other {<pass type>}} · /availability set mon-fri 09:00-17:00 · coach help",
  "help.studioList":
    "/staff · /settings · /catalog (tap an entry to edit it) · /personal settings · /connect",
  "help.studioAdd":
    "/staff add @name trainer · /type add · /space add · /template add · /schedule add · /passtype add",
  "help.try": "Try",
  "help.trainers": "Trainers",
  "help.studio": "Studio (admins)",
  "help.intro": "I book sessions for you. Dates and times are in the studio's timezone.",
  "help.link": "Link another chat app with /link.",
  "help.askField": "Without details (/template add) I ask field by field; cancel stops.",
  "help.subcommands":
    "On {platform} type them after /{of} (/{of} staff add @sam trainer); without details (/{of} template add) a form opens.",
  "help.grouped":
    "{n, plural, one {{listed} is} other {{listed} are}} under /{under} (/{under} {first} add …); without details a form opens.",
  "help.formOpens": "Without details (/template add) a form opens.",
  "help.notUnderstood": "Sorry, I did not understand that. Here is what I can do:",
  "help.negated": 'I have not booked or cancelled anything for "{typed}". What would you like me to do?',
  "help.question":
    '"{typed}" sounds like a question, so I have not booked anything. Say "book" and the class when you want it.',
  "help.examples": 'For example: "sessions tomorrow", "book spin friday 18:00" or "cancel my spin".',
  "help.courtesy": "You're welcome! Type help whenever you need me.",
  "understand.notATime": "{typed} is not a time of day. Write a time like 18:00, 6pm or 7 in the evening.",
  "understand.notADate": "{typed} is not a date. Write a date like 1 Dec, 01.12. or tomorrow.",
  "understand.nothingDone": "Nothing was booked or changed.",
  "understand.noSuchName":
    '{role, select, trainer {There is no trainer called "{typed}" here.} other {There is no class or training called "{typed}" here.}} {options, select, yes {Did you mean one of these?} other {Type "sessions" to see what is on.}}',
  "understand.cancelled": "{session} is cancelled{hasReason, select, yes {: {reason}} other {}}.",
  "understand.started": "{session} has already started{ended, select, yes { (and ended)} other {}}.",
  "understand.individual":
    "{names} is an individual training: your trainer adds you to it. Ask your trainer for a time.",
  "understand.sessionAt": "{name}, {when}",
} as const;
