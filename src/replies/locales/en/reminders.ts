/** A member's reminder settings (/reminders) and the schedule-changed notice. */
export const reminders = {
  "reminders.saved": "Saved.",
  "reminders.unchanged": "That is how it was already.",
  "reminders.off": "Your reminders are off: I send you none.",
  "reminders.studioNone":
    "The studio sends no reminders by default, so you get none. Ask for your own: /reminders 1h.",
  "reminders.own":
    "I remind you {lead} before each session you booked (your own setting; the studio's is {studioOff, select, yes {off} other {{studio}}}).",
  "reminders.studios": "I remind you {lead} before each session you booked (the studio's setting).",
  "reminders.how":
    "Change them: /reminders off, /reminders 2h (any time from 5 min to 7 days), /reminders default.",
  "reminders.unread":
    "I could not read “{typed}” as a time before the session. Try /reminders 30m, /reminders 2h or /reminders 1d.",
  "scheduleNotice.title": "Schedule changed: your booking stands",
  "scheduleNotice.ends": "The schedule ends on {end}.",
  "scheduleNotice.runs": "The schedule now runs {days} at {time} until {end}.",
  "scheduleNotice.stays": "{session} stays as you booked it.",
  "scheduleNotice.cancelHint": "Can't come now? Cancel it in My bookings before the cancellation deadline.",
} as const;
