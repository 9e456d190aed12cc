/** Refusals: why something cannot be done and what to do next (English, the source). */
export const refusals = {
  "refusal.sessionAt": "{name}, {when}",
  "refusal.otherTypes": "other training types",
  "refusal.passProblem":
    "{reason, select, empty {{pass} has no sessions left} expired {{pass} expired on {date}} ends {{pass} ends on {date}, before this session} not_yet_valid {{pass} is valid only from {date}} wrong_type {{pass} covers {covers}{hasType, select, yes {, not {type}} other {}}} other {{pass} is not one of this closed course's passes}}",
  "refusal.bookingClosedAt": 'Booking for {session} closed at {deadline}. Try "sessions" for another one.',
  "refusal.cancelClosedAt":
    "It is too late to cancel {session}: cancelling closed at {deadline}. Please tell your trainer if you cannot come.",
  "refusal.startedAt": "{session} has already started.",
  "refusal.cancelledAt":
    '{session} is cancelled{hasReason, select, yes {: {reason}} other {}}. Try "sessions" for another one.',
  "refusal.memberAlreadyBooked": "{member} is already booked on {session}.",
  "refusal.alreadyOn":
    "{waitlisted, select, yes {You are already on the waitlist for {session}.} other {You are already booked on {session}.}}",
  "refusal.closedStaff":
    "{name} is a closed (pass-only) course: members are enrolled by granting its pass (/grant <member> <pass>), not by booking.",
  "refusal.closedMember":
    "{name} is a closed (pass-only) course: you join it through its pass, not by booking. Ask the studio for the pass.",
  "refusal.individualStaff":
    "{name} is an individual training: add the member with /add <member> to {name} <day> <time>.",
  "refusal.individualMember": "{name} is an individual training: your trainer adds you to it.",
  "refusal.noPassFor":
    "{you, select, yes {You have} other {{who} has}} no pass for {session}. {you, select, yes {Ask the studio for a pass, then book again.} other {Grant one with /grant {who} <pass>, then add again.}}",
  "refusal.noUsablePassFor":
    "{you, select, yes {You have} other {{who} has}} no pass that can pay for {session}: {reasons}. {you, select, yes {Ask the studio for a pass, then book again.} other {Grant one with /grant {who} <pass>, then add again.}}",
  "refusal.that":
    "{what, select, session {That session} booking {That booking} member {That member} trainer {That trainer} space {That space} pass_type {That pass type} schedule {That schedule} template {That template} training_type {That training type} session_type {That personal session type} calendar_feed {That calendar} request {That request} organization {That studio} other {That}}",
  "refusal.notFoundStaff":
    "{what} was not found (it may have been removed). /catalog and /staff show what there is.",
  "refusal.notFound": '{what} was not found (it may have been removed). Try "sessions" or "my bookings".',
  "refusal.adminsGrant": "In this studio only admins can grant passes.",
  "refusal.onlyAdmins": "Only studio admins can do that. Type help to see what you can do.",
  "refusal.bookingClosed": 'Booking for this session has closed. Try "sessions" for another one.',
  "refusal.cancelClosed":
    "It is too late to cancel this session. Please tell your trainer if you cannot come.",
  "refusal.started": "This session has already started.",
  "refusal.cancelled": 'This session is cancelled. Try "sessions" for another one.',
  "refusal.noUsablePass":
    "You have no pass that covers this session. Ask the studio for a pass, then book again.",
  "refusal.passNotUsable": 'That pass cannot be used for this session. Type "passes" to see yours.',
  "refusal.already":
    "{waitlisted, select, yes {You are already on the waitlist for this session.} other {You are already booked on this session.}}",
  "refusal.notBooked": "That booking is already cancelled.",
  "refusal.closedReset":
    "This session is part of a closed course: its members are enrolled through the course's pass, so their bookings cannot be reset. Change the session without reset, or cancel the session.",
  "refusal.closed":
    "This is a closed (pass-only) course: you are enrolled through its pass, not by booking. Ask the studio.",
  "refusal.individual": "This is an individual training: your trainer adds you to it.",
  "refusal.notIndividual":
    "That session is not an individual training; members book group sessions themselves.",
  "refusal.full": "That session is full.",
  "refusal.belowConfirmed": "The new capacity is below the number of confirmed bookings.",
  "refusal.conflict": "That already exists or changed at the same moment. Please check and try again.",
  "refusal.choosePass": "Please choose which pass to use.",
  "refusal.personalOff": "Personal sessions are not offered by this studio yet.",
  "refusal.slotTaken": 'That slot is no longer free. Type "/personal" to see the free ones.',
  "refusal.slotFull": 'That group session is full. Type "/personal" to see other times.',
  "refusal.trainerBusy":
    "{guard, select, personal_session {The trainer has a personal session booked at that time; choose another time or trainer.} other {The trainer teaches a group session at that time; choose another time.}}",
  "refusal.dailyMax": "The trainer's sessions of this kind are fully booked that day; try another day.",
  "refusal.payment":
    "{choose, select, yes {Please choose how you will pay: {allowed}.} other {That payment method is not accepted here. Accepted: {allowed}.}}",
  "refusal.clashNothingChanged":
    "Nothing was changed: that would put a trainer or a space in two places at once.",
  "refusal.clashChoose": "Choose another time, trainer or space.",
  "refusal.clashSpace":
    "Another session is in that space at that time, so nothing was changed. Choose another time or space.",
  "refusal.clashTrainer":
    "The trainer teaches another session at that time, so nothing was changed. Choose another time or trainer.",
  "refusal.didYouMean": " Did you mean {names}?",
  "refusal.noSpace":
    "There is no space called {name}.{close} /catalog spaces lists them; /space add {name} creates it.",
  "refusal.noSchedule": "There is no schedule called {name}.{close} /catalog schedules lists them.",
  "refusal.noType":
    "There is no training type called {name}.{close} /catalog types lists them; /type add {name} creates it.",
  "refusal.notATrainer":
    "{name} is not a trainer here yet.{close} Make them one with /staff add @{handle} trainer: once they have written to me they can be named here (or leave the trainer out for now). /staff lists the trainers.",
  "refusal.lead":
    "That time cannot be booked now: this session is booked {hasMin, select, yes {at least {min, plural, one {# hour} other {# hours}} ahead{hasMax, select, yes { and at most {max, plural, one {# day} other {# days}} ahead} other {}}} other {{hasMax, select, yes {at most {max, plural, one {# day} other {# days}} ahead} other {ahead}}}}.",
  "refusal.personalField":
    "{field, select, name {Name} description {Description} coverImageUrl {Cover image} durationMinutes {Duration} capacity {Capacity} priceCents {Price} nonMemberPriceCents {Non-member price} currency {Currency} status {Status} location {Location} accessLevel {Access level} bufferMinutes {Buffer} minLeadHours {Minimum lead time} maxLeadDays {Maximum lead time} maxPerDay {Sessions per day} trainers {Trainers} paymentMethods {Payment methods} showOnMemberList {Show on member list} enabled {Enabled} availability {Availability} date {Date} feedUrl {Calendar address} icsFile {Calendar file} fieldName {Field} other {That value}}: use {allowed}.",
  "refusal.nothingToChangeField": "Nothing to change: name a field and its new value (the form lists them).",
  "refusal.nothingToChange":
    "Nothing to change: say what to change, e.g. capacity 20, space Studio B, trainer Sam, to fri 18:00.",
  "refusal.inThePast": "The new time is in the past.",
  "refusal.rangeTooLong": "That date range is too long; ask for up to three months.",
  "refusal.reasonTooLong": "The reason is too long; keep it under 500 characters.",
  "refusal.capacityRange": "Capacity must be a whole number from 0 to 1000.",
  "refusal.invalid": "Some of that was not valid. Type help for examples.",
  "field.label":
    "{field, select, name {Name} description {Description} durationMinutes {Duration (minutes)} capacity {Capacity} bookingDeadlineMinutes {Booking deadline (minutes before start)} cancellationDeadlineMinutes {Cancellation deadline (minutes before start)} weekdays {Weekdays} startTime {Start time} startDate {Start date} endDate {End date} weeks {Number of weeks} sessions {Sessions} validityDays {Validity (days)} priceCents {Price} currency {Currency} timezone {Timezone} language {Language} reminder {Reminder lead time (minutes)} passGrantPolicy {Who may grant passes} role {Role} kind {Kind} trainingTypes {Training types} schedules {Schedules} other {{field}}}",
  "field.lastAdmin":
    "The studio's last admin cannot be removed or made a trainer. Make someone else admin first.",
  "field.beforeStart": "End date must be on or after the start date.",
  "field.individualIsOne": "An individual training has capacity 1; leave capacity out or set it to 1.",
  "field.notClosed": "Only closed (pass-only) schedules can be linked to a pass type.",
  "field.afterEnd":
    "The schedule already ends on {end}, before {last}; ending it can only bring that day earlier. To run it longer: /schedule edit <name> | until {lastIso}.",
  "field.tooFar": "{label} must be within {max, plural, one {# day} other {# days}} of the start date.",
  "field.allowedWord":
    "{word, select, staff {staff (trainers and admins)} admins {admins (admins only)} other {{word}}}",
  "field.oneOf": "{label} must be one of: {allowed}.",
  "field.textLength": "{label} must be 1 to {max} characters.",
  "field.iana": "{label} must be an IANA timezone name, like Europe/Lisbon or America/New_York.",
  "field.currency": "{label} must be a three-letter currency code, like EUR, GBP or USD.",
  "field.time": "{label} must be a 24-hour time as HH:MM, e.g. 18:30.",
  "field.date": "{label} must be a date as YYYY-MM-DD, e.g. 2027-01-31.",
  "field.weekdays": "{label} must be one or more of Mon, Tue, Wed, Thu, Fri, Sat, Sun.",
  "field.amount": "{label} must be an amount from {min, number} to {max, number}, e.g. 12.50.",
  "field.whole": "{label} must be a whole number from {min} to {max}.",
  "field.severalPeople": "Several people are called {name}. Mention the one you mean (@name) instead.",
  "field.exists":
    "{what, select, training_type {A training type} space {A space} template {A template} other {A pass type}} named {name} already exists{archived, select, yes { (archived)} other {}}. Choose another name.",
} as const;
