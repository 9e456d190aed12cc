/** Personal (1-to-1 or small group) sessions with a trainer: booking, moving, admin and trainer wording (English, the source). */
export const personal = {
  "personal.payment":
    "{method, select, at_session {Pay at the session} check {Check} online {Online (card)} other {{method}}}",
  "personal.priceSplit": "{member} members, {other} others",
  "personal.title": "Personal sessions",
  "personal.noTypesStaff": "No personal session types yet. Admins: /personal type new name=... duration=60",
  "personal.noneBookable": "No personal sessions can be booked right now.",
  "personal.typeStatus":
    "{status, select, draft {draft} active {active} paused {paused} archived {archived} other {{status}}}",
  "personal.typeLine":
    "{name}{staff, select, yes { [{status}]} other {}}: {minutes} min, {capacity, plural, =1 {private} other {group of up to #}}, {price}{hasTrainers, select, yes { with {trainers}} other {}}{hasLocation, select, yes {, at {location}} other {}}",
  "personal.slotPrice":
    "{price}{kind, select, member { (member price)} nonmember { (non-member price)} other {}}, {minutes} min.",
  "personal.slotButton":
    "{when}{multi, select, yes { · {trainer}} other {}}{full, select, yes { ({left} left)} other {}}",
  "personal.laterDays": "Later days",
  "personal.noSlots": "No free slots {range}.",
  "personal.slotsTitle": "{type}: free slots {range}",
  "personal.pickOne": "{more, select, yes {The first {shown} of {total}; pick one:} other {Pick one:}}",
  "personal.rangeOn": "on {day}",
  "personal.rangeFromTo": "{from} to {to}",
  "personal.rangeAtTime": "{range} at that time",
  "personal.howPay": "How will you pay?",
  "personal.withTrainer": "{name}, {when} with {trainer}",
  "personal.price": "Price: {amount}",
  "personal.bookedLine": "{name}, {when} with {trainer}{hasLocation, select, yes { at {location}} other {}}",
  "personal.paymentLine":
    "Payment: {method}, {amount}{online, select, yes { (no card is charged in chat; the studio sends the payment details)} other {}}",
  "personal.booked": "Booked",
  "personal.cancelButton": "Cancel",
  "personal.mineButton": "My personal sessions",
  "personal.mineRow": "{name}, {when} with {trainer}{cancelled, select, yes { (Cancelled)} other {}}",
  "personal.teachingRow":
    "{name}, {when}: {person}, {method} {amount}{cancelled, select, yes { (Cancelled)} other {}}",
  "personal.yours": "Your personal sessions",
  "personal.noneBooked": "None booked.",
  "personal.bookedWithYou": "Booked with you",
  "personal.noneSoon": "None in the next 4 weeks.",
  "personal.counted":
    "{mine, plural, one {# personal session} other {# personal sessions}} booked{trainer, select, yes {, {soon, plural, one {# session} other {# sessions}} booked with you} other {}}.",
  "personal.cancelRow": "Cancel {name} {when}",
  "personal.moveRow": "Move {name} {when}",
  "personal.confirmCancel": "Cancel {name}, {when} with {trainer}?",
  "personal.yesCancel": "Yes, cancel it",
  "personal.keep": "Keep it",
  "personal.cancelled": "Cancelled: {name}, {when}. {trainer} is told.",
  "personal.settingsTitle": "Personal session settings",
  "personal.settingEnabled": "Enabled: {value, select, yes {yes} other {no}}",
  "personal.settingListed": "Shown on the member list: {value, select, yes {yes} other {no}}",
  "personal.accessLevel":
    "{level, select, public {public} members {members} private {private} other {{level}}}",
  "personal.settingAccess": "Access level: {level}",
  "personal.settingPayment": "Payment methods: {methods}",
  "personal.settingsChange":
    "Change with: /personal settings enabled=yes list=yes access=public|members|private payment=at_session,check,online",
  "personal.savedTitle": "{created, select, yes {Created} other {Saved}}: {name}",
  "personal.savedStatus":
    "Status: {status}; {minutes} min; capacity {capacity} ({capacity, plural, =1 {private} other {group}})",
  "personal.savedTrainers":
    "Trainers: {hasTrainers, select, yes {{trainers}} other {none yet (needed before it can be active)}}",
  "personal.savedRules":
    "Buffer {buffer} min; book from {minLead} h ahead{hasMaxLead, select, yes { up to {maxLead, plural, one {# day} other {# days}}} other {}}; {hasPerDay, select, yes {at most {perDay} a day} other {no daily maximum}}",
  "personal.savedAccess":
    "Access: {hasAccess, select, yes {{access}} other {studio default}}{hasLocation, select, yes {; location: {location}} other {}}{hasImage, select, yes {; cover image: {image}} other {}}",
  "personal.whichKind": "Which kind of personal session?",
  "personal.offeredBy":
    '{hasTrainers, select, yes {{type} is offered by {trainers}. Try "{type} with {first}".} other {{type} is offered by nobody yet.}}',
  "personal.tooSoon":
    "{asked} is too soon: {type} is booked at least {hours, plural, one {# hour} other {# hours}} ahead.",
  "personal.firstTime":
    "{hasFirst, select, yes {The first time you can book is {first}. Other times:} other {Other times:}}",
  "personal.noSuchTrainer": 'There is no trainer called "{typed}" here.',
  "personal.givenBy":
    "{hasTrainers, select, yes {Personal sessions are given by {trainers}.} other {Nobody gives personal sessions yet.}}",
  "personal.notFreeOthers": "{asked} is not free. Other times:",
  "personal.tooLateToMove":
    "It is too late to move this session: it can be moved up to {hours, plural, one {# hour} other {# hours}} before the start. Please tell your trainer.",
  "personal.noneToMove": "You have no upcoming personal session to move.",
  "personal.noSuchTrainerUpcoming":
    'There is no trainer called "{typed}" here. Your upcoming personal sessions:',
  "personal.noneMatches": "None of your upcoming personal sessions matches that. Here they are:",
  "personal.bookOne": "Book one with /personal.",
  "personal.whichToMove": "Which session do you want to move?",
  "personal.moveChoice": "{name} {when} · {trainer}",
  "personal.moveHead": "Move {name} ({when} with {trainer})",
  "personal.notFree": "{asked} is not free.",
  "personal.noFreeTimes": "No free times {range}.",
  "personal.freeTimes": "Free times {range}; pick one:",
  "personal.moveSlot": "{when}{full, select, yes { ({left} left)} other {}}",
  "personal.moved": "Moved",
  "personal.was": "Was: {when}. {trainer} is told.",
  "personal.unknownSetting": 'I do not know the setting "{name}". Settings: enabled, list, access, payment.',
  "personal.noSuchType":
    'No session type is called "{typed}". Types: {hasTypes, select, yes {{types}} other {none yet}}.',
  "personal.typeFormEdit": "Change the fields you want; blank keeps them.",
  "personal.typeFormNew": "New session type: name and duration are needed; it starts as a draft.",
  "personal.unreadableAvailability":
    "I could not read that. Example: /availability set mon-fri 09:00-12:00 14:00-18:00, sat 10:00-13:00",
  "personal.whichDateOff": 'Which date? Example: /availability off 2026-12-24 (or "off fri").',
  "personal.availabilityTitle": "Your availability for personal sessions",
  "personal.availabilityDay": "{day}: {windows}",
  "personal.noWindows": "No weekly windows yet.",
  "personal.daysOff": "Days off: {hasDays, select, yes {{days}} other {none}}",
  "personal.availabilityHint":
    "Times are in {timezone}. Change: /availability set mon-fri 09:00-17:00 · /availability off 2026-12-24 · /feed add <ics url>",
  "personal.feedNotLoaded":
    "Added, but the calendar could not be loaded yet; I will keep trying and tell you if it keeps failing.",
  "personal.feedsTitle": "Your external calendars",
  "personal.feedLine":
    "{id}: {source}{loaded, select, yes {, loaded} other {}}{failed, select, yes {, last load failed} other {}}",
  "personal.noFeeds": "None. Add one: /feed add https://calendar.example.org/you.ics",
  "personal.linkRevoked":
    "Your calendar link is revoked: calendar apps subscribed to it get nothing from now on.",
  "personal.noLink": "You had no calendar link.",
  "personal.linksOff":
    "Calendar links are not set up on this server (PUBLIC_URL is missing). Ask the studio.",
  "personal.linkIntro":
    "Your bookings as a calendar (group and personal sessions). Subscribe in your calendar app with:",
  "personal.linkPrivate":
    "Keep it private: anyone with the link sees your bookings. /calendar revoke stops it; /calendar link then gives a new one.",
  "personal.fileTooLarge": "{name} is larger than {mb} MB, the most I read from chat.",
  "personal.fileTooLargeHint":
    "Export a shorter range, or add the calendar's address instead: /feed add https://...",
  "personal.notCalendarFile":
    "{name} is not a calendar file. Send an iCalendar file (.ics), e.g. exported from Google Calendar or Outlook, to block those times.",
  "personal.filesUnreadable":
    "Files cannot be read here. Add the calendar's address instead: /feed add https://...",
  "personal.downloadFailed": "I could not download {name}. Please send it again in a moment.",
  "personal.fileLoaded":
    "Busy times from {name}: {n, plural, one {# event} other {# events}} loaded ({feed}). They block your personal-session slots.",
  "personal.fileLoadedHint":
    "Send a new version of the file to replace it; /feed lists your calendars, /feed remove <id> removes one.",
  "personal.formSave": "Save",
  "personal.formEnabled": "Enabled (yes/no)",
  "personal.formListed": "Show on member list (yes/no)",
  "personal.formAccess": "Access: public, members, private",
  "personal.formPayment": "Payment: at_session, check, online",
  "personal.formDetailsTitle": "Details: {hasName, select, yes {{name}} other {new type}}",
  "personal.formRulesTitle": "Rules: {hasName, select, yes {{name}} other {new type}}",
  "personal.formEditTitle": "Edit: {name}",
  "personal.formNewTitle": "New personal session type",
  "personal.formStatus": "Status: draft, active, paused, archived",
  "personal.formTrainers": "Trainers (names, comma separated)",
  "personal.formDescription": "Description",
  "personal.formLocation": "Location",
  "personal.formImage": "Cover image URL",
  "personal.formBuffer": "Buffer: none, 5, 10, 15, 30, 45, 60 min",
  "personal.formMinLead": "Minimum lead time (hours)",
  "personal.formMaxLead": "Maximum lead time (days, blank = none)",
  "personal.formPerDay": "Max sessions per day (blank = no limit)",
  "personal.formTypeAccess": "Access: public, members, private, default",
  "personal.formName": "Name",
  "personal.formDuration": "Duration: 15, 30, ... 120 minutes",
  "personal.formCapacity": "Capacity (1 = private)",
  "personal.formPrice": "Price (member price if split)",
  "personal.formNonMember": "Non-member price (blank = flat)",
  "personal.formBasicsButton": "Basics…",
  "personal.formDetailsButton": "Details and trainers…",
  "personal.formRulesButton": "Booking rules…",
  "personal.noticeBookedTitle": "Personal session booked",
  "personal.noticeNewTitle": "New personal session",
  "personal.noticeWhen": "{name}, {when}{hasLocation, select, yes { at {location}} other {}}",
  "personal.noticeWith": "With {name}.",
  "personal.noticeBookedBy": "Booked by {name}.",
  "personal.noticePayment": "Payment: {method}, {amount}",
  "personal.noticeCancelledTitle": "Personal session cancelled",
  "personal.noticeYouCancelled": "You cancelled it.",
  "personal.noticeStudioCancelled": "Cancelled by the studio ({trainer}).",
  "personal.noticeMemberCancelled": "{name} cancelled it.",
  "personal.noticeCancelledFor": "Cancelled for {name}.",
  "personal.noticeReason": "Reason: {reason}",
  "personal.noticeMovedTitle": "Personal session moved",
  "personal.noticeWas": "Was: {when}",
  "personal.noticeNow": "Now: {session}",
  "personal.noticeFeedTitle": "Your calendar feed could not be loaded",
  "personal.noticeFeedKept":
    "The last good copy of your external calendar is still used to block your personal-session slots.",
  "personal.noticeFeedCheck":
    "Check that the calendar address still works (/availability feeds), or add it again.",
  "personal.reminderTitle": "Reminder: personal session",
} as const;
