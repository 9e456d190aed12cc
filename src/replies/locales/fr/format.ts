import type { format as en } from "../en/format.ts";

export const format: Record<keyof typeof en, string> = {
  "format.sessionLine":
    "{name}, {when}{who, select, yes { avec {trainer}} other {}}{where, select, yes { en salle {space}} other {}}{extra}",
  "format.sessionButton": "{name} {when}",
  "format.spotsLeft": "{n, plural, one {# place restante} other {# places restantes}}",
  "format.fullWaiting": "complet, {n} en attente",
  "format.fullOpen": "complet (liste d’attente ouverte)",
  "format.free": "gratuit",
  "format.durationNone": "aucun",
  "format.durationDays": "{n, plural, one {# jour} other {# jours}}",
  "format.durationMinutes": "{m} min",
  "format.durationHours": "{h} h",
  "format.durationHoursMinutes": "{h} h {m} min",
};
