/**
 * 1-2-1 coaching: programs, clients, invites, calendars, their notices and refusals (English, the
 * source). The typed command words ("my week", "/join CODE", "W1D3") stay as the assistant reads them.
 */
export const coaching = {
  "coaching.weekDay": "Week {week} Day {day}",
  "coaching.dayNumber": "Day {day}",
  "coaching.dayHeading": "{label} · {date}",
  "coaching.restDay": "Rest day",
  "coaching.title": "1-2-1 coaching",
  "coaching.clientHelp":
    "my week · my week 2 · my day · my day 10 · my coaching · /join CODE (a code from your coach)",
  "coaching.notSetUp": "1-2-1 coaching is not set up on this assistant.",
  "coaching.openInStudio":
    'Open this in your studio\'s chat first, or send "/join CODE" with the code from your coach.',
  "coaching.coachesOnly": "Only coaches (trainers and admins) can do that.",
  "coaching.whichSession":
    "{client} has {count, plural, one {# session} other {# sessions}} on {day}. Which one?",
  "coaching.archived": "Archived {name}. Its clients' calendars were moved before; nothing was deleted.",
  "coaching.digestTime": "{program}: clients get their daily digest at {time} ({timezone}).",
  "coaching.inviteRevoked":
    'Revoked {client}\'s invite: its code no longer works. Send a new one with "invite {client} link".',
  "coaching.horizonSet":
    "{client} now sees {days, plural, one {# day} other {# days}} ahead, today included. Newly visible days come in the next digest.",
  "coaching.startDateSet": "{client}'s Week 1 Day 1 is {date}.",
  "coaching.clientMoved": "Moved {client} from {from} to {to}; their calendar came along unchanged.",
  "coaching.written":
    "Written for {client}, {day}: {title}{hasBody, select, yes { ({lines, plural, one {# line} other {# lines}} of training)} other {}}.",
  "coaching.updated": "Updated {client}'s {day}: {title}.",
  "coaching.sessionMoved": "Moved {title} for {client} from {from} to {to}.",
  "coaching.deleted": "Deleted {title} from {client}'s {day}.",
  "coaching.weekCopied":
    "Copied {n, plural, one {# session} other {# sessions}} from {from}'s week {fromWeek} to {to}'s week {toWeek}.",
  "coaching.welcome": "Welcome to {program}",
  "coaching.readWaiver": "Before your calendar opens, please read and accept the waiver:",
  "coaching.waiver": "Waiver",
  "coaching.accept": "Accept",
  "coaching.youAreIn":
    'You are in. Your calendar starts {date} (Week 1 Day 1). Type "my week" to see your training.',
  "coaching.myWeekButton": "My week",
  "coaching.noProgram": 'You have no 1-2-1 program here. If your coach sent you a code, send "/join CODE".',
  "coaching.yourCoaching": "Your 1-2-1 coaching",
  "coaching.needsWaiver": "{program}: accept the waiver to open your calendar",
  "coaching.since": "{program}: since {date}",
  "coaching.acceptWaiverButton": "Accept waiver: {program}",
  "coaching.myWeekOf": "My week: {program}",
  "coaching.prevWeek": "◀ Week {week}",
  "coaching.nextWeek": "Week {week} ▶",
  "coaching.prevDay": "◀ Previous day",
  "coaching.nextDay": "Next day ▶",
  "coaching.weekTitle": "{program}: week {week}",
  "coaching.dayTitle": "{program}: {day}",
  "coaching.restOpens": "Your coach opens the rest of this week day by day.",
  "coaching.status":
    "{status, select, draft {draft} published {published} archived {archived} other {{status}}}",
  "coaching.helpIntro": "Programs hold your clients at one price; each client has a private calendar.",
  "coaching.helpProgramsHeading": "Programs",
  "coaching.helpPrograms": "programs · new program Standard 200 GBP · publish Standard · archive Standard",
  "coaching.helpDigest": "digest Standard 07:30",
  "coaching.helpClientsHeading": "Clients",
  "coaching.helpClients": "clients · add client Jo jo@example.com · invite Jo link · invite Jo email",
  "coaching.helpClientsMore":
    "invite new Al al@example.com · revoke Jo · horizon Jo 14 · start Jo 2026-12-01 · move client Jo to Premium",
  "coaching.helpCalendarsHeading": "Calendars",
  "coaching.helpWrite": "calendar Jo week 2 · write Jo W1D3: Squat day (training on the next lines)",
  "coaching.helpEdit":
    "edit Jo W1D3: New title · move Jo W1D3 to W1D5 · delete Jo W1D3 · copy week 1 from Jo to Al week 3",
  "coaching.noPrograms": 'You have no 1-2-1 programs yet. Create one: "new program Standard 200 GBP".',
  "coaching.newProgram": "New program",
  "coaching.programsTitle": "Your 1-2-1 programs",
  "coaching.programLine": "{name}: {price}, {status}, digest at {time}",
  "coaching.clientsOf": "Clients: {program}",
  "coaching.publishProgram": "Publish {program}",
  "coaching.saved":
    "{what, select, created {Created} published {Published} other {Saved}}: {name} ({price}, {status}).",
  "coaching.waiverOnJoin": "Clients accept its waiver when they join.",
  "coaching.nextPublish": 'Next: "publish {name}", then add clients.',
  "coaching.nextAdd": 'Next: "add client NAME" or "invite new NAME email@example.com".',
  "coaching.publish": "Publish",
  "coaching.activeClient":
    "{name}{hasEmail, select, yes { ({email})} other {}}: started {date}{seen, select, yes {, sees through {through}} other {}}, horizon {days, plural, one {# day} other {# days}}",
  "coaching.pendingClient":
    "{name}{hasEmail, select, yes { ({email})} other {}}: {state, select, joined {joined, waiver not accepted yet} uninvited {not invited yet} open {invited by {method, select, link {link} other {e-mail}}{failed, select, yes { (mail failed)} other {}}} revoked {invite revoked} other {invite used}}",
  "coaching.activeHeading": "Active ({n})",
  "coaching.pendingHeading": "Pending ({n})",
  "coaching.noneYet": "none yet",
  "coaching.none": "none",
  "coaching.calendarOf": "Calendar: {name}",
  "coaching.resendLink": "Resend link",
  "coaching.inviteLink": "Invite link",
  "coaching.emailInvite": "E-mail invite",
  "coaching.revoke": "Revoke",
  "coaching.clientsTitle": "{program}: clients",
  "coaching.clientCounts": "{active} active, {pending} pending.",
  "coaching.added":
    "Added {client} to {program} as Pending. Their calendar exists now: write their training, then send the invite.",
  "coaching.tryWrite": "Try: write {client} W1D1: First session",
  "coaching.writeSession": "Write a session",
  "coaching.inviteQueued":
    "Invite e-mail to {client} <{email}> is on its way. It works once and expires in 14 days.",
  "coaching.inviteQueuedHint":
    'They join with the code in the mail; "clients {program}" shows when they are Active.',
  "coaching.forwardInvite":
    "E-mail is not set up here (SMTP_URL), so please forward this invite to {client} <{email}> yourself:",
  "coaching.inviteCode":
    "Invite for {client} ({program}): code {code}. It works once and expires in 14 days; a new invite replaces it.",
  "coaching.appLink": "{app} link: {link}",
  "coaching.sendJoin": "{where, select, chat {In the chat} other {On {apps}}} they send: /join {code}",
  "coaching.mailHi": "Hi {client},",
  "coaching.mailInvites": '{org} invites you to the 1-2-1 coaching program "{program}".',
  "coaching.mailOpenLink": "On {app}, open this link:",
  "coaching.mailSend":
    "{or, select, yes {Or, {where, select, chat {in the chat} other {on {apps}}}} other {{where, select, chat {In the chat} other {On {apps}}}}}, send this to our assistant:",
  "coaching.mailExpires": "The code works once and expires on {date}.",
  "coaching.mailSubject": "Your invite to {program} ({org})",
  "coaching.notVisibleYet": "{heading} (not visible yet)",
  "coaching.editEntry": "Edit {label}",
  "coaching.entryLabel": "{day} {title}",
  "coaching.move": "Move",
  "coaching.delete": "Delete",
  "coaching.coachStatus":
    "{client} {active, select, yes {sees {days, plural, one {# day} other {# days}} ahead{seen, select, yes { (through {through})} other {}}} other {pending: sees nothing yet}}.",
  "coaching.coachWeekTitle": "{client}, week {week} ({program})",
  "coaching.formEditLine": "Edit {name}",
  "coaching.formNewProgram": "New 1-2-1 program",
  "coaching.formEditProgram": "Edit 1-2-1 program",
  "coaching.formSave": "Save",
  "coaching.formCreate": "Create",
  "coaching.formName": "Name",
  "coaching.formPrice": "Price (e.g. 200)",
  "coaching.formCurrency": "Currency (EUR, GBP, ...)",
  "coaching.formDescription": "Description",
  "coaching.formWelcome": "Welcome message",
  "coaching.formWaiver": "Waiver (optional)",
  "coaching.formWriteLine": "Write a session for {client}",
  "coaching.formWriteTitle": "Session for {client}",
  "coaching.formDay": "Day (W1D3 or day number)",
  "coaching.formTitle": "Title",
  "coaching.formTraining": "Training",
  "coaching.formMoveLine": "Move {title} ({client}, {day})",
  "coaching.formMoveTitle": "Move session",
  "coaching.formMove": "Move",
  "coaching.formToDay": "To day (W1D5 or day number)",
  "coaching.formEditEntryLine": "Edit {title} ({client}, {day})",
  "coaching.formEditSession": "Edit session",
  "coaching.digestTitle": "{program}: new training in your calendar",
  "coaching.digestHint": 'Type "my week" to see your whole week.',
  "coaching.changedTitle": "{program}: your coach changed your calendar",
  "coaching.changedRemoved": '"{title}" on {day} was removed.',
  "coaching.changedLater":
    '"{title}" on {day} was moved to a later day; you will see it when it comes into view.',
  "coaching.changedMoved": '"{title}" moved from {from} to {to}.',
  "coaching.changedAdded": "New session on {day}:",
  "coaching.changedEdited": "Updated session on {day}:",
  "coaching.errInviteUnknown": "That invite code is not valid. Check it, or ask your coach for a new invite.",
  "coaching.errInviteUsed":
    "That invite code has already been used. Each code works once: ask your coach for a new one.",
  "coaching.errInviteExpired": "That invite code has expired. Ask your coach to send a new invite.",
  "coaching.errInviteRevoked":
    "That invite was withdrawn or replaced by a newer one. Ask your coach for the latest invite.",
  "coaching.errNotVisibleYet":
    'Your coach has not opened that part of your calendar yet (you can see up to day {day}). Type "my week".',
  "coaching.errHasClients":
    'That program still has {n, plural, one {# client} other {# clients}}. Move them to another program first ("move client NAME to PROGRAM"), then archive it.',
  "coaching.errArchived": "That program is archived. Use another program.",
  "coaching.errNotFound":
    '{what, select, program {That program was not found. Type "programs" to see yours.} client {That client was not found. Type "clients" to see them.} calendar_session {That session was not found (it may have been moved or removed).} coaching {You have no 1-2-1 calendar here yet. If your coach sent you a code, send "/join CODE". For the studio\'s sessions this week, type "week".} other {That was not found.}}',
  "coaching.errConflict":
    "{reason, select, already_joined {That client has already joined; there is nothing to invite.} already_in_program {That person is already a client of that program.} other {That changed at the same moment. Please check and try again.}}",
  "coaching.errAmbiguous":
    "Which {field, select, program {program} other {client}} do you mean: {names}? Use the full name.",
  "coaching.errNothingToChange": "Nothing to change: give a new title or training text.",
  "coaching.errNotPublished": 'Publish the program first ("publish PROGRAM"), then invite clients.',
  "coaching.errNoOpenInvite": "That client has no open invite to revoke.",
  "coaching.errChooseProgram": 'You are in several programs: type "my coaching" and pick one.',
  "coaching.errNoEmail": 'That client has no e-mail address: invite them by link ("invite NAME link").',
  "coaching.errInvalid":
    '{field, select, price {The price must be a number like 200 or 149.50.} currency {The currency must be a three-letter code like EUR or GBP.} email {That e-mail address does not look right.} time {The time must look like 07:30.} date {The date must look like 2026-12-01.} day {The day must be like W2D3 (week 2, day 3) or day 10, from day 1 on.} week {The week must be a number from 1.} horizon {The number of days must be from 1 to 366.} name {Please give a name (up to 80 characters).} clientName {Please give the client\'s name (up to 80 characters).} title {Please give the session a title (up to 100 characters).} body {The training text is too long (up to 1500 characters).} description {The description is too long (up to 1000 characters).} welcome {The welcome message is too long (up to 1000 characters).} waiver {The waiver is too long (up to 1500 characters).} other {Some of that was not valid. Type "coach help" for examples.}}',
} as const;
