import type { format as en } from "../en/format.ts";

export const format: Record<keyof typeof en, string> = {
  "format.sessionLine":
    "{name}, {when}{who, select, yes { mit {trainer}} other {}}{where, select, yes { in {space}} other {}}{extra}",
  "format.sessionButton": "{name} {when}",
  "format.spotsLeft": "{n, plural, one {# Platz} other {# Plätze}} frei",
  "format.fullWaiting": "voll, {n} auf der Warteliste",
  "format.fullOpen": "voll (Warteliste offen)",
  "format.free": "kostenlos",
  "format.durationNone": "keine",
  "format.durationDays": "{n, plural, one {# Tag} other {# Tage}}",
  "format.durationMinutes": "{m} Min.",
  "format.durationHours": "{h} Std.",
  "format.durationHoursMinutes": "{h} Std. {m} Min.",
};
