/** Running the studio: the catalogue, staff, settings, opening a studio, schedules, channels (English, the source). */
export const studio = {
  "studio.archivedName": "{name} (archived)",
  "studio.removedType": "a removed type",
  "studio.removedSpace": "a removed space",
  "studio.formerStaff": "no longer on the staff",
  "studio.bookingDeadline":
    "{none, select, yes {booking open until the start} other {booking closes {d} before}}",
  "studio.cancelDeadline": "{none, select, yes {cancel until the start} other {cancel until {d} before}}",
  "studio.editEntry":
    "Edit {kind, select, type {type} space {space} template {template} schedule {schedule} other {pass type}} {name}",
  "studio.heading":
    "{kind, select, type {Training types} space {Spaces} template {Templates} schedule {Schedules} other {Pass types}}",
  "studio.empty":
    "{kind, select, type {None yet: /type add Yoga} space {None yet: /space add Studio A} template {None yet: /template add Morning Flow | type Yoga | duration 60 | capacity 12} schedule {None yet: /schedule add Morning Flow | mon, wed | 07:00 | weeks 8} other {None yet: /passtype add Yoga 10 | sessions 10 | days 90 | price 90 EUR | types Yoga}}",
  "studio.templateLine":
    "{name}: {type}, {minutes} min, {individual, select, yes {individual} other {capacity {capacity}{closed, select, yes {, closed} other {}}}}{hasTrainer, select, yes {, trainer {trainer}} other {}}{hasSpace, select, yes {, in {space}} other {}}, {booking}, {cancel}",
  "studio.scheduleLine": "{name}: {days} at {time}, {from} to {to}",
  "studio.passTypeLine":
    "{name}: {sessions, plural, one {# session} other {# sessions}}, {days, plural, one {# day} other {# days}}, {price}{hasTypes, select, yes {, covers {types}} other {}}{schedules, plural, =0 {} one {, enrols in # closed schedule} other {, enrols in # closed schedules}}",
  "studio.moreEntries": "More entries: /catalog templates (or types, spaces, schedules, passes).",
  "studio.catalogTitle": "Catalogue",
  "studio.catalogIntro": "Tap an entry to edit it, or type a command (help lists them).",
  "studio.role": "{role, select, admin {admin} trainer {trainer} member {member} other {{role}}}",
  "studio.staffRow": "{name}: {role}",
  "studio.staffWaiting":
    "{hasName, select, yes {{name}} other {someone mentioned}}: {role} (when they first talk to me)",
  "studio.staffTitle": "Staff",
  "studio.staffHow": "Add: /staff add @name trainer (or admin). Remove: /staff remove @name.",
  "studio.settingsTitle": "Settings of {name}",
  "studio.settingName": "Name: {name}",
  "studio.settingTimezone": "Timezone: {timezone}",
  "studio.settingLanguage": "Language: {locale}",
  "studio.settingReminders": "Reminders: {off, select, yes {off} other {{lead} before}}",
  "studio.settingGrants":
    "Who may grant passes: {policy, select, admins {admins only} other {trainers and admins}}",
  "studio.settingsHow":
    "Change one: /settings timezone Europe/Lisbon, /settings reminders 2h (or off), /settings grants admins.",
  "studio.editSettings": "Edit settings",
  "studio.timezoneQuestion":
    "Which timezone is the studio in? Tap one, or type /settings timezone Area/City (e.g. Asia/Tokyo).",
  "studio.languageQuestion": "Which language should I use? Tap one, or type /settings language xx-XX.",
  "studio.setupCodeMissing": "Send the setup code you were given: /setup CODE.",
  "studio.opened": "Your studio is open and you are its admin.",
  "studio.openedConnected": "This chat is connected to it: whoever talks to me here is a member.",
  "studio.openedConnectLater": "Connect a group later with /connect.",
  "studio.workspaceTaken":
    "This chat already belongs to a studio. Send the code in a new group, or to me directly; the code is still valid.",
  "studio.setupCodeInvalid":
    "That setup code is not valid: it may be mistyped, used already, or older than 24 hours. Ask for a new one.",
  "studio.alreadyAStudio":
    "This chat already belongs to a studio. Send /setup CODE in a new group, or to me directly.",
  "studio.staffPending":
    "{hasName, select, yes {{name} will be} other {They will be}} {role, select, admin {an admin} trainer {a trainer} other {a {role}}} as soon as they first talk to me here.",
  "studio.staffAdded": "{name} is now {role, select, admin {an admin} trainer {a trainer} other {a {role}}}.",
  "studio.pendingWithdrawn": "The waiting role is withdrawn.",
  "studio.notStaff": "{name} is not staff; nothing changed.",
  "studio.staffRemoved":
    "{name} is no longer {role, select, admin {an admin} trainer {a trainer} other {a {role}}} (still a member).",
  "studio.noOpenQuestion": "There is no open question to answer. Type help for the studio commands.",
  "studio.requestAnswered": "That request was already answered.",
  "studio.requestDeclined": "Request declined.",
  "studio.passRequestApproved":
    "Approved: pass type {name} created and linked. Edit it with /catalog passes.",
  "studio.saved": "Saved.",
  "studio.timezoneChanged":
    "Timezone changed from {from} to {to}. Every session stays at the same moment, so its clock time now reads in {to} ({n, plural, one {# upcoming session} other {# upcoming sessions}}). New schedules use {to}.",
  "studio.passesOf": "Passes of {name}",
  "studio.noPasses": "No passes.",
  "studio.passRow": "{pass}: {n} left, valid until {until}",
  "studio.ledger": "Ledger",
  "studio.noEntries": "No entries.",
  "studio.ledgerKind": "{kind, select, grant {grant} deduct {deduct} refund {refund} other {{kind}}}",
  "studio.ledgerCause":
    "{cause, select, granted {granted by {by}} booking {booking} waitlist_promotion {waitlist promotion} member_cancelled {member cancelled} occurrence_cancelled {session cancelled} override_reset {bookings reset} auto_enrol {auto enrol} added_by_trainer {added by trainer} other {{raw}}}",
  "studio.ledgerRow": "{date} {pass}: {sign}{amount} ({kind}, {cause})",
  "studio.ledgerPass": "pass",
  "studio.noTemplateByName": "No template by that name. Create one with /template first.",
  "studio.scheduleCreated":
    "Schedule created: {name} at {time}, {n, plural, one {# session} other {# sessions}} over {weeks, plural, one {# week} other {# weeks}}.",
  "studio.passRequested":
    "Only admins may create passes here, so I asked them to approve a pass for {name}. You will see it once one of them taps Approve.",
  "studio.coursePassCreated":
    "Pass type created and linked: {name} ({sessions, plural, one {# session} other {# sessions}}, valid {days, plural, one {# day} other {# days}}).",
  "studio.coursePassHow":
    "Give it to a member with /grant <name> {name}; they are enrolled automatically. Adjust it with /passtype edit {name}.",
  "studio.linkInGroup": "Run /linkchannel in the group channel that should hear the announcements.",
  "studio.nameWhatToLink": "Name a training type or a class, e.g. /linkchannel spin.",
  "studio.channelLinked":
    "Linked this channel to {hasTypes, select, yes {every {types} session (training type)} other {}}{both, select, yes { and } other {}}{hasClasses, select, yes {{classes} ({schedules, plural, one {# schedule} other {# schedules}})} other {}}{neither, select, yes {these sessions} other {}}. It will hear each change to them once.",
  "studio.entryArchived":
    "{name} is archived: it is no longer offered for anything new; what exists keeps working. Undo: /{entity} restore {name}",
  "studio.entryRestored": "{name} is back in the catalogue.",
  "studio.nameTheEntry":
    "Name the {entity, select, type {training type} space {space} template {template} schedule {schedule} other {pass type}}, e.g. /{entity} {action} <name>. /catalog lists them.",
  "studio.severalCalled":
    "There are {n} {entity, select, type {training types} space {spaces} template {templates} schedule {schedules} other {pass types}} called {typed}. Pick one in /catalog {entity}s.",
  "studio.noEntryCalled":
    "There is no {entity, select, type {training type} space {space} template {template} schedule {schedule} other {pass type}} called {typed}.{hasClose, select, yes { Did you mean {close}?} other {}} /catalog lists them.",
  "studio.namedCreated": "{kind, select, type {Training type} other {Space}} created: {name}.",
  "studio.templateKind":
    "{kind, select, individual {individual training} closed {closed (pass-only) course} other {open class}}",
  "studio.templateCreated": "Template created: {name} ({type}, {minutes} min, capacity {capacity}, {kind}).",
  "studio.templateNext": "Next: /schedule add {name} | mon, wed | 07:00 | weeks 8",
  "studio.templateRulesButton": "Trainer, space, deadlines…",
  "studio.noTemplateCalled": "There is no template called {typed}. /catalog templates lists them.",
  "studio.scheduleAdded":
    "Schedule created: {name}, {days} at {time}, {from} to {to}: {n, plural, one {# session} other {# sessions}}.",
  "studio.scheduleClosed":
    "It is a closed course: link a pass so members can be enrolled, e.g. /passtype add {name} pass | sessions 8 | days 60 | schedules {name}",
  "studio.scheduleOpen": "Members can book it now.",
  "studio.passTypeCreated":
    "Pass type created: {name}, {sessions, plural, one {# session} other {# sessions}}, valid {days, plural, one {# day} other {# days}}, {price}.",
  "studio.passTypeHow": "Give it to someone with /grant <name> {name}.",
  "studio.renamed": "Renamed: {previous} is now {name}.",
  "studio.templateSaved": "{name} saved.",
  "studio.templateSavedSessions":
    "{n, plural, =0 {Sessions already booked keep the terms they were booked on.} one {# upcoming session nobody had booked took the new terms; booked ones keep theirs.} other {# upcoming sessions nobody had booked took the new terms; booked ones keep theirs.}}",
  "studio.passTypeSaved":
    "{name} saved: {sessions, plural, one {# session} other {# sessions}}, valid {days, plural, one {# day} other {# days}}, {price}. Passes already held keep their sessions.",
  "studio.scheduleChanged":
    "Schedule {name} {what, select, archived {archived} ends {ends on {date}} other {saved}}: {removed, plural, one {# unbooked session} other {# unbooked sessions}} removed, {added} added.",
  "studio.keptBooked":
    "{n, plural, =0 {No booked session was affected.} one {# booked session stays as it was; its members are being told.} other {# booked sessions stay as they were; their members are being told.}}",
} as const;
