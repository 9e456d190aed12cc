/** The pieces every reply shares: a session's line, spots, durations, money (English, the source). */
export const format = {
  "format.sessionLine":
    "{name}, {when}{who, select, yes { with {trainer}} other {}}{where, select, yes { in {space}} other {}}{extra}",
  "format.sessionButton": "{name} {when}",
  "format.spotsLeft": "{n, plural, one {# spot} other {# spots}} left",
  "format.fullWaiting": "full, {n} waiting",
  "format.fullOpen": "full (waitlist open)",
  "format.free": "free",
  "format.durationNone": "none",
  "format.durationDays": "{n, plural, one {# day} other {# days}}",
  "format.durationMinutes": "{m} min",
  "format.durationHours": "{h} h",
  "format.durationHoursMinutes": "{h} h {m} min",
} as const;
